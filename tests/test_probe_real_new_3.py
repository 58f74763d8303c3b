"""Black-box probe, third pass: reports of reporting years 2019-2024 from provinces the earlier probe files barely
cover (Hebei, Shanxi, Inner Mongolia, Liaoning, Heilongjiang, Henan, Shandong, Guizhou, Yunnan, Tibet, Shaanxi,
Xinjiang …).

Every case is a short report page written for this file. It reproduces a phrasing or layout pattern seen in real
published reports of those provinces (the same grammatical shape and key words) with other names, numbers and
surrounding sentences. Expectations follow the domain spec: keys of 2.1-2.5, value rules of 2.7 (无 → 0 with flag
wu, approximate words → approx), R10 of 1(d), agency typing of 3.2 and the year rules of section 0.
Cases named ``fp-…`` assert that a number which is not the statistic is not stored under the statistic's key.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

ANY = object()  # the fact must exist with this value; the flag is not asserted


def page(title: str, lines: list[str], *, site: str, date: str, index_no: str) -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title)}_{html.escape(site)}</title></head>
<body>
<div class="head"><a href="/">{html.escape(site)}</a> <a href="/wza/">无障碍浏览</a> <a href="/search/">搜索</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<table class="xxgk-info">
<tr><th>索引号</th><td>{html.escape(index_no)}</td><th>主题分类</th><td>综合政务</td></tr>
<tr><th>发布机构</th><td>{html.escape(site)}</td><th>发布日期</th><td>{date}</td></tr>
<tr><th>标题</th><td colspan="3">{html.escape(title)}</td></tr>
</table>
<div class="article"><h1>{html.escape(title)}</h1>
<div class="info">时间：{date} 来源：{html.escape(site)} 浏览次数： 【字体：大 中 小】</div>
<div class="TRS_Editor" id="zoom">
{body}
</div></div>
<div class="foot">主办：{html.escape(site)}办公室 备案号：ICP备00000001号 政府网站标识码：1500000001</div>
</body></html>""".encode()


def parse(url: str, title: str, lines: list[str], *, site: str = "某某市人民政府", date: str = "2023-01-20",
          index_no: str = "000014349/2023-00011") -> Report:
    body = page(title, lines, site=site, date=date, index_no=index_no)
    return parse_report([Fetched(url, body, {"content-type": "text/html; charset=utf-8"})])


def show(report: Report) -> str:
    return "; ".join(f"{f.source}:{f.key}={f.value}/{f.value_flag}({f.raw_value!r})" for f in report.facts)


def text_facts(report: Report, key: str) -> list:
    return [f for f in report.facts if f.key == key and f.source == "text"]


INTRO = "本年度报告中所列数据统计期限从{y}年1月1日起至{y}年12月31日止。"


# ---------------------------------------------------------------------------------------------------------------
# 总体情况 prose: expected text facts (key -> value or (value, flag)); absent keys listed separately
# ---------------------------------------------------------------------------------------------------------------

