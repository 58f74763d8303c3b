"""Black-box probe (pr_old4): prose statistics of 2008-2013 (e2008) and early e2014 annual reports.

Each case is a short report written for this file that reproduces a phrasing pattern seen in real reports
of that era (county bureaus, townships, zone committees, Beijing big5 gateway copies, Shanghai-style reports).
Expectations follow the spec: sections 0 (eras, reporting year), 2.4 (Shanghai-style extras), 2.5 (narrative
statistics, source='text'), 2.7 (values, flags) and 3.2 (agency typing).
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

ABSENT = object()


def portal_page(title: str, paras: list[str], *, agency: str, date: str, index_no: str = "",
                charset: str = "utf-8") -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_政府信息公开年报</title></head>
<body>
<div class="top"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/xxgk/">政府信息公开</a>
 | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<table class="xxgk_meta">
<tr><td>索引号：</td><td>{index_no or '00123456-7/2011-00031'}</td><td>信息分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{agency}</td><td>生成日期：</td><td>{date}</td></tr>
<tr><td>文　　号：</td><td></td><td>公开方式：</td><td>主动公开</td></tr>
</table>
<div class="title"><h1>{title}</h1></div>
<div class="TRS_Editor" id="zoom">
{body}</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="footer">主办：{agency}　技术支持：某某信息技术有限公司　ICP备05001234号</div>
</body></html>"""
    return html.encode(charset)


def parse(url: str, title: str, paras: list[str], *, agency: str, date: str, charset: str = "utf-8"):
    body = portal_page(title, paras, agency=agency, date=date, charset=charset)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={charset}"})])


def text_facts(report) -> dict[str, object]:
    return {f.key: f for f in report.facts if f.source == "text"}


# ---------------------------------------------------------------------------------------------------------
# Fact cases: (title, paras, expected {key: value or (value, flag) or ABSENT}, agency, date)
# ---------------------------------------------------------------------------------------------------------

PERIOD_2010 = "本报告中所列数据的统计期限自2010年1月1日起至2010年12月31日止。"
PERIOD_2011 = "本年报中所列数据的统计期限自2011年1月1日起至2011年12月31日止。"
PERIOD_2012 = "本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。"

