"""Black-box probe of the old eras (reporting years 2008-2018, templates e2008 / e2014): prose statistics.

Every case is a short report page written for this file. Each one reproduces a phrasing pattern that was seen in real
annual reports of 2008-2018 (townships, streets, county and city departments, county and city governments, in many
provinces): the same grammatical shape and key words, with other names, numbers and surrounding sentences. The page is
served the way a portal serves it (CMS chrome, metadata block 索引号/发布机构/发布日期, footer; utf-8 or GB18030) and
the assertions are what a careful reader of the spec (sections 0, 1(a), 2.4, 2.5, 2.6, 1(d)) would record.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

ANY = object()  # do not assert this part
FEE_ZERO = "fee.none|fee.request_fees"  # spec 2.5 lists both keys for "no fee charged" (→ 0, flag wu)

NAV = "".join(f'<li><a href="/col/col{2100 + i}/index.html">{name}</a></li>' for i, name in enumerate(
    ["首页", "政务公开", "政务服务", "互动交流", "走进本地", "专题专栏", "政府信息公开指南", "政府信息公开目录"]))


def page(title: str, paras: list[str], *, date: str = "2016-03-20", publisher: str = "", index_no: str = "",
         charset: str = "utf-8", site: str = "某某县人民政府", footer_code: str = "") -> bytes:
    """A TRS/Hanweb-like article page with a metadata table, the report as <p> paragraphs and a footer."""
    meta = ""
    if index_no or publisher:
        meta = (f"<table class='xxgk_table'><tr><td>索 引 号：</td><td>{index_no}</td><td>主题分类：</td>"
                f"<td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{publisher}</td><td>发布日期：</td>"
                f"<td>{date}</td></tr><tr><td>文 号：</td><td></td><td>有 效 性：</td><td>有效</td></tr></table>")
    body = "".join(f"<p style='text-indent:2em'>{html.escape(t)}</p>" for t in paras)
    foot = f"<p>网站标识码：{footer_code}</p>" if footer_code else ""
    meta_charset = "gb2312" if charset == "gb18030" else charset
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">
<title>{html.escape(title)}-{site}</title></head>
<body><div class="top"><span>{site}</span><a href="/jtbb/">繁体版</a><a href="/wza/">无障碍</a></div>
<ul class="nav">{NAV}</ul>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
{meta}
<div class="article"><h2 class="bt">{html.escape(title)}</h2>
<div class="sj">发布时间：{date} &nbsp; 信息来源：{publisher or site} &nbsp; 点击数：</div>
<div class="TRS_Editor">{body}</div>
<div class="fj">【打印本页】【关闭窗口】</div></div>
<div class="footer"><p>主办单位：{site}办公室 &nbsp; 地址：人民路1号 &nbsp; 电话：0000-1234567</p>
<p>ICP备案号：某ICP备12345678号</p>{foot}</div></body></html>"""
    return doc.encode(charset)


def parse(url: str, title: str, paras: list[str], **kw) -> Report:
    charset = kw.get("charset", "utf-8")
    header_cs = "gbk" if charset == "gb18030" else charset
    body = page(title, paras, **kw)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={header_cs}"})])


def text_facts(r: Report) -> dict[str, Fact]:
    return {f.key: f for f in r.facts if f.source == "text"}


def show(r: Report) -> str:
    return "; ".join(f"{f.key}={f.value}({f.source},{f.value_flag})" for f in r.facts)


def assert_fact(r: Report, key: str, value: float, flag: object = ANY) -> None:
    facts = text_facts(r)
    keys = key.split("|")
    hit = [facts[k] for k in keys if k in facts]
    assert hit, f"missing text fact {key}={value}; got: {show(r)}"
    f = hit[0]
    assert f.value == pytest.approx(value), f"{key}: expected {value}, got {f.value} ({f.raw_value!r})"
    if flag is not ANY:
        assert f.value_flag == flag, f"{key}: expected flag {flag}, got {f.value_flag}"