TEXT_CASES = [
    # --- statements a reader records and the parser should find -------------------------------------------------
    pytest.param(
        "辽宁某市人民政府办公室2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况", "(二)依申请公开方面。优化网上办理系统,全年共接受办理政府信息公开申请318件。"],
        {"apply.received.total": 318}, [],
        id="text-received-jieshou-banli-shenqing"),
    pytest.param(
        "某省2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况", "(一)主动公开方面。通过政府网站、政务新媒体等渠道,各级行政机关累计主动公开政府信息87.6万余条。"],
        {"active.items_total": (876000, "approx")}, [],
        id="text-active-leiji-wan-yu-consolidated"),
    pytest.param(
        "某市2020年政府信息公开工作年度报告", 2020,
        ["一、总体情况", "(二)主动公开情况", "2020年,全市各级行政机关累计主动公开政府信息52310条,其中规范性文件41件。"],
        {"active.items_total": 52310}, [],
        id="text-active-leiji-plain-number"),
    pytest.param(
        "某某街道2019年度政府信息公开工作报告", 2019,
        ["一、总体情况", "2019年,街道通过官方微博“某某发布”、微信公众号“某某之声”分别发布各类信息57条、214条。"],
        {"active.channel.weibo": 57, "active.channel.wechat": 214}, [],
        id="text-weibo-wechat-fenbie-two-numbers"),
    pytest.param(
        "某市机关事务管理局2019年政府信息公开工作年度报告", 2019,
        ["一、总体情况",
         "依托局门户网站、“某某机关事务”微信公众号平台,主动公开单位概况、工作动态、政策法规、部门文件、规划计划、"
         "财务预决算等需要公开的政府信息共计512条(其中门户网站390条、微信公众号122条)。"],
        {"active.items_total": 512, "active.channel.website": 390, "active.channel.wechat": 122}, [],
        id="text-active-gongji-xuyao-gongkai-with-breakdown"),
    pytest.param(
        "某区某某乡2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况", "(一)主动公开",
         "公开方式除通过区政府网站本乡信息公开专栏外,还通过各村公示栏公开。公开数量主要包含了通过线上及线下公开的934条信息。"],
        {"active.items_total": 934}, [],
        id="text-active-xianshang-xianxia-tiao-xinxi"),
    # --- false positives ----------------------------------------------------------------------------------------
    pytest.param(
        "某省人民政府办公厅2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况", "(一)主动公开",
         "2023年,省政府门户网站和“某某政府网”微信公众号共发布信息2.4万余条,直播新闻发布会80余场。"],
        {}, ["active.channel.wechat", "active.channel.website"],
        id="fp-website-and-wechat-joint-total-not-wechat"),
    pytest.param(
        "某省人民政府办公厅2025年政府信息公开工作年度报告", 2025,
        ["一、总体情况",
         "(一)主动公开方面。省政府门户网站、“某某发布”政务微信公众号发布各类信息3.15万条,发布政府文件28件。"],
        {}, ["active.channel.wechat", "active.channel.website"],
        id="fp-website-comma-wechat-joint-total-not-wechat"),
    pytest.param(
        "某市人民政府办公室2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况", "(一)主动公开情况",
         "通过市门户网站、政务新媒体主动公开各类政务信息2.37万条,公开各类政府文件96件,政策解读88篇。"],
        {"active.items_total": (23700, "approx")}, ["active.channel.newmedia", "active.channel.website"],
        id="fp-website-and-newmedia-joint-total-not-newmedia"),
    pytest.param(
        "某省2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "(二)依申请公开方面。各级行政机关累计办理政府信息公开申请9120件,结转下年度继续办理175件。"
         "涉行政复议、行政诉讼案件612件,结果维持388件,较上年提升3个百分点。"],
        {"apply.carried_out.total": 175},
        ["litigation.upheld", "review.upheld", "litigation.total", "review.total"],
        id="fp-review-and-litigation-joint-count-and-upheld"),
    pytest.param(
        "某市某县人民政府2020年度政府信息公开工作年度报告", 2020,
        ["一、总体情况",
         "今年以来,我县通过政府网站、微信、微博、公开栏等多种渠道主动公开各类政府信息9870余条。"
         "一是公开政务要闻312条。二是上报市政府网站信息143条,通过微博、微信发送消息1800余条。"],
        {"active.items_total": (9870, "approx")}, ["active.channel.website"],
        id="fp-shangbao-city-website-not-own-website"),
    pytest.param(
        "某市地方志办公室2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况", "2023年,我办全年受理行政许可申请15件;各栏目共刊发文稿、通知、公告等37篇。"],
        {}, ["apply.received.total"],
        id="fp-permit-applications-not-disclosure-requests"),
    # --- pins: phrasings that work and should stay working --------------------------------------------------------
    pytest.param(
        "某省发展和改革委员会2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况", "(一)主动公开情况",
         "全年通过门户网站主动公开各类政府信息3820条,政务微信公众号推送信息1106条,制作原创政策图解35篇,"
         "公开省人大代表建议办理结果87件,省政协委员提案办理结果92件。"],
        {"active.channel.website": 3820, "active.channel.wechat": 1106,
         "proposal.npc_published": 87, "proposal.cppcc_published": 92}, [],
        id="pin-henan-department-website-wechat-proposals"),
    pytest.param(
        "某市人民政府办公室2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况", "(二)依申请公开情况",
         "全年共受理依申请公开96件,其中当面申请5件,信函申请33件,网络申请58件,全部依法依规按时答复,"
         "没有出现一起投诉、复议和诉讼案件。"],
        {"apply.received.total": 96, "apply.channel.in_person": 5, "apply.channel.letter": 33,
         "apply.channel.online": 58, "review.total": (0, "wu"), "litigation.total": (0, "wu")}, [],
        id="pin-henan-channels-and-no-review-litigation"),
    pytest.param(
        "某市人民政府办公室2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况", "(二)依申请公开方面",
         "全年共收到和办理依申请公开17件,其中自然人申请件15件,法人或其他组织申请件2件,上年度结转政府信息公开申请0件。"],
        {"apply.received.total": 17, "apply.carried_in.total": 0}, [],
        id="pin-shanxi-shoudao-he-banli-and-shangniandu-jiezhuan"),
    pytest.param(
        "某省机关事务管理局2022年政府信息公开工作年度报告", 2022,
        ["一、政府信息公开总体情况", "(二)依申请公开情况",
         "2022年,省机关事务局共受理信息公开申请6件(较2021年减少2件),全部按规定进行了规范答复。"],
        {"apply.received.total": 6}, [],
        id="pin-shandong-received-with-comparison-in-brackets"),
    pytest.param(
        "某市人民政府办公厅2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况", "(二)依申请公开方面", "全年新收到政府信息公开申请412件,比2022年增加21.5%。"],
        {"apply.received.total": 412}, [],
        id="pin-shandong-xin-shoudao-with-growth-rate"),
    pytest.param(
        "某县2020年政府信息公开工作年度报告", 2020,
        ["一、总体情况",
         "(一)主动公开方面。2020年,全县主动公开政府信息4215条,其中,通过“某县人民政府门户网站”发布信息3980条,"
         "“某县人民政府微信公众号”发布信息611条。受理县长热线287件、12345热线来电154件。"],
        {"active.items_total": 4215, "active.channel.website": 3980, "active.channel.wechat": 611}, [],
        id="pin-yunnan-total-then-quoted-channels"),
    pytest.param(
        "某某乡2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况", "(二)依申请公开方面。2021年度,本乡未收到和处理政府信息公开申请,零报告。",
         "(五)监督保障方面。全年未发生针对本乡有关政府信息公开事务的行政复议案件、行政诉讼案件和举报申诉件。"],
        {"apply.received.total": (0, "wu"), "review.total": (0, "wu"), "litigation.total": (0, "wu")}, [],
        id="pin-heilongjiang-township-zero-report"),
    pytest.param(
        "某市地方志办公室2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况", "2023年,我办全年未收到行政许可申请;全年未接到信息公开申请。"],
        {"apply.received.total": (0, "wu")}, [],
        id="pin-no-permit-then-no-disclosure-request"),
    pytest.param(
        "某市某区2019年政府信息公开工作年度报告", 2019,
        ["一、总体情况", "(二)依申请公开工作情况",
         "2019年,共接到依申请公开申请31件,其中依法予以公开的19件,区分处理部分公开的4件。"],
        {"apply.received.total": 31}, [],
        id="pin-shaanxi-jiedao-yishenqing-shenqing"),
    pytest.param(
        "某县人民政府2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况", "(一)主动公开工作",
         "2021年1月1日至2021年12月31日,通过某县人民政府网已公开各类信息8744条,通过政务微信发布信息312条,"
         "通过政务微博发布信息95条。"],
        {"active.channel.website": 8744, "active.channel.wechat": 312, "active.channel.weibo": 95}, [],
        id="pin-guizhou-period-prefix-then-channels"),
    pytest.param(
        "某区2020年度政府信息公开工作报告", 2020,
        ["一、总体情况", "(一)主动公开情况",
         "2020年,通过区人民政府网站、政务新媒体等多种渠道和方式发布信息,其中,通过政府网站发布信息10254条,"
         "政务新媒体发布信息7731条。"],
        {"active.channel.website": 10254, "active.channel.newmedia": 7731}, [],
        id="pin-liaoning-qizhong-website-and-newmedia"),
    pytest.param(
        "某市人民政府2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "(一)主动公开情况。全市政府网站全年累计发布政府信息64500余条,其中各类政策解读信息615余条。",
         "(二)依申请公开情况。2022年,全市共受理政府信息公开申请58件。"],
        {"active.channel.website": (64500, "approx"), "apply.received.total": 58}, [],
        id="pin-henan-city-leiji-fabu-yu"),
    pytest.param(
        "自治区人民政府办公厅2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "(一)主动公开全面落实。2022年,自治区人民政府门户网站发布各类信息4630条,政府网微信公众号推送信息1208条,"
         "微博发布信息977条。"],
        {"active.channel.website": 4630, "active.channel.wechat": 1208, "active.channel.weibo": 977}, [],
        id="pin-xinjiang-weibo-fabu-xinxi"),
]