FACT_CASES = [
    pytest.param(
        "桐溪县林业局2010年政府信息公开工作年度报告",
        [PERIOD_2010, "一、概述", "我局按照县政府统一部署开展政府信息公开工作。",
         "二、主动公开政府信息情况", "（一）主动公开政府信息的数量。2010年我局主动公开信息共37条。",
         "（二）公开形式。主要通过县政府网站、局公开栏等。"],
        {"active.items_total": 37},
        "桐溪县林业局", "2011-01-12", id="active-gong-n-tiao",
    ),
    pytest.param(
        "桐溪县交通运输局2010年度政府信息公开工作年度报告",
        [PERIOD_2010, "二、主动公开政府信息情况", "1、主动公开政府信息数量",
         "截至2010年底，我局主动公开政府信息历年累计88条，其中2010年新增主动公开政府信息23条。",
         "2、主动公开政府信息的主要类别",
         "在本年度主动公开的23条政府信息中，机构职能类信息7条，占30.4%；业务动态类信息16条，占69.6%。",
         "三、依申请公开政府信息情况", "2010年我局未收到政府信息公开申请。"],
        {"active.items_total": 23, "apply.received.total": (0, "wu")},
        "桐溪县交通运输局", "2011-02-20", id="active-cumulative-then-new",
    ),
    pytest.param(
        "桐溪县交通运输局2011年度政府信息公开工作年度报告",
        [PERIOD_2011, "二、主动公开政府信息情况",
         "在本年度主动公开的31条政府信息中，政策法规类信息9条，工作动态类信息22条。"],
        {"apply.answer.already_public": ABSENT},
        "桐溪县交通运输局", "2012-02-20", id="no-already-public-from-active-breakdown",
    ),
    pytest.param(
        "北京市某某管理局2009年政府信息公開年度報告",
        ["本報告中所列數據的統計期限自2009年1月1日至2009年12月31日。", "一、概述",
         "2009年1月1日至12月31日，我局共主動公開政府資訊27條，受理政府信息公開申請4件。",
         "二、主動公開情況", "在主動公開的資訊中，機構職能類資訊5條；業務動態類資訊22條。"],
        {"active.items_total": 27, "apply.received.total": 4},
        "北京市某某管理局", "2010-03-25", id="trad-zixun-variant-of-xinxi",
    ),
    pytest.param(
        "北京市某某中心2010年政府信息公開年度報告",
        ["本報告中所列數據的統計期限自2010年1月1日至2010年12月31日。",
         "二、政府信息主動公開情況", "我中心2010年共主動公開政府信息64條，其中全文電子化率達100%。",
         "五、谘詢情況", "2010年，我中心共接受政府信息公開方面的谘詢310人次。其中，電話谘詢295人次，現場諮詢15人次。"],
        {"active.items_total": 64, "active.items_fulltext_e_pct": 100, "consult.phone": 295,
         "consult.onsite": 15},
        "北京市某某中心", "2011-03-28", id="trad-consult-phone-onsite",
    ),
    pytest.param(
        "青岭乡人民政府2011年度信息公开的报告",
        ["二、信息公开情况", "我乡通过宣传栏、板报和区政府信息公开平台公开政府信息。",
         "2011年度主动公开信息数41条。公开信息分类：全文电子化的主动公开信息数 41条；其中机构设置、办事指南类信息30条；"
         "工作动态类信息11条。",
         "三、依申请公开政府信息：无依申请公开的政府信息。"],
        {"active.items_total": 41, "active.items_fulltext_e": 41},
        "青岭乡人民政府", "2012-04-10", id="fulltext-e-count-prose",
    ),
    pytest.param(
        "2011年石门镇人民政府信息公开年报",
        ["一、概述", "2011年我镇按照《条例》要求做好政府信息公开工作。",
         "二、主动公开政府信息情况", "本镇2011年主动公开政府信息58条，电子化全文公开率达100%。"],
        {"active.items_total": 58, "active.items_fulltext_e_pct": 100},
        "石门镇人民政府", "2012-03-01", id="fulltext-pct-reversed-wording",
    ),
    pytest.param(
        "柳塘镇2010年政府信息公开工作年度报告",
        ["数据统计期限为2010年1月1日至12月31日止。", "二、政府信息公开情况",
         "2010年，我镇通过门户网站公开各类信息52条。其中工作动态类40条；计划总结类9条；其他类3条"],
        {"active.channel.website": 52},
        "柳塘镇", "2011-03-10", id="channel-website-town",
    ),
    pytest.param(
        "桐溪县人民政府2010年政府信息公开工作年度报告",
        [PERIOD_2010, "二、主动公开政府信息情况",
         "全年主动公开政府信息2316条，其中通过政府门户网站发布信息1980条，编印《桐溪县人民政府公报》12期。"],
        {"active.items_total": 2316, "active.channel.website": 1980, "active.channel.gazette": 12},
        "桐溪县人民政府", "2011-03-28", id="channels-website-gazette-qi",
    ),
    pytest.param(
        "桐溪县人民政府2011年政府信息公开工作年度报告",
        [PERIOD_2011, "二、主动公开政府信息情况", "全年主动公开政府信息1500余条。"],
        {"active.items_total": (1500, "approx")},
        "桐溪县人民政府", "2012-03-20", id="approx-yu",
    ),
    pytest.param(
        "桐溪县国土资源局2011年政府信息公开工作年度报告",
        [PERIOD_2011, "三、依申请公开政府信息情况",
         "2011年，我局共受理政府信息公开申请9件，其中当面申请5件，网上申请3件，信函申请1件。",
         "在已答复的9件申请中，同意公开6件，同意部分公开1件，不予公开1件，申请信息不存在1件。"],
        {"apply.received.total": 9, "apply.channel.in_person": 5, "apply.channel.online": 3,
         "apply.channel.letter": 1, "apply.answer.granted": 6, "apply.answer.partial": 1,
         "apply.answer.denied": 1, "apply.answer.not_exist": 1},
        "桐溪县国土资源局", "2012-03-15", id="apply-channels-and-outcomes",
    ),
    pytest.param(
        "桐溪县住房和城乡建设局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "三、依申请公开政府信息情况",
         "全年共收到政府信息公开申请7件，均已按规定时限答复。其中属于已主动公开范围的2件，"
         "不属于本行政机关公开的3件，告知通过其他途径办理的2件。"],
        {"apply.received.total": 7, "apply.answer.already_public": 2, "apply.answer.not_this_agency": 3,
         "apply.answer.other_channel": 2},
        "桐溪县住房和城乡建设局", "2013-02-25", id="apply-already-public-not-agency",
    ),
    pytest.param(
        "枫亭区人民政府2012年政府信息公开工作年度报告",
        [PERIOD_2012, "三、依申请公开政府信息情况",
         "2012年共受理政府信息公开申请14件，已办结13件，正在办理1件。申请人撤回申请2件。"],
        {"apply.received.total": 14, "apply.closed.total": 13, "apply.pending": 1,
         "apply.answer.withdrawn": 2},
        "枫亭区人民政府", "2013-03-18", id="apply-closed-pending-withdrawn",
    ),
    pytest.param(
        "潮安县某某局2010年政府信息公开工作年度报告",
        [PERIOD_2010, "三、依申请公开情况", "本年度我局共受理政府信息公开申请6宗，全部予以答复。"],
        {"apply.received.total": 6},
        "潮安县某某局", "2011-03-02", id="apply-unit-zong",
    ),
    pytest.param(
        "桐溪县民政局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "三、依申请公开政府信息情况", "2012年，我局受理政府信息公开申请三件，均在规定期限内予以答复。"],
        {"apply.received.total": 3},
        "桐溪县民政局", "2013-03-05", id="apply-chinese-numeral",
    ),
    pytest.param(
        "桐溪县文化广电新闻出版局2013年度信息公开工作年度报告",
        ["一、主动公开政府信息的情况：", "2013年度主动公开信息的有8条；",
         "二、依申请公开信息的情况和不予公开信息的情况",
         "2013年度没有依申请公开信息的情况。不予公开信息有12条，主要是涉及人事安排的内部信息。"],
        {"active.items_total": 8, "apply.received.total": (0, "wu"), "apply.answer.denied": ABSENT},
        "桐溪县文化广电新闻出版局", "2014-03-25", id="withheld-active-not-answer",
    ),
    pytest.param(
        "桐溪县水务局2009年政府信息公开工作年度报告",
        ["现将我单位2009年政府信息公开工作情况报告如下。",
         "三、因政府信息公开申请行政复议、提起行政诉讼的情况",
         "2009年未发生有关政府信息公开申请的行政复议、行政诉讼情况。",
         "四、政府信息公开收费及减免情况", "我局政务信息公开未收取任何费用。"],
        {"review.total": (0, "wu"), "litigation.total": (0, "wu"), "fee.none": (0, "wu")},
        "桐溪县水务局", "2010-01-08", id="zero-review-litigation-fee",
    ),
    pytest.param(
        "2010年度政府信息公開年度報告",
        ["根據《中華人民共和國政府信息公開條例》的規定，現將我辦2010年度政府信息公開情況報告如下。",
         "二、主動公開政府信息情況", "我辦在市政府入口網站和本辦網站主動公開信息33條。",
         "五、政府信息公開的收費及減免情況", "全年未涉及政府信息公開的收費及減免情況。"],
        {"active.items_total": 33, "fee.none": (0, "wu")},
        "某市人民政府法制办公室", "2011-02-11", id="fee-not-involved-trad",
    ),
    pytest.param(
        "桐溪县卫生局2011年政府信息公开工作年度报告",
        [PERIOD_2011, "四、政府信息公开的收费及减免情况",
         "本年度按规定收取检索、复制、邮寄费用共计150元，无减免情况。"],
        {"fee.request_fees": 150},
        "桐溪县卫生局", "2012-03-09", id="fee-amount-yuan",
    ),
    pytest.param(
        "桐溪县人力资源和社会保障局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
         "2012年，我局因政府信息公开被申请行政复议2件，复议机关均维持原决定；被提起行政诉讼1件，法院判决维持原具体行政行为。"],
        {"review.total": 2, "review.upheld": 2, "litigation.total": 1, "litigation.upheld": 1},
        "桐溪县人力资源和社会保障局", "2013-03-12", id="review-litigation-upheld",
    ),
    pytest.param(
        "上海市某某区某某局2011年政府信息公开年报",
        ["本年报中所列数据的统计期限自2011年1月1日起至2011年12月31日止。",
         "五、复议、诉讼和申诉的情况",
         "2011年，本局发生针对本机关政府信息公开事务的行政复议案1件，行政诉讼案0件，有关的申诉案2件。"],
        {"review.total": 1, "litigation.total": 0, "appeal.total": 2},
        "上海市某某区某某局", "2012-03-30", id="shanghai-style-appeal",
    ),
    pytest.param(
        "柳塘镇2012年政府信息公开工作年度报告",
        ["数据统计期限为2012年1月1日至12月31日止。", "五、复议、诉讼和申诉情况",
         "我镇2012年度，未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。"],
        {"review.total": (0, "wu"), "litigation.total": (0, "wu"), "appeal.total": (0, "wu")},
        "柳塘镇", "2013-03-14", id="zero-review-litigation-appeal",
    ),
    pytest.param(
        "上海市某某区某某局2010年政府信息公开年报",
        ["本年报中所列数据的统计期限自2010年1月1日起至2010年12月31日止。", "四、咨询处理情况",
         "2010年，本局共接受公众政府信息公开方面的咨询650人次，其中现场接待咨询120人次，"
         "咨询电话接听480人次，网上咨询50人次。"],
        {"consult.onsite": 120, "consult.phone": 480, "consult.online": 50},
        "上海市某某区某某局", "2011-03-28", id="shanghai-style-consult-channels",
    ),
    pytest.param(
        "永宁县农业局2010年度政府信息公开工作年度报告",
        ["本年报中所列数据的统计期限自2010年1月1日起至2010年12月31日止。", "一、概述",
         "本单位专门成立了政府信息公开工作领导小组，配备了3名兼职工作人员，在办公室设立了政府信息查阅点和依申请公开受理点。",
         "二、主动公开政府信息的情况", "2010年，我局主动公开政府信息共168条。其中，工作信息150条，占89.3%；财政管理18条，占10.7%。"],
        {"org.staff_parttime": 3, "active.items_total": 168},
        "永宁县农业局", "2011-03-25", id="staff-parttime-ming",
    ),
    pytest.param(
        "北京市某某局2010年政府信息公开年度报告",
        ["本报告中所列数据的统计期限自2010年1月1日至2010年12月31日。", "四、人员和收支情况",
         "（一）工作人员情况", "本机关从事政府信息公开工作的专职人员2人，兼职人员5人。"],
        {"org.staff_fulltime": 2, "org.staff_parttime": 5},
        "北京市某某局", "2011-03-29", id="staff-fulltime-parttime",
    ),
    pytest.param(
        "桐溪县人民政府2012年政府信息公开工作年度报告",
        [PERIOD_2012, "一、概述", "全县共设立政府信息公开便民查阅点15个，从事政府信息公开工作人员46人。"],
        {"org.reading_points": 15, "org.staff_total": 46},
        "桐溪县人民政府", "2013-03-22", id="org-reading-points-staff",
    ),
    pytest.param(
        "枫亭区某某局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "四、政府信息公开行政复议",
         "2012年，我局未收到政府信息公开投诉及因政府信息公开提起行政诉讼和行政申诉情况。"],
        {"complaint.total": (0, "wu"), "litigation.total": (0, "wu"), "appeal.total": (0, "wu")},
        "枫亭区某某局", "2013-03-01", id="zero-complaint-litigation-appeal",
    ),
    pytest.param(
        "桐溪县统计局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "二、主动公开政府信息情况",
         "2012年度共新增主动公开政府信息76条。其中，政务动态类信息70条，占92.11%；其它类信息6条，占7.89%。"],
        {"active.items_total": 76},
        "桐溪县统计局", "2013-02-05", id="active-new-with-pct-breakdown",
    ),
    pytest.param(
        "桐溪县审计局2011年度政府信息公开年度报告",
        [PERIOD_2011, "三、依申请公开政府信息办理情况", "2011年度，本单位未收到申请公开政府信息件。",
         "四、政府信息公开的收费及减免情况", "2011年度，本单位没有向依申请公开对象收取复印、传真、递送等任何费用，也无减免情况。"],
        {"apply.received.total": (0, "wu"), "fee.none": (0, "wu")},
        "桐溪县审计局", "2012-02-24", id="zero-apply-fee-audit",
    ),
    pytest.param(
        "桐溪县环境保护局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "二、主动公开政府信息情况", "2012年我局主动公开政府信息95条，政务微博发布信息40条。",
         "三、依申请公开情况", "全年收到政府信息公开申请4件，其中网上申请3件，传真申请1件。"],
        {"active.items_total": 95, "active.channel.weibo": 40, "apply.received.total": 4,
         "apply.channel.online": 3, "apply.channel.fax": 1},
        "桐溪县环境保护局", "2013-03-11", id="weibo-fax-2012",
    ),
    pytest.param(
        "桐溪县发展和改革局2013年政府信息公开工作年度报告",
        ["本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。", "三、依申请公开政府信息情况",
         "2013年共受理信息公开申请5件，其中电子邮件申请2件，当面申请3件。答复中同意公开4件，非本机关政府信息1件。"],
        {"apply.received.total": 5, "apply.channel.email": 2, "apply.channel.in_person": 3,
         "apply.answer.granted": 4, "apply.answer.not_this_agency": 1},
        "桐溪县发展和改革局", "2014-03-20", id="email-channel-and-fei-benjiguan",
    ),
    pytest.param(
        "桐溪县司法局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "二、主动公开政府信息情况", "2012年主动公开政府信息143条，其中规范性文件6件。",
         "三、依申请公开情况", "2012年我局受理政府信息公开申请0件。"],
        {"active.items_total": 143, "apply.received.total": 0},
        "桐溪县司法局", "2013-03-06", id="normative-and-digit-zero",
    ),
    pytest.param(
        "桐溪县人民政府2011年政府信息公开工作年度报告",
        [PERIOD_2011, "一、概述", "全年召开政府信息公开工作会议3次，举办业务培训班2次，培训人员180人次。",
         "二、主动公开政府信息情况", "全年主动公开政府信息1.2万余条。"],
        {"training.meetings": 3, "training.courses": 2, "training.trainees": 180,
         "active.items_total": (12000, "approx")},
        "桐溪县人民政府", "2012-03-27", id="training-and-wan-approx",
    ),
    pytest.param(
        "桐溪县公安局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
         "2012年我局因政府信息公开被申请行政复议3件，其中维持2件，被依法纠错1件。"],
        {"review.total": 3, "review.upheld": 2, "review.corrected": 1},
        "桐溪县公安局", "2013-03-19", id="review-upheld-corrected",
    ),
    pytest.param(
        "桐溪县财政局2011年政府信息公开工作年度报告",
        [PERIOD_2011, "三、依申请公开政府信息情况",
         "2011年共受理政府信息公开申请12件，比上年增加5件，均已按时答复。"],
        {"apply.received.total": 12, "apply.closed.total": ABSENT, "apply.pending": ABSENT},
        "桐溪县财政局", "2012-03-16", id="apply-yoy-delta-not-a-fact",
    ),
    pytest.param(
        "西华门街道办事处2011年政府信息公开年度报告",
        ["本报告是根据《条例》要求，由某某区人民政府西华门街道办事处编制的2011年度政府信息公开年度报告。", "一、概述",
         "为此，专门配备了3名全职工作人员，0名兼职工作人员，设立了1个专门的信息申请受理点。",
         "二、政府信息主动公开情况", "西华门街道办事处2011年共主动公开政府信息214条，其中全文电子化率达100%。"],
        {"org.staff_fulltime": 3, "org.staff_parttime": 0, "active.items_total": 214,
         "active.items_fulltext_e_pct": 100},
        "西华门街道办事处", "2020-09-28", id="street-staff-digit-zero-parttime",
    ),
    pytest.param(
        "城南街道2011年政府信息公开工作年度报告",
        ["本报告中所列数据的统计时限自2011年1月1日至2011年12月31日。", "二、主动公开政府信息的情况",
         "2011年，我街政府信息公开网共发布主动公开信息47条，其中“工作动态”栏目发布信息40条；发布依申请公开信息共19条。"],
        {"active.items_total": 47, "apply.received.total": ABSENT},
        "城南街道办事处", "2012-03-01", id="yishenqing-catalog-items-not-requests",
    ),
    pytest.param(
        "新民街道办事处2012年政府信息公开工作年度报告",
        [PERIOD_2012, "二、行政机关依申请公开政府信息和不予公开政府信息的情况",
         "未收到要求公开其它信息的申请，也不存在不予公开政府信息。", "三、政府信息公开的收费及减免情况",
         "我街道未对任何公民、法人和组织收取任何费用。", "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
         "2012年度，我街道未发生因信息公开而引起的行政复议和行政诉讼。"],
        {"apply.received.total": (0, "wu"), "fee.none": (0, "wu"), "review.total": (0, "wu"),
         "litigation.total": (0, "wu"), "apply.answer.denied": ABSENT},
        "新民街道办事处", "2013-03-07", id="street-all-zero-statements",
    ),
]