# ---------------------------------------------------------------------------------------------------------------
# cases: (url, title, paragraphs, page kwargs, expected facts {key: (value, flag)}, absent keys, metadata, checks)
# ---------------------------------------------------------------------------------------------------------------

def case(url: str, title: str, paras: list[str], *, facts: dict | None = None, absent: tuple = (),
         meta: dict | None = None, checks: dict | None = None, id: str, **kw):  # noqa: A002
    return pytest.param(url, title, paras, kw, facts or {}, absent, meta or {}, checks or {}, id=id)


INTRO_2015 = "本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。如对本报告有疑问，请与办公室联系。"

CASES = [
    # ---------------- pins: behaviour that is right today ----------------
    case("http://www.jxdzj.gov.cn/art/2011/3/18/art_3310_88121.html", "市地震局2010年政府信息公开年度报告",
         ["一、概述", "2010年，我局按《条例》要求继续做好政府信息公开工作，各项工作运行正常。",
          "二、政府信息主动公开情况", "我局2010年共主动公开政府信息163条，其中全文电子化率达100%。",
          "三、政府信息依申请公开情况", "我局2010年度未收到政府信息公开申请。"],
         date="2011-03-18",
         facts={"active.items_total": (163, None), "apply.received.total": (0, ANY)},
         meta={"year": 2010, "template": "e2008", "agency_type": "department"},
         id="pin-dept-2010-e2008-items-and-no-requests"),
    case("http://www.xxcgj.gov.cn/zwgk/xxgknb/5e01a7b2c3d4e5f6a7b8c9d0.html", "某市城管执法局2018年政府信息公开工作年度报告",
         ["数据统计期限为2018年1月1日至2018年12月31日。",
          "二、政府信息依申请公开情况",
          "（一）申请情况。2018年我局收到依申请公开共418件。其中当面申请为205件，传真申请为4件，网络申请为161件，信函申请为48件。",
          "（二）申请处理情况。其中属于已经主动公开的3件，同意公开答复240件，同意部分公开的5件，不同意公开答复的4件，"
          "不属于本行政机关公开的17件，申请信息不存在的139件。"],
         date="2019-01-22",
         facts={"apply.received.total": (418, None), "apply.channel.in_person": (205, None),
                "apply.channel.fax": (4, None), "apply.channel.online": (161, None), "apply.channel.letter": (48, None),
                "apply.answer.already_public": (3, None), "apply.answer.granted": (240, None),
                "apply.answer.partial": (5, None), "apply.answer.denied": (4, None),
                "apply.answer.not_this_agency": (17, None), "apply.answer.not_exist": (139, None)},
         meta={"year": 2018, "year_source": "period", "template": "e2014"},
         checks={"O1": True}, id="pin-e2014-prose-channels-answers-O1"),
    case("http://www.sxjgj.gov.cn/art/2018/1/8/art_1229_394061.html", "某区投资促进局2017年度政府信息公开工作年度报告",
         ["二、主动公开政府信息情况",
          "截至2017年12月31日共主动公开政府信息612余条，其中政策法规6条、招商信息388条。"],
         date="2018-01-08", facts={"active.items_total": (612, "approx")}, id="pin-approx-yu-after-number"),
    case("http://xm.gov.cn/zfxxgkzl/jd/ndbg/201604/t20160420_650100.htm", "某区鹭江街道办事处2015年政府信息公开工作年度报告",
         [INTRO_2015, "二、主动公开政府信息的情况",
          "（一）主动公开政府信息的数量：本街道2015年共主动公开政府信息19条，历年累计302条，其中全文电子化率达100%；"],
         date="2016-04-20", facts={"active.items_total": (19, None)},
         meta={"year": 2015, "year_source": "period", "agency_type": "township", "template": "e2014"},
         id="pin-year-count-not-cumulative-history"),
    case("http://www.hcq.gov.cn/zwgk/xxgknb/201901/t20190110_18811.htm", "某区人民政府2018年政府信息公开工作年度报告",
         ["本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。", "一、概述",
          "2018年，全区共制作政府信息2688条，其中主动公开信息940条，依申请公开信息377条，不予公开信息1371条。"],
         date="2019-01-10", facts={"active.items_total": (940, None)}, absent=("apply.received.total",),
         meta={"agency_type": "gov_self"}, id="pin-catalogue-split-not-requests"),
    case("http://www.jxyx.gov.cn/art/2016/3/30/art_88_20571.html", "某街道2015年度政府信息公开工作报告",
         [INTRO_2015, "四、申请行政复议、提起行政诉讼情况",
          "2015年我街道未发生因政府信息公开而申请行政复议、提起行政诉讼的情况。"],
         date="2016-03-30", facts={"review.total": (0, ANY), "litigation.total": (0, ANY)},
         id="pin-zero-review-litigation-weifasheng"),
    case("http://www.sqszfb.gov.cn/gknb/201503/7a1c2e3f4b5d6e7f8091a2b3c4d5e6f7.shtml",
         "某市政府办公室2014年政府信息公开年度报告",
         ["本报告所列数据的统计时限为2014年1月1日至2014年12月31日。", "一、概述", "2014年我办持续推进公开工作。"],
         date="2015-03-05", publisher="某市人民政府办公室", index_no="014320160/2015-00071",
         meta={"year": 2014, "year_source": "period", "agency_type": "gov_office", "template": "e2014"},
         id="pin-gov-office-period-shixian"),
    case("http://www.hgz.gov.cn/xxgk/nb/2010/0305/801.html", "红果镇2009年政府信息公开年度报告",
         ["本年报中所列数据的统计期限自2009年1月1日起至2009年12月31日止。",
          "一、主动公开政府信息的情况", "2009年度共新增主动公开政府信息274条。其中，机构概况类信息6条，政策文件类信息31条。",
          "二、依申请公开政府信息和不予公开政府信息的情况", "本单位2009年没有收到政府信息公开申请。"],
         date="2010-03-05", charset="gb18030",
         facts={"active.items_total": (274, None), "apply.received.total": (0, ANY)},
         meta={"year": 2009, "template": "e2008", "agency_type": "township"}, id="pin-gbk-township-2009"),
    case("http://www.mirror-zj.com/art/2015/7/27/art_1229_3448200.html", "2009年度上莘镇政府信息公开年度报告",
         ["根據《中華人民共和國政府信息公開條例》有關規定，現將2009年我鎮政府信息公開年度報告如下：",
          "一、政府信息主動公開情況", "全年我鎮在政府門戶網站上主動公開信息數量為58件，內容涵蓋政策文件、人事變動等信息。"],
         date="2015-07-27", publisher="上莘镇", index_no="1133068200259085XF/2015-28301",
         facts={"active.items_total": (58, None)}, meta={"year": 2009, "template": "e2008"},
         id="pin-traditional-mirror-items-jian"),
    case("http://www.plx.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=11370684004265999U",
         "某市水利局2010年政府信息公开工作年度报告",
         ["一、概述", "我局按照条例要求开展政府信息公开工作，全年运行正常。"], date="2010-01-27",
         meta={"year": 2010, "year_source": "title", "template": "e2008"}, id="pin-impossible-page-date-title-year"),
    case("http://www.dzx.gov.cn/xxgk-show-191100.html", "2016年石桥乡政府信息公开工作年度报告",
         ["本年报所列数据的统计期限自2016年1月1日起至2016年12月31日止。", "二、主动公开信息情况",
          "2016年我乡通过政府门户网站主动公开信息142条。其中：概况4条，政策文件信息29条，工作动态信息86条。"],
         date="2017-03-21", facts={"active.items_total": (142, None)},
         meta={"year": 2016, "template": "e2014", "agency_type": "township"}, id="pin-township-2016-website-items"),

    # ---------------- review / litigation stated as zero in other words ----------------
    case("http://www.sxdzj.gov.cn/gk/nb/2011/0320/55.html", "市气象局2010年政府信息公开年度报告",
         ["六、行政复议和行政诉讼情况", "2010年，未产生针对我局政府信息公开的行政复议与行政诉讼。"], date="2011-03-20",
         facts={"review.total": (0, ANY), "litigation.total": (0, ANY)}, id="zero-review-weichansheng"),
    case("http://www.xgz.gov.cn/art/2010/2/20/art_12_3301.html", "2009年度下坞镇政府信息公开年度报告",
         ["四、政府信息公开申请行政复议、行政诉讼情况", "本年度我镇没有因政府信息提起行政复议和行政诉讼的情况发生。"],
         date="2010-02-20", facts={"review.total": (0, ANY), "litigation.total": (0, ANY)},
         id="zero-review-meiyou-qingkuang-fasheng"),
    case("http://www.wjlg.gov.cn/zwgk/ndbg/content/post_222300.html", "2016年龙泉镇政府信息公开年度报告",
         ["五、行政复议、诉讼和申诉情况", "2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。"], date="2017-01-12",
         facts={"review.total": (0, ANY), "litigation.total": (0, ANY)}, id="zero-review-weijiedao-fuyi-susong"),
    case("http://www.dzx.gov.cn/xxgk-show-191200.html", "2016年白鹤乡政府信息公开工作年度报告",
         ["五、因政府信息公开申请行政复议、提起行政诉讼的情况",
          "2016年度我乡无一例因政府信息公开申请行政复议和提起行政诉讼发生。"], date="2017-03-22",
         facts={"review.total": (0, ANY), "litigation.total": (0, ANY)}, id="zero-review-wuyili"),

    # ---------------- counts in 起 ----------------
    case("http://www.bjq.gov.cn/art/2018/3/15/art_1229_2083100.html", "某区市场监管局2017年度政府信息公开工作年度报告",
         ["本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。",
          "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "2017年我局有关政府信息公开的行政复议案共2起。"],
         date="2018-03-15", facts={"review.total": (2, None)}, id="review-count-unit-qi"),
    case("http://amr.hn.gov.cn/xxgk/0204/201501/t20150129_2511000.html", "省质监局2014年政府信息公开工作年度报告",
         ["二、依申请公开和不予公开政府信息情况", "2014年，我局收到9起政府信息依申请公开，均严格按程序和时限办理。"],
         date="2015-01-29", facts={"apply.received.total": (9, None)}, id="received-count-unit-qi"),

    # ---------------- no fee charged, other wordings ----------------
    case("http://www.xxcgj.gov.cn/zwgk/xxgknb/fee1.html", "某市信访局2018年政府信息公开工作年度报告",
         ["三、政府信息公开收费及减免情况", "2018年，我局未收取政府信息公开方面的任何费用。"], date="2019-01-20",
         facts={FEE_ZERO: (0, "wu")}, id="fee-none-weishouqu-fangmian-renhe"),
    case("http://amr.hn.gov.cn/xxgk/0204/201501/fee2.html", "省粮食局2014年政府信息公开工作年度报告",
         ["三、政府信息公开的收费及减免情况", "2014年，我局在办理依申请公开工作中，未向申请人收取费用。"],
         date="2015-01-29", facts={FEE_ZERO: (0, "wu")}, id="fee-none-weixiang-shenqingren"),
    case("http://www.zyq.gov.cn/2016/fee3.html", "某区统计局2015年度政府信息公开工作年度报告",
         [INTRO_2015, "三、政府信息公开的收费及减免情况", "2015年度，本局无政府信息公开的收费和减免事项。"],
         date="2016-04-08", facts={FEE_ZERO: (0, "wu")}, id="fee-none-wu-shoufei-jianmian-shixiang"),
    case("http://www.kpst.gov.cn/zwgk/xxgknb/content/post_555900.html", "水口镇2016年度政府信息公开年度报告",
         ["四、政府信息公开的收费及减免情况", "2016年，没有向政府信息公开申请人收费的情况。"], date="2017-02-10",
         facts={FEE_ZERO: (0, "wu")}, id="fee-none-meiyou-xiang-shenqingren-shoufei"),
    case("http://www.cqwl.gov.cn/zwgk/nb/2012/0320/77.html", "某县人民政府2011年政府信息公开年度报告",
         ["四、政府信息公开的收费及减免情况", "2011年，我县未发生对公民、法人和其他组织政府信息公开收费和减免事项。"],
         date="2012-03-20", facts={FEE_ZERO: (0, "wu")}, id="fee-none-weifasheng-shoufei-shixiang"),

    # ---------------- approx with words between 主动公开 and the number ----------------
    case("https://www.tlyq.gov.cn/openness/OpennessAnnualReport/show/2400.html", "西湖乡2017年度政府信息公开年度报告",
         ["二、主动公开政府信息情况", "2017年，主动公开政府工作信息、动态620多条。"], date="2018-01-20",
         facts={"active.items_total": (620, "approx")}, id="approx-duo-after-list-of-kinds"),

    # ---------------- staff and reading points (spec 2.4 org.*, 2.5) ----------------
    case("http://www.ywdt.gov.cn/art/2010/3/29/art_12_1318500.html", "大陈镇2009年政府信息公开年度报告",
         ["一、概述", "根据要求，镇配备了1名专职人员和3名兼职工作人员，并成立了由镇长为组长的信息公开领导小组。"],
         date="2010-03-29", facts={"org.staff_fulltime": (1, None), "org.staff_parttime": (3, None)},
         id="staff-zhuanzhi-and-jianzhi-ming"),
    case("http://www.bjjw.gov.cn/zfxxgknb/200903/7b37.shtml", "北京市某委员会2008年政府信息公开年度报告",
         ["一、概述", "根据《条例》要求，2008年5月1日起我委开始开展政府信息公开工作。为此，专门配备了2名全职工作人员，"
          "6名兼职工作人员，设立了1个专门的信息申请受理点，并开辟了2个公共查阅点。"],
         date="2009-03-25", facts={"org.staff_fulltime": (2, None), "org.staff_parttime": (6, None),
                                   "org.reading_points": (2, None)},
         id="staff-quanzhi-jianzhi-and-reading-points"),
    case("https://www.bjxc.gov.cn/zt/xxgkzl/gknb/pnid9001.html", "某街道2014年度政府信息公开工作年度报告",
         ["一、概述", "根据《条例》要求，2008年5月1日起本单位开始开展政府信息公开工作。为此，专门配备了4名兼职工作人员。"],
         date="2015-03-20", facts={"org.staff_parttime": (4, None)}, id="staff-jianzhi-only"),
    case("https://bbs.example-wenku.com/thread-15273500-1-1.html", "某区2012年政府信息公开工作年度报告",
         ["一、概述", "本区开始开展政府信息公开工作。为此，专门配备了95名专、兼职工作人员，设立了38个专门的信息申请受理点。"],
         date="2013-03-01", facts={"org.staff_total": (95, None)}, id="staff-total-zhuan-jianzhi"),
    case("http://www.sxdzj.gov.cn/gk/nb/2011/staff.html", "市地震局2010年政府信息公开年度报告",
         ["四、人员和收支情况", "（一）工作人员情况", "本机关从事政府信息公开工作的全职人员2人。"], date="2011-03-20",
         facts={"org.staff_fulltime": (2, None)}, id="staff-quanzhi-renyuan-ren"),
    case("http://www.ywdt.gov.cn/art/2010/3/29/art_12_1318501.html", "佛堂镇2009年政府信息公开年度报告",
         ["在主动公开信息工作中，本镇设立了三处公开查询点（市便民服务中心、市档案局、市图书馆），方便群众查询。"],
         date="2010-03-29", facts={"org.reading_points": (3, None)}, id="reading-points-sanchu-chaxundian"),

    # ---------------- which number is this year's 主动公开 ----------------
    case("https://bbs.example-wenku.com/thread-15273501-1-1.html", "某区2012年政府信息公开工作年度报告",
         ["二、主动公开政府信息情况",
          "本区到年底累计主动公开政府信息6411条，全文电子化率达91.5%，其中，本年度新增主动公开政府信息1873条。"],
         date="2013-03-01", facts={"active.items_total": (1873, None)}, id="items-new-this-year-not-cumulative"),
    case("https://www.bjxc.gov.cn/zt/xxgkzl/gknb/pnid9002.html", "某街道2015年政府信息公开年度报告",
         [INTRO_2015, "（一）主动公开情况", "2015年主动公开政府信息数236条，其中全文电子化率达100%。"],
         date="2016-03-11", facts={"active.items_total": (236, None)}, id="items-zhudong-gongkai-xinxi-shu"),
    case("http://www.haz.gov.cn/zwgk/nb/201003/t20100312_2025400.htm", "某镇2009年政府信息公开年度报告",
         ["一、主动公开政府信息情况", "截至2009年底，我镇人民政府累计主动公开2009年度政府信息31条，全文电子化率达100%。"],
         date="2010-03-12", facts={"active.items_total": (31, None)}, id="items-year-inside-phrase"),
    case("http://www.gslz.gov.cn/art/2010/1/8/art_17408_828000.html", "某区某镇人民政府2009年政府信息公开年度报告",
         ["一、概述", "2009年共整理、录入、发布17条主动公开政府信息。"], date="2010-01-08",
         facts={"active.items_total": (17, None)}, id="items-number-before-noun"),

    # ---------------- channels and response (e2014 keys in prose) ----------------
    case("http://www.xxcgj.gov.cn/zwgk/xxgknb/chan1.html", "某市某办2018年政府信息公开工作年度报告",
         ["一、政府信息主动公开情况", "除此之外，我办在微博公开政府信息数为431条。",
          "（三）回应解读情况。我办在2018年回应公众关注热点或重大舆情数，包括正面舆情和负面舆情共9次。"],
         date="2019-01-20", facts={"active.channel.weibo": (431, None), "response.hot_topics": (9, None)},
         id="weibo-count-and-hot-topics-gong"),
    case("http://www.kpst.gov.cn/zwgk/xxgknb/content/post_555901.html", "赤水镇2016年度政府信息公开年度报告",
         ["（二）政务网站、微信、微博信息发布情况",
          "2016年政务网站、微信、微博共发布各类信息2890条，其中网站（含转发）305条，微信（含转发）640条、微博（含转发）1945条。"],
         date="2017-02-10",
         facts={"active.channel.website": (305, None), "active.channel.wechat": (640, None),
                "active.channel.weibo": (1945, None)}, id="channels-hanzhuanfa"),
    case("http://www.wjlg.gov.cn/zwgk/ndbg/content/post_222301.html", "2016年江湾镇政府信息公开年度报告",
         ["三、回应解读情况", "回应公众关注热点或重大舆情数3次，分别是采石场合同纠纷和渣土车事件。"], date="2017-01-12",
         facts={"response.hot_topics": (3, None)}, id="hot-topics-shu-ci"),
    case("http://www.cqwl.gov.cn/zwgk/nb/2012/0320/78.html", "某县人民政府2011年政府信息公开年度报告",
         ["截止2011年12月31日，我县通过政府门户网站向社会公开政府信息2214条。其中，政务信息401条、政府文件455条。"],
         date="2012-03-20", facts={"active.channel.website": (2214, None)}, absent=("apply.received.total",),
         id="website-xiang-shehui-gongkai"),

    # ---------------- closing and answers in e2014 prose ----------------
    case("http://www.xxcgj.gov.cn/zwgk/xxgknb/close1.html", "某市某局2018年政府信息公开工作年度报告",
         ["（一）申请情况。2018年我局收到依申请公开共416件。",
          "（二）申请处理情况。我局按时办结数410件，延期办结6件。其中同意公开答复280件，申请补正信息的3件，"
          "告知通过其他途径办理的5件。"],
         date="2019-01-20",
         facts={"apply.received.total": (416, None), "apply.closed.on_time": (410, None),
                "apply.closed.extended": (6, None), "apply.answer.granted": (280, None),
                "apply.answer.ask_correction": (3, None), "apply.answer.other_channel": (5, None)},
         id="closed-on-time-and-ask-correction"),

    # ---------------- consultations (Shanghai-style 咨询) ----------------
    case("http://www.sxdzj.gov.cn/gk/nb/2011/consult.html", "市地震局2010年政府信息公开年度报告",
         ["五、咨询情况", "2010年，我局共接受公民、法人及其他组织政府信息公开方面的咨询1530人次。其中，电话咨询1530人次，"
          "主要以咨询已发生地震情况为主。"],
         date="2011-03-20", facts={"consult.phone": (1530, None)}, id="consult-phone-renci"),
    case("http://m.mirror-dzj.com/gongkai/zfxxgknb/2010nb/202009/t20200921_2075100.html", "市地震局2010年政府信息公開年度報告",
         ["五、谘詢情況", "2010年，我局共接受公民、法人及其他組織政府信息公開方麵的谘詢1640人次。其中，電話谘詢1640人次。"],
         date="2011-03-20", facts={"consult.phone": (1640, None)}, id="consult-phone-traditional-zi-variant"),

    # ---------------- requests stated as zero in other words ----------------
    case("http://www.ywdt.gov.cn/art/2010/3/29/art_12_1318502.html", "赤岸镇2009年政府信息公开年度报告",
         ["三、依申请公开政府信息办理情况", "2009年，本年度未发生依申请公开政府信息的情况。"], date="2010-03-29",
         facts={"apply.received.total": (0, ANY)}, id="received-zero-weifasheng-yishenqing"),

    # ---------------- reporting year: 统计期限 sentence with a comma before 至 ----------------
    case("http://www.ywdt.gov.cn/art/2010/3/29/art_12_1318503.html", "上溪镇2009年政府信息公开年度报告",
         ["本报告中所列数据的统计期限自2009年1月1日起，至2009年12月31日止。本报告的电子版可在镇人民政府网站下载。"],
         date="2010-03-29", meta={"year": 2009, "year_source": "period"}, id="period-comma-before-zhi"),
    case("http://www.yzsp.gov.cn/sp/gknb/201203/e671.shtml", "某县2011年政府信息公开工作年度报告",
         ["本年报中所列数据的统计期限自2011年1月1日，至2011年12月31日止。本年报的电子版可在县人民政府门户网站下载。"],
         date="2012-03-01", meta={"year": 2011, "year_source": "period", "template": "e2008"},
         id="period-comma-no-qi"),
    case("http://www.dkx.gov.cn/dkx/201603/6c0b.shtml", "某县2016年政府信息公开工作年度报告",
         ["一、引言", "本报告中所列数据的统计期限自2015年1月1日起，至2015年12月31日止。本报告的电子版可在县政府门户网站查阅。"],
         date="2016-03-10", meta={"year": 2015, "year_source": "period", "template": "e2014"},
         id="period-beats-wrong-title-year"),
]


@pytest.mark.parametrize(("url", "title", "paras", "kw", "facts", "absent", "meta", "checks"), CASES)
def test_real_old_phrasing(url, title, paras, kw, facts, absent, meta, checks):
    r = parse(url, title, paras, **kw)
    for key, (value, flag) in facts.items():
        assert_fact(r, key, value, flag)
    got = text_facts(r)
    for key in absent:
        assert key not in got, f"{key} should not be read from this text, got {got[key].value} ({got[key].raw_value!r})"
    for field, value in meta.items():
        assert getattr(r, field) == value, f"{field}: expected {value!r}, got {getattr(r, field)!r}"
    for rule, passed in checks.items():
        hits = [c for c in r.checks if c.rule == rule or c.rule.startswith(rule + ".")]
        assert hits, f"check {rule} missing; checks: {[(c.rule, c.passed) for c in r.checks]}"
        assert all(c.passed == passed for c in hits), [(c.rule, c.passed, c.detail) for c in hits]