@pytest.mark.parametrize("title,year,lines,expected,absent", TEXT_CASES)
def test_text_statements(title, year, lines, expected, absent):
    report = parse("http://www.example-prov.gov.cn/zwgk/ndbg/202301/t20230120_1.html", title,
                   [INTRO.format(y=year)] + lines)
    assert report.year == year
    for key, want in expected.items():
        got = text_facts(report, key)
        assert got, f"{key} missing; facts: {show(report)}"
        value, flag = want if isinstance(want, tuple) else (want, ANY)
        assert got[0].value == value, f"{key}: {show(report)}"
        if flag is not ANY:
            assert got[0].value_flag == flag, f"{key} flag: {show(report)}"
    for key in absent:
        bad = text_facts(report, key)
        assert not bad, f"{key} must not be stored here; facts: {show(report)}"


# ---------------------------------------------------------------------------------------------------------------
# metadata: agency typing (3.2) and year (section 0) on real-looking titles and garbled period sentences
# ---------------------------------------------------------------------------------------------------------------

META_CASES = [
    pytest.param("乌拉特某旗某某苏木2021年政府信息公开工作年度报告", "乌拉特某旗某某苏木", "township",
                 ["报告统计期限为 2021 年 1 月 1 日起至 2021 年 12 月 31 日止。", "一、总体情况", "我苏木严格按照条例要求开展工作。"],
                 2021, id="meta-inner-mongolia-sumu-is-township"),
    pytest.param("自治区人民政府办公厅2022年政府信息公开工作年度报告", "自治区人民政府办公厅", "gov_office",
                 ["依据条例要求,编制本报告。", "一、总体情况", "2022年,自治区人民政府办公厅全力推进政府信息公开工作。"],
                 2022, id="meta-xinjiang-banting-gov-office"),
    pytest.param("某省机关事务管理局2022年政府信息公开工作年度报告", "某省机关事务管理局", "department",
                 ["报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。", "一、政府信息公开总体情况"],
                 2022, id="meta-shandong-bureau-department"),
    pytest.param("宝鸡市某县人民政府2020年度政府信息公开工作年度报告", "宝鸡市某县人民政府", "gov_self",
                 ["本年度报告中所列数据的统计期限自2020年1月1日起至2020年12月31日。", "一、总体情况"],
                 2020, id="meta-shaanxi-county-government-gov-self"),
    pytest.param("某市人民政府2021年政府信息公开工作年度报告", "某市人民政府", None,
                 ["按照国办公开办函〔202130号要求,本报告各项数据核定的起止时间为202111日至1231日。",
                  "一、总体情况"],
                 2021, id="meta-xinjiang-garbled-period-digits-year-from-title"),
    pytest.param("某省大数据局2025年政府信息公开工作年度报告", "某省大数据局", "department",
                 ["本年度报告中所列数据统计期限从202511日到20251231日。", "一、总体情况"],
                 2025, id="meta-shandong-garbled-period-2025"),
    pytest.param("西秀区某某乡2021年政府信息公开工作年度报告", "西秀区某某乡", "township",
                 ["除特别说明的外,所列数据统计时段为2021年1月1日至2021年12月31日。", "一、总体情况"],
                 2021, id="meta-guizhou-township-tongji-shiduan"),
]