@pytest.mark.parametrize(("title", "paras", "expected", "agency", "date"), FACT_CASES)
def test_old_era_prose_facts(title, paras, expected, agency, date):
    url = "http://www.example-county.gov.cn/xxgk/ndbg/201203/t20120315_88231.html"
    report = parse(url, title, paras, agency=agency, date=date)
    facts = text_facts(report)
    for key, exp in expected.items():
        if exp is ABSENT:
            assert key not in facts, f"{key} should not be read: {facts[key].raw_label!r}"
            continue
        value, flag = exp if isinstance(exp, tuple) else (exp, None)
        assert key in facts, f"missing {key}; got {sorted(facts)}"
        assert facts[key].value == value, (key, facts[key].value, facts[key].raw_label)
        if flag is not None:
            assert facts[key].value_flag == flag, (key, facts[key].value_flag)
        elif value != 0:
            assert facts[key].value_flag in (None, "placed"), (key, facts[key].value_flag)


def test_no_percentages_as_facts():
    """Ratios ('占92.11%') are never primary facts (spec 2.5)."""
    report = parse("http://www.example-county.gov.cn/xxgk/ndbg/t1.html", "桐溪县统计局2012年政府信息公开工作年度报告",
                   [PERIOD_2012, "二、主动公开政府信息情况",
                    "2012年度共新增主动公开政府信息76条。其中，政务动态类信息70条，占92.11%；其它类信息6条，占7.89%。"],
                   agency="桐溪县统计局", date="2013-02-05")
    values = {f.value for f in report.facts}
    assert 92.11 not in values and 7.89 not in values


