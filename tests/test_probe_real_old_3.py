"""Black-box probe, third pass over the old eras (reporting years 2008-2018, templates e2008 / e2014).

Phrasing patterns found in real annual reports from provinces the earlier passes barely covered (Hebei, Shanxi,
Inner Mongolia, Liaoning, Henan, Shandong, Jiangxi, Hainan, Guizhou, Yunnan, Tibet, Shaanxi, Ningxia, Xinjiang,
Anhui county sites, Tianjin districts). Every page below is written for this file: the sentences are my own, only the
grammatical shape and the key words follow the real reports. Pages are served the way portals serve them (CMS chrome,
索引号/发布机构 block, footer; utf-8 or GB18030). Expectations follow the spec: keys of 2.4 and 2.5, value rules of
2.7 (无/没有 → 0, approx words, X万), agency typing of 3.2 and the reporting-year rules of section 0.
``fp-…`` cases assert that a number which is not the statistic is not stored under the key.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

ANY = object()  # do not assert this part
FEE_ZERO = "fee.request_fees|fee.none"  # spec 2.5 names both keys for a fee of nothing


def _page(title: str, paras: list[str], date: str, publisher: str, site: str, charset: str) -> bytes:
    body = "".join(f"<p style='text-indent:2em'>{html.escape(t)}</p>" for t in paras)
    meta = (f"<table class='gk_meta'><tr><td>索引号：000123456/{date[:4]}-00017</td><td>信息分类：政府信息公开年报</td></tr>"
            f"<tr><td>发布机构：{html.escape(publisher or site)}</td><td>发布日期：{date}</td></tr></table>")
    inner = f"""<div class="top"><div class="logo">{html.escape(site)}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li>