@pytest.mark.parametrize("title,agency,agency_type,lines,year", META_CASES)
def test_metadata(title, agency, agency_type, lines, year):
    report = parse("http://www.example-prov.gov.cn/xxgk/xxgknb/202302/t20230221_2.html", title, lines,
                   site=agency, date="2023-02-21")
    assert report.year == year
    assert report.agency == agency
    if agency_type is not None:
        assert report.agency_type == agency_type
    assert report.title == title


# ---------------------------------------------------------------------------------------------------------------
# tables as the excerpts show them, and R10 (text against table)
# ---------------------------------------------------------------------------------------------------------------

def cell_lines(rows: list[list[str]], tail: str = "|") -> list[str]:
    """Hubei/Shaanxi layout: a lone '|' opens each row, then one cell per paragraph ending in ' |'."""
    out: list[str] = []
    for row in rows:
        out.append(tail)
        out.extend(f"{c} |" for c in row)
    return out


SEC2_2021 = ["二、主动公开政府信息情况"] + cell_lines([
    ["第二十条第(一)项"], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "0"], ["行政规范性文件", "3", "1", "9"],
    ["第二十条第(五)项"], ["信息内容", "本年处理决定数量"], ["行政许可", "0"],
    ["第二十条第(六)项"], ["信息内容", "本年处理决定数量"], ["行政处罚", "0"], ["行政强制", "0"],
    ["第二十条第(八)项"], ["信息内容", "本年收费金额(单位:万元)"], ["行政事业性收费", "0"],
])