def test_unit_kept_as_printed():
    report = parse("http://www.example-county.gov.cn/xxgk/ndbg/t2.html", "潮安县某某局2010年政府信息公开工作年度报告",
                   [PERIOD_2010, "三、依申请公开情况", "本年度我局共受理政府信息公开申请6宗，全部予以答复。",
                    "二、主动公开情况", "编印政府公报4期。"],
                   agency="潮安县某某局", date="2011-03-02")
    facts = text_facts(report)
    assert facts["apply.received.total"].unit == "宗"


def test_gazette_unit_qi():
    report = parse("http://www.example-county.gov.cn/xxgk/ndbg/t3.html", "桐溪县人民政府2010年政府信息公开工作年度报告",
                   [PERIOD_2010, "二、主动公开政府信息情况",
                    "全年主动公开政府信息2316条，其中通过政府门户网站发布信息1980条，编印《桐溪县人民政府公报》12期。"],
                   agency="桐溪县人民政府", date="2011-03-28")
    facts = text_facts(report)
    assert facts["active.channel.gazette"].unit == "期"
    assert facts["active.items_total"].unit == "条"


# ---------------------------------------------------------------------------------------------------------
# Metadata: year / template / agency / title / script
# ---------------------------------------------------------------------------------------------------------

META_CASES = [
    pytest.param(
        "桐溪县林业局2010年政府信息公开工作年度报告", [PERIOD_2010, "二、主动公开政府信息情况", "2010年我局主动公开信息共37条。"],
        "2011-01-12", "utf-8",
        {"year": 2010, "year_source": "period", "template": "e2008", "agency": "桐溪县林业局",
         "agency_type": "department", "title": "桐溪县林业局2010年政府信息公开工作年度报告"},
        id="meta-county-bureau-2010",
    ),
    pytest.param(
        "桐溪县统计局2012年政府信息公开工作年度报告",
        [PERIOD_2012, "二、主动公开政府信息情况", "2012年度共新增主动公开政府信息76条。"],
        "2022-04-22", "utf-8",
        {"year": 2012, "year_source": "period", "template": "e2008"},
        id="meta-republished-later-page-date",
    ),
    pytest.param(
        "2011年石门镇人民政府信息公开年报",
        ["引 言", "本年报是根据《条例》要求，由石门镇人民政府编制的2008年度政府信息公开年度报告。",
         "一、概述", "2011年我镇的政府信息公开工作按照《条例》的要求开展。",
         "二、主动公开政府信息情况", "本镇2011年主动公开政府信息58条。"],
        "2012-03-01", "utf-8",
        {"year": 2011, "template": "e2008", "agency_type": "township"},
        id="meta-stale-intro-year-title-wins",
    ),
    pytest.param(
        "2008年度桐溪市政府信息公开工作年度报告",
        ["本年度报告中所列数据的统计期限自2008年5月1日起至2008年12月31日止。",
         "二、主动公开政府信息的情况", "2008年5月至12月，全市主动公开政府信息4210条。"],
        "2009-03-31", "utf-8",
        {"year": 2008, "year_source": "period", "template": "e2008"},
        id="meta-first-year-may-to-dec",
    ),
    pytest.param(
        "永嘉瓯东新区管委会2012年政府信息公开工作年度报告",
        [PERIOD_2012, "二、主动公开政府信息的情况", "2012年度共新增主动公开政府信息61条。"],
        "2013-02-01", "utf-8",
        {"year": 2012, "template": "e2008", "agency_type": "zone", "agency": "永嘉瓯东新区管委会"},
        id="meta-zone-committee",
    ),
    pytest.param(
        "桐溪县发展和改革局2013年政府信息公开工作年度报告",
        ["本报告中所列数据的统计期限自2013年1月1日起至2013年12月31日止。", "二、主动公开政府信息情况",
         "2013年我局主动公开政府信息120条。"],
        "2014-03-20", "utf-8",
        {"year": 2013, "template": "e2008"},
        id="meta-2013-still-e2008",
    ),
    pytest.param(
        "桐溪县发展和改革局2014年政府信息公开工作年度报告",
        ["本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。", "二、主动公开政府信息情况",
         "2014年我局主动公开政府信息132条。"],
        "2015-03-20", "utf-8",
        {"year": 2014, "template": "e2014"},
        id="meta-2014-e2014-prose-only",
    ),
    pytest.param(
        "北京市某某管理局2009年政府信息公開年度報告",
        ["本報告中所列數據的統計期限自2009年1月1日至2009年12月31日。", "我局共主動公開政府信息27條。"],
        "2010-03-25", "utf-8",
        {"year": 2009, "year_source": "period", "template": "e2008", "script": "traditional"},
        id="meta-big5-gateway-traditional",
    ),
    pytest.param(
        "桐溪县教育局2009年政府信息公开工作年度报告",
        ["本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。", "二、主动公开政府信息情况",
         "2009年，我局共主动公开政府信息204条。"],
        "2010-02-26", "gbk",
        {"year": 2009, "template": "e2008", "agency": "桐溪县教育局", "script": "simplified"},
        id="meta-gbk-2009",
    ),
    pytest.param(
        "青岭乡人民政府2011年度信息公开的报告",
        ["2011年，根据《条例》及省、市、区相关文件要求，我乡积极做好信息公开工作。",
         "二、信息公开情况", "2011年度主动公开信息数41条。"],
        "2012-04-10", "utf-8",
        {"year": 2011, "template": "e2008", "agency": "青岭乡人民政府", "agency_type": "township"},
        id="meta-township-odd-title",
    ),
]