<li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
{meta}
<div class="article"><h2 class="title">{html.escape(title)}</h2>
<div class="info">时间：{date}　来源：{html.escape(publisher or site)}　浏览次数：　【字体：大 中 小】</div>
<div class="content" id="zoom">{body}</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div></div>
<div class="bottom"><p>主办：{html.escape(site)}　承办：信息中心</p><p>ICP备案：冀ICP备05001234号</p></div>"""
    meta_cs = "gb2312" if charset == "gb18030" else charset
    doc = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">'
           f"<title>{html.escape(title)}</title></head><body>{inner}</body></html>")
    return doc.encode(charset)


def parse(url: str, title: str, paras: list[str], *, date: str = "2016-03-20", publisher: str = "",
          site: str = "某某县人民政府", charset: str = "utf-8") -> Report:
    header_cs = "gbk" if charset == "gb18030" else charset
    body = _page(title, paras, date, publisher, site, charset)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={header_cs}"})])


def text_facts(r: Report) -> dict[str, Fact]:
    return {f.key: f for f in r.facts if f.source == "text"}


def show(r: Report) -> str:
    return "; ".join(f"{f.key}={f.value}({f.source},{f.value_flag},{f.raw_value!r})" for f in r.facts)


def period(y: int) -> str:
    return f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def case(url, title, paras, *, facts=None, absent=(), meta=None, units=None, id, **kw):  # noqa: A002
    return pytest.param(url, title, paras, kw, facts or {}, absent, meta or {}, units or {}, id=id)


CASES = [
    # ============================== discrepancies seen in real excerpts ==============================
    # 天津 宁河 2014: "共主动公开、更新各类信息222条，累计主动公开信息2382条" — the year count is the first number
    case("http://www.tjbaodi-mirror.gov.cn/zfxxgk/system/2015/03/08/010007311.shtml", "某区2014年度政府信息公开年度报告",
         [period(2014), "二、主动公开政府信息情况",
          "2014年，区政府精心组织、强化管理，共主动公开、更新各类信息318条，累计主动公开信息2950条。"],
         date="2015-03-08", facts={"active.items_total": (318, None)}, id="items-gongkai-gengxin-gelei-then-cumulative"),
    # 泾县 2012 (Anhui): "发布主动公开信息28大项、79小项，共计6657条"
    case("http://www.ahxx-mirror.gov.cn/XxgkAnnualReport/show/412.html", "2012年某县人民政府信息公开年度报告",
         [period(2012), "一、政府信息主动公开情况",
          "2012年，我县政府信息公开网站发布主动公开信息31大项、84小项，共计5123条。其中规范性文件类207条、统计信息类41条。"],
         date="2013-01-24", facts={"active.items_total": (5123, None)}, id="items-daxiang-xiaoxiang-gongji"),
    # 贵州 2016 (gov.cn news copy): "累计主动公开政府信息615.54万条…回应公众关注热点或政务舆情18605次"
    case("http://www.gz-mirror.gov.cn/xinwen/2017-03/28/content_5181777.htm", "某省2016年政府信息公开工作年度报告",
         [period(2016), "2016年，省市县三级政府及部门累计主动公开政府信息388.21万条，同比增长3.1%；发布政策解读稿件7012篇，"
          "回应公众关注热点或政务舆情14377次。依申请公开方面，全省行政机关收到政府信息公开申请4210件，答复率100%。"],
         date="2017-03-27",
         facts={"active.items_total": (3882100, ANY), "response.interpretations": (7012, None),
                "response.hot_topics": (14377, None), "apply.received.total": (4210, None)},
         id="items-leiji-wan-and-hot-topics-zhengwu-yuqing"),
    # 临邑 理合务镇 2017 (Shandong): total, website, named WeChat account with a 微信号 id in brackets, notice board
    case("http://www.lyx-mirror.gov.cn/n5493/n6329/c6856/content.html", "某镇2017年政府信息公开工作年度报告",
         [period(2017), "2017年，主动公开政府信息累计176条，通过政府网站公开信息数131 条，"
          "政务微信订阅号“幸福某镇”（微信号：xfmz2017）公开政府信息29条，村务公开栏公开信息16条。"],
         date="2018-02-10",
         facts={"active.items_total": (176, None), "active.channel.website": (131, None),
                "active.channel.wechat": (29, None)},
         id="township-year-leiji-and-wechat-dingyuehao-weixinhao"),
    # 理合务镇 2017: "2017年公开人大建议7条，政协提案2条"
    case("http://www.lyx-mirror.gov.cn/n5493/n6329/c6857/content.html", "某镇2017年政府信息公开工作年度报告",
         [period(2017), "全面公开人大建议和政协提案办理结果情况，2017年公开人大建议5条，政协提案3条。"],
         date="2018-02-10",
         facts={"proposal.npc_published": (5, None), "proposal.cppcc_published": (3, None)},
         id="proposals-gongkai-renda-jianyi-zhengxie-tian"),
    # 西安 城管 2018 (Shaanxi): "行政复议为5件。其中维持4件，其他情形1件。"
    case("http://www.xa-cg-mirror.gov.cn/zwgk/gkzd/xxgknb/5d7fc57bf99d.html", "某市城市管理局2018年政府信息公开工作年度报告",
         [period(2018), "四、因政府信息公开申请行政复议或提起行政诉讼情况",
          "2018年，我局行政复议为6件。其中维持5件，其他情形1件。行政诉讼为2件，均维持。"],
         date="2019-01-20",
         facts={"review.total": (6, None), "review.upheld": (5, None), "review.other": (1, None),
                "litigation.total": (2, None), "litigation.upheld": (2, ANY)},
         id="review-wei-then-qizhong-weichi-qita-qingxing"),
    # 即墨 金口镇 2015 (Shandong): "其他方式公开政府信息条数共计6条"
    case("http://www.jimo-mirror.gov.cn/zwgk/zjxxgk/jkz/gknb/201603/t20160310_1.shtml", "某镇2015年政府信息公开工作年度报告",
         [period(2015), "二、主动公开政府信息情况",
          "2015年我镇主动公开信息47条。其中通过政府网站公开政府信息41条，其他方式公开政府信息条数共计6条。"],
         date="2016-03-10",
         facts={"active.items_total": (47, None), "active.channel.website": (41, None),
                "active.channel.other": (6, None)},
         id="channel-other-tiaoshu-gongji"),
    # 江西省 2011: "因涉及国家秘密而不予公开53件" — the refusal and its reason
    case("http://www.jx-mirror.gov.cn/baike/jxs2011nzfxxgkgzndbg.html", "某省2011年政府信息公开工作年度报告",
         [period(2011), "2011年，全省共收到政府信息公开申请986件。其中，网上申请512件，当面申请301件，传真申请96件，信函申请77件。",
          "所有申请均已办理完毕。其中，同意公开812件，占82.4%；部分公开31件，占3.1%；因涉及国家秘密而不予公开47件，占4.8%。",
          "自《条例》施行以来，我省未向公民、法人和其他组织收取任何与政府信息公开工作相关的费用。"],
         date="2012-03-28",
         facts={"apply.received.total": (986, None), "apply.channel.online": (512, None),
                "apply.channel.in_person": (301, None), "apply.channel.fax": (96, None),
                "apply.channel.letter": (77, None), "apply.answer.granted": (812, None),
                "apply.answer.partial": (31, None), "apply.answer.denied": (47, None),
                "apply.answer.denied.state_secret": (47, None), FEE_ZERO: (0, "wu")},
         id="province-denied-because-state-secret"),
    # ============================== pins: behaviour that is right today ==============================
    # 海南 某局 2014: "我局收到12起政府信息依申请公开" — requests counted in 起
    case("https://amr.hn-mirror.gov.cn/xxgk/0200/0204/201501/t20150128_1.html", "海南省某局2014年政府信息公开工作年度报告",
         [period(2014), "二、依申请公开和不予公开政府信息情况", "2014年，我局收到9起政府信息依申请公开，均严格按程序和时限办理。",
          "三、政府信息公开的收费及减免情况", "2014年，我局在办理依申请公开工作中，未向申请人收取费用。",
          "四、因政府信息公开申请行政复议、提起行政诉讼情况", "全年未发生因政府信息公开产生申请行政复议或者提起行政诉讼的情况。"],
         date="2015-01-28",
         facts={"apply.received.total": (9, None), FEE_ZERO: (0, "wu"), "review.total": (0, ANY),
                "litigation.total": (0, ANY)},
         units={"apply.received.total": "起"}, id="pin-hainan-received-qi-and-zero-review"),
    # 西安 城管 2018: full e2014 prose with "为" before each count
    case("http://www.xa-cg-mirror.gov.cn/zwgk/gkzd/xxgknb/5d7fc57bf99e.html", "某市城市管理局2018年政府信息公开工作年度报告",
         [period(2018), "（二）在门户网站主动及时发布信息。我局在门户网站发布各类文字、图片信息共812条。除此之外，我局在微博公开政府信息数为433条。",
          "（三）回应解读情况。我局在2018年回应公众关注热点或重大舆情数，包括正面舆情和负面舆情共11次。",
          "（一）申请情况。2018年我局收到依申请公开共402件。其中当面申请为250件，传真申请为5件，网络申请为101件，信函申请为46件。",
          "（二）申请处理情况。我局按时办结数396件，延期办结6件。其中属于已经主动公开的3件，同意公开答复211件，同意部分公开的4件，"
          "不同意公开答复的1件，不属于本行政机关公开的17件，申请信息不存在的150件，申请补正信息的5件，告知通过其他途径办理的11件。"],
         date="2019-01-20",
         facts={"active.channel.website": (812, None), "active.channel.weibo": (433, None),
                "response.hot_topics": (11, None), "apply.received.total": (402, None),
                "apply.channel.in_person": (250, None), "apply.channel.fax": (5, None),
                "apply.channel.online": (101, None), "apply.channel.letter": (46, None),
                "apply.closed.on_time": (396, None), "apply.closed.extended": (6, None),
                "apply.answer.already_public": (3, None), "apply.answer.granted": (211, None),
                "apply.answer.partial": (4, None), "apply.answer.denied": (1, None),
                "apply.answer.not_this_agency": (17, None), "apply.answer.not_exist": (150, None),
                "apply.answer.other_channel": (11, None)},
         id="pin-shaanxi-e2014-prose-wei-before-counts"),
    # 邹城 唐村镇 2010: zero statements including 申诉案
    case("http://www.zc-mirror.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113708830043257&fbtime=2010",
         "某镇2010年政府信息公开工作年度报告",
         ["数据统计期限为2010年1月1日至12月31日止。", "二、政府信息公开情况",
          "2010年，我镇通过门户网站公开各类信息39条。其中工作动态类30条；计划总结类6条；其他类3条",
          "三、政府信息依申请公开办理情况", "2010年度我镇没有接到群众主动要求公开政府信息的申请。",
          "四、依申请信息公开收费情况", "2010年度，我镇政府信息公开没有收费。", "五、复议、诉讼和申诉情况",
          "我镇2010年度，未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。"],
         date="2011-03-14",
         facts={"active.channel.website": (39, None), "apply.received.total": (0, ANY), FEE_ZERO: (0, ANY),
                "review.total": (0, ANY), "litigation.total": (0, ANY), "appeal.total": (0, ANY)},
         meta={"year": 2010, "agency_type": "township"}, id="pin-shandong-town-2010-all-zero-with-shensu"),
    # 西藏 2011: 新增 total with 全文电子化率, then the sub-unit counts after it
    case("http://www.xz-mirror.gov.cn/infocus/2012-04/19/content_2518.htm", "某自治区2011年政府信息公开工作年度报告",
         [period(2011), "二、主动公开政府信息的情况",
          "各政府机关对政府信息进行了梳理和编目，2011年新增主动公开政府信息41207条，全文电子化率为71.3%。其中，政策法规类信息902条。"
          "区直机关主动公开政府信息15120条，全文电子化率为88.2%。"],
         date="2012-03-30",
         facts={"active.items_total": (41207, None), "active.items_fulltext_e_pct": (71.3, None)},
         id="pin-tibet-xinzeng-total-and-fulltext-pct-before-subunits"),
    # 伊宁县 2014 (Xinjiang): website count; mayor's mailbox messages are not requests
    case("http://www.yn-xj-mirror.gov.cn/html/zwgk/info1015.html", "某县人民政府2014年政府信息公开工作年度报告",
         [period(2014), "二、主动公开政府信息情况",
          "（一）县政府门户网站主动公开政府信息情况。2014年，县政府门户网站发布各类信息7415条。",
          "（二）县政府门户网站接受咨询服务情况。政府公众信息网站共收到“县长信箱”留言63条，答复63条，答复率达到100%。",
          "三、依申请公开政府信息情况", "本单位2014年度没有收到要求公开信息的申请。",
          "四、政府信息公开支出与收费", "县政府在受理依申请公开政府信息工作中均没有收取费用。"],
         date="2015-03-25",
         facts={"active.channel.website": (7415, None), "apply.received.total": (0, "wu"), FEE_ZERO: (0, "wu")},
         id="pin-xinjiang-county-mailbox-not-requests"),
    # 浚县 2012 (Henan): title without a year; period "本报告涵盖内容为X年1月1日至12月31日期间"
    case("http://www.xunxian-mirror.gov.cn/zfxxgk/zfxxgknb/2013-03/10390.html", "某县人民政府办公室政府信息公开工作年度报告",
         ["根据《中华人民共和国政府信息公开条例》的规定，现公布某县人民政府办公室政府信息公开工作年度报告。"
          "本报告涵盖内容为2012年1月1日至12月31日期间的政府信息公开工作情况。", "一、概述",
          "2012年，在县委、县政府的正确领导下，我县持续推进政府信息公开工作。"],
         date="2013-03-18", meta={"year": 2012, "year_source": "period", "agency_type": "gov_office"},
         id="pin-henan-period-hangai-neirong-qijian"),
    # 平度 2012: active items counted in 件
    case("http://www.pd-mirror.gov.cn/bmxxgkml/ndgzbg/201303/t20130320_1.shtml", "某市人民政府办公室2012年度政府信息公开工作年度报告",
         [period(2012), "二、主动公开政府信息情况",
          "（一）政府信息公开的内容。2012年1月1日至12月31日，市政府办公室共发布各类主动公开信息88件。"],
         date="2013-03-20", facts={"active.items_total": (88, None)}, units={"active.items_total": "件"},
         id="pin-items-gelei-zhudong-gongkai-xinxi-jian"),
    # 三亚 海棠区 2015 (Hainan): "全年未收到或其他形式要求公开政府信息的申请"
    case("https://ht.sy-mirror.gov.cn/htqsite/xxgknb/201603/dd9b95f6.shtml", "某市某区人民政府2015年政府信息公开工作年度报告",
         ["本年报中所列数据的统计时限为2015年1月1日至12月31日。", "一、主动公开政府信息情况",
          "截止2015年12月31日，通过门户网站主动公开政府信息19条，内容涵盖法规文件、财政、社会保障等。",
          "二、依申请公开政府信息办理情况", "全年未收到或其他形式要求公开政府信息的申请。"],
         date="2016-03-15", facts={"apply.received.total": (0, "wu")}, meta={"year": 2015},
         id="pin-hainan-weishoudao-huo-qita-xingshi"),
    # 银川 style: "受理答复政府信息公开申请28件，其中，行政复议1件、行政诉讼0件"
    case("http://www.yc-mirror.gov.cn/xxgk/bmxxgkml/xxgknb/201501/t20150128_1.html", "某市民政局2014年政府信息公开工作年度报告",
         [period(2014), "（二）依申请公开情况。受理答复政府信息公开申请21件，其中，行政复议2件、行政诉讼0件。"],
         date="2015-01-28",
         facts={"apply.received.total": (21, None), "review.total": (2, None), "litigation.total": (0, ANY)},
         id="pin-ningxia-received-then-review-litigation-in-qizhong"),
    # Inner Mongolia: a 苏木 is the township level (spec 3.2 township = 乡/镇/街道; 苏木 is the Mongolian 乡)
    case("http://www.zltq-mirror.gov.cn/zltq/2016-02/02/article_201602021538.html", "某旗某苏木人民政府2015年政府信息公开工作年度报告",
         [period(2015), "一、主动公开政府信息情况", "2015年，我苏木全年主动公开政府信息64条。",
          "二、依申请公开政府信息情况", "2015年我苏木未收到政府信息公开申请。"],
         date="2016-02-02", facts={"active.items_total": (64, None), "apply.received.total": (0, ANY)},
         meta={"year": 2015, "agency_type": "township"}, id="meta-inner-mongolia-sumu-township"),
    # GB18030 county bureau page (Hebei), e2014 year, items with 余 after the number
    case("http://www.hb-county-mirror.gov.cn/zwgk/nb/201703/t20170315_88.html", "某县国土资源局2016年政府信息公开工作年度报告",
         [period(2016), "二、主动公开政府信息情况", "2016年，我局通过县政府网站主动公开政府信息210余条，其中规范性文件3件。",
          "三、依申请公开情况", "2016年，我局共受理政府信息公开申请4件，均已按期答复。",
          "四、收费及减免情况", "我局未收取任何费用。"],
         date="2017-03-15", charset="gb18030",
         facts={"apply.received.total": (4, None), FEE_ZERO: (0, "wu")},
         meta={"year": 2016, "template": "e2014", "agency_type": "department"},
         id="pin-hebei-gbk-bureau-2016"),
]


@pytest.mark.parametrize(("url", "title", "paras", "kw", "facts", "absent", "meta", "units"), CASES)
def test_real_old_3(url, title, paras, kw, facts, absent, meta, units):
    r = parse(url, title, paras, **kw)
    got = text_facts(r)
    for key, (value, flag) in facts.items():
        keys = key.split("|")
        hit = next((got[k] for k in keys if k in got), None)
        assert hit is not None, f"{key} missing; facts: {show(r)}"
        assert hit.value == pytest.approx(value), f"{key}: {hit.value} != {value}; facts: {show(r)}"
        if flag is not ANY:
            assert hit.value_flag == flag, f"{key} flag {hit.value_flag!r} != {flag!r}"
    for key in absent:
        assert key not in got, f"{key} should not be stored; facts: {show(r)}"
    for key, unit in units.items():
        assert got[key].unit == unit, f"{key} unit {got[key].unit!r} != {unit!r}"
    for field_name, value in meta.items():
        assert getattr(r, field_name) == value, f"{field_name}: {getattr(r, field_name)!r} != {value!r}"