def sec3_head(received: list[int], carried: list[int]) -> list[str]:
    return ["三、收到和处理政府信息公开申请情况"] + cell_lines([
        ["(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况"],
        ["自然人", "法人或其他组织", "总计"],
        ["商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他"],
        ["一、本年新收政府信息公开申请数量"] + [str(v) for v in received],
        ["二、上年结转政府信息公开申请数量"] + [str(v) for v in carried],
    ])


def r10(report: Report, key: str = "R10.apply.received.total"):
    return [c for c in report.checks if c.rule == key]


def test_table_hubei_cells_and_r10_fen_matches():
    lines = ([INTRO.format(y=2022), "一、总体情况", "区政府办公室认真贯彻执行条例。"] + SEC2_2021
             + ["2022年,区政府办公室共收到7份政府信息公开申请,均为自然人申请。"]
             + sec3_head([7, 0, 0, 0, 0, 0, 7], [0] * 7))
    report = parse("https://www.example-hy.gov.cn/bmxxgk/zfxxgkndbg/202301/t20230119_3.html",
                   "某区人民政府办公室2022年政府信息公开工作年度报告", lines)
    assert report.template == "t2021"
    got = {f.key: f.value for f in report.facts if f.source == "table"}
    assert got.get("active.normative.issued") == 3, show(report)
    assert got.get("active.normative.repealed") == 1, show(report)
    assert got.get("active.normative.in_force") == 9, show(report)
    assert got.get("apply.received_new.natural_person") == 7, show(report)
    assert got.get("apply.received_new.total") == 7, show(report)
    assert got.get("apply.carried_in.total") == 0, show(report)
    checks = r10(report)
    assert checks and all(c.passed for c in checks), report.checks


def test_r10_received_text_differs_from_table_shanxi():
    lines = ([INTRO.format(y=2022), "一、总体情况", "(二)依申请公开方面",
              "全年共收到政府信息公开申请14件,其中自然人申请件14件。"]
             + SEC2_2021 + sec3_head([12, 0, 0, 0, 0, 0, 12], [0] * 7))
    report = parse("http://xxgk.example-gp.gov.cn/gzbm/zfbgs/zfxxgknb/202301/t20230118_4.shtml",
                   "某市人民政府办公室2022年政府信息公开工作年度报告", lines)
    checks = r10(report)
    assert checks, report.checks
    assert not any(c.passed for c in checks), checks


def test_r10_no_request_prose_matches_zero_row():
    lines = ([INTRO.format(y=2023), "一、总体情况", "2023年,我办全年未收到行政许可申请;全年未接到信息公开申请。"]
             + SEC2_2021 + sec3_head([0] * 7, [0] * 7))
    report = parse("https://www.example-zj.gov.cn/dfz/zwgk/xxgkndbg/content/post_5.html",
                   "某市地方志办公室2023年政府信息公开工作年度报告", lines)
    assert [f.value for f in report.facts if f.key == "apply.received_new.total" and f.source == "table"] == [0]
    checks = r10(report)
    assert checks and all(c.passed for c in checks), report.checks