@pytest.mark.parametrize(("title", "paras", "date", "charset", "expected"), META_CASES)
def test_old_era_metadata(title, paras, date, charset, expected):
    agency = expected.get("agency", "某某单位")
    report = parse("http://www.example-county.gov.cn/xxgk/ndbg/201103/t20110315_1201.html", title, paras,
                   agency=agency, date=date, charset=charset)
    for field, value in expected.items():
        assert getattr(report, field) == value, (field, getattr(report, field))


def test_gbk_body_decoded_facts():
    report = parse("http://www.example-county.gov.cn/xxgk/ndbg/t9.html", "桐溪县教育局2009年政府信息公开工作年度报告",
                   ["本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。", "二、主动公开政府信息情况",
                    "2009年，我局共主动公开政府信息204条。", "三、依申请公开情况", "全年受理政府信息公开申请11件。"],
                   agency="桐溪县教育局", date="2010-02-26", charset="gbk")
    facts = text_facts(report)
    assert facts["active.items_total"].value == 204
    assert facts["apply.received.total"].value == 11


def test_facts_are_text_source_without_tables():
    report = parse("http://www.example-county.gov.cn/xxgk/ndbg/t10.html", "桐溪县国土资源局2011年政府信息公开工作年度报告",
                   [PERIOD_2011, "三、依申请公开政府信息情况", "2011年，我局共受理政府信息公开申请9件。"],
                   agency="桐溪县国土资源局", date="2012-03-15")
    assert report.facts
    assert all(f.source in ("text", "derived") for f in report.facts)
    assert not any(f.source == "table" for f in report.facts)


PUTIAN_STYLE_TABLE = [
    ["指标名称", "计量单位", "2009年度", "历年累计"],
    ["主动公开信息数", "条", "85", "240"],
    ["其中：1.政府网站", "条", "80", "221"],
    ["2.政府公报", "条", "5", "19"],
    ["受理依申请公开信息总数", "件", "3", "7"],
    ["其中：1.当面申请数", "件", "2", "4"],
    ["2.传真申请数", "件", "0", "0"],
    ["3.电子邮件申请数", "件", "1", "2"],
    ["4.网上申请数", "件", "0", "1"],
    ["5.信函申请数", "件", "0", "0"],
    ["6.其它形式申请数", "件", "0", "0"],
    ["本年度对申请的答复总数", "件", "3", "7"],
    ["其中：1.同意公开答复数", "件", "2", "5"],
    ["2.同意部分公开答复数", "件", "1", "1"],
    ["3.否决公开答复总数", "件", "0", "1"],
    ["行政复议数", "件", "0", "1"],
    ["行政诉讼数", "件", "0", "0"],
    ["行政申诉数", "件", "0", "0"],
]


def test_local_fujian_table_takes_year_column_not_cumulative():
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in PUTIAN_STYLE_TABLE)
    paras = ["本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。", "七、需要说明的事项与附表",
             "附表：政府信息公开情况统计表"]
    body = portal_page("桐溪县某某局2009年度政府信息公开工作年度报告", paras, agency="桐溪县某某局", date="2010-03-10")
    body = body.replace(b"</div>\n<div class=\"print\">", f'<table border="1">{rows}</table></div>\n<div class="print">'.encode())
    assert b"<table border" in body
    report = parse_report([Fetched("http://www.example-county.gov.cn/xxgk/ndbg/t11.html", body,
                                   {"content-type": "text/html; charset=utf-8"})])
    assert report.year == 2009 and report.template == "e2008"
    facts = {f.key: f.value for f in report.facts if f.source == "table"}
    expected = {"active.items_total": 85, "apply.received.total": 3, "apply.channel.in_person": 2,
                "apply.channel.email": 1, "apply.answer.granted": 2, "apply.answer.partial": 1,
                "review.total": 0, "appeal.total": 0}
    for key, value in expected.items():
        assert facts.get(key) == value, (key, facts.get(key), sorted(facts))
