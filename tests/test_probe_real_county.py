"""Black-box probe: prose of county / district / city government reports (2019-2024).

Each case is a short report written in our own words that reproduces a phrasing pattern seen in real
县/区/市人民政府 (办公室) annual reports: section 一、总体情况 (主动公开 by channel, 政策解读, 依申请 received,
平台建设, 监督保障) and sections 五/六 (收费, 建议提案). Expected facts follow spec section 2.5 (source='text').
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

_T2021_INTRO = (
    "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》"
    "(国办公开办函〔2021〕30号)要求编制。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
)
_T2019_INTRO = (
    "本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作"
    "年度报告有关事项的通知》(国办公开办函〔2019〕60号)要求编制。本报告所列数据的统计期限自{y}年1月1日起至"
    "{y}年12月31日止。"
)

_TAIL = [
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "下一步将继续加强业务培训，提高信息发布质量。",
    "六、其他需要报告的事项",
    "无其他需要报告的事项。",
]


def _page(agency: str, year: int, paras: list[str], *, tail: list[str] | None = None, enc: str = "utf-8",
          intro: str = _T2021_INTRO) -> bytes:
    title = f"{agency}{year}年政府信息公开工作年度报告"
    body = [intro.format(y=year), "一、总体情况", *paras, *(_TAIL if tail is None else tail)]
    ps = "\n".join(f"<p>{p}</p>" for p in body)
    charset = "gb2312" if enc == "gb18030" else enc
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{agency}</title></head>
<body>
<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a>
 | <a href="/zwfw/">政务服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt;
 <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<table class="xxgk-meta">
<tr><td>索引号：</td><td>11X000/{year + 1}-00012</td><td>发布机构：</td><td>{agency}</td></tr>
<tr><td>发布日期：</td><td>{year + 1}-01-20</td><td>主题分类：</td><td>政务公开</td></tr>
</table>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：{year + 1}-01-20 09:30 来源：{agency} 字号：[大 中 小]</div>
<div class="content">
{ps}
</div></div>
<div class="footer">主办：{agency} 网站标识码：1100000001 ICP备案号：京ICP备00000001号 扫一扫在手机打开当前页</div>
</body></html>"""
    return html.encode(enc)


def _parse(url: str, body: bytes, enc: str = "utf-8"):
    ctype = "text/html; charset=" + ("gb2312" if enc == "gb18030" else enc)
    return parse_report([Fetched(url, body, {"content-type": ctype})])


def _text(rep) -> dict:
    return {f.key: f for f in rep.facts if f.source == "text"}


# ---------------------------------------------------------------------------------------------------------
# Positive cases: key -> (value, value_flag or ... for "do not care")
# ---------------------------------------------------------------------------------------------------------

ANY = object()

POS = [
    pytest.param(
        "北湖区人民政府办公室", 2022,
        ["(一)做好政府信息主动公开工作。全年主动公开政府信息518条，其中行政规范性文件7条，政策解读15条，"
         "通知公告64条，其他信息432条。"],
        {"active.items_total": (518, None), "response.interpretations": (15, None)},
        id="active-total-with-breakdown-and-interp",
    ),
    pytest.param(
        "南岭区人民政府办公室", 2022,
        ["(二)政府信息公开申请情况。2022年，区政府办公室共收到31份政府信息依申请公开件，其中申请人自行撤回3件，"
         "依法答复28件，办结率100%。"],
        {"apply.received.total": (31, None)},
        id="apply-received-fen-yishenqing-jian",
    ),
    pytest.param(
        "东山区人民政府办公室", 2022,
        ["2022年，区政府办公室共收到6份政府信息公开申请，均为自然人申请。其中，予以公开3件，部分公开1件，"
         "本机关不掌握相关政府信息2件。"],
        {"apply.received.total": (6, None)},
        id="apply-received-fen-shenqing",
    ),
    pytest.param(
        "西江区人民政府", 2022,
        ["(一)主动公开情况", "全年通过区政府信息公开网站共公开信息287条，其中财政预决算信息3条，工作动态信息241条。"],
        {"active.channel.website": (287, None)},
        id="channel-website-tongguo-wangzhan-gong",
    ),
    pytest.param(
        "西江区人民政府", 2022,
        ["(二)依申请公开情况", "全年新收政府信息公开申请数量0件，上年结转政府信息公开申请数量0件。"],
        {"apply.received.total": (0, ANY)},
        id="apply-received-xinshou-zero",
    ),
    pytest.param(
        "海滨区人民政府办公室", 2022,
        ["(一)主动公开情况。按时更新网站内容，政府办公室全年主动公开要闻动态、公示公告、政策文件等信息1136条。"],
        {"active.items_total": (1136, None)},
        id="active-total-deng-xinxi",
    ),
    pytest.param(
        "大河县人民政府", 2020,
        ["(一)加强主动公开信息管理。据后台统计，2020年全县各单位通过信息公开目录管理系统主动公开信息9876条"
         "(其中概况类214条、占2.2%，文件类1105条、占11.2%，动态类8557条、占86.6%)。"],
        {"active.items_total": (9876, None)},
        id="active-total-with-percent-breakdown",
    ),
    pytest.param(
        "大河县人民政府", 2020,
        ["(二)规范政府信息依申请公开。2020年，我县收到政府信息公开书面申请15件；涉及信息公开行政复议2项。"],
        {"apply.received.total": (15, None)},
        id="apply-received-shumian-shenqing",
    ),
    pytest.param(
        "石门县人民政府", 2020,
        ["(一)依法落实主动公开。全年通过政府网站、微信公众号等平台依法向社会公开政务要闻、政府文件等政府信息"
         "共计3562条，其中新制定行政规范性文件11件。"],
        {"active.items_total": (3562, None)},
        id="active-total-gongji",
    ),
    pytest.param(
        "青阳市人民政府办公室", 2023,
        ["(二)依申请公开方面", "全年共收到和办理依申请公开11件，全部为自然人申请，上年度结转政府信息公开申请0件。"
         "处理结果中，部分公开3件，信息不存在6件，结转下一年度办理2件。"],
        {"apply.received.total": (11, None), "apply.carried_in.total": (0, ANY)},
        id="apply-received-shoudao-he-banli",
    ),
    pytest.param(
        "青阳市人民政府办公室", 2023,
        ["(一)主动公开方面", "我办开办的“青阳发布”微信公众号全年发布信息2418条。"],
        {"active.channel.wechat": (2418, None)},
        id="channel-wechat-gongzhonghao-fabu",
    ),
    pytest.param(
        "长平市人民政府", 2023,
        ["(一)主动公开情况。2023年度，市政府门户网站公开各类政府信息共计2915条。“长平发布”微信公众号发布信息"
         "433条，“长平发布”微博账号发布信息127条。"],
        {"active.channel.wechat": (433, None), "active.channel.weibo": (127, None)},
        id="channel-wechat-weibo-named-accounts",
    ),
    pytest.param(
        "禾城市人民政府办公室", 2023,
        ["(一)主动公开情况。2023年，在市政府门户网站、《禾城市人民政府公报》等主动公开市政府及市政府办公室政策文件"
         "68件、会议信息19条、政策解读47件、政府公报12期。"],
        {"response.interpretations": (47, None), "active.channel.gazette": (12, None)},
        id="interp-and-gazette-qi",
    ),
    pytest.param(
        "禾城市人民政府办公室", 2023,
        ["(二)依申请公开情况。2023年，共收到政府信息公开申请118件，上年结转3件，共计121件。目前依法办结110件，"
         "结转下年度继续办理的11件。"],
        {"apply.received.total": (118, None), "apply.carried_in.total": (3, None)},
        id="apply-received-and-carried-in",
    ),
    pytest.param(
        "禾城市人民政府办公室", 2023,
        ["(二)依申请公开情况。因信息公开引发行政争议9件，其中，行政复议6件，结果维持5件，尚未审结1件；"
         "行政诉讼3件，结果维持1件，尚未审结2件。"],
        {"review.total": (6, None), "review.upheld": (5, None), "review.pending": (1, None),
         "litigation.total": (3, None), "litigation.upheld": (1, None)},
        id="review-litigation-prose-in-yishenqing",
    ),
    pytest.param(
        "云岭区人民政府办公室", 2024,
        ["(一)主动公开情况。", "2024年，区政府门户网站发布各类信息3.27万条，“云岭政府网”微信公众号推送各类信息612条。"
         "加大解读力度，通过多渠道、多形式发布政策解读21份。"],
        {"active.channel.website": (32700, "approx"), "active.channel.wechat": (612, None),
         "response.interpretations": (21, None)},
        id="website-wan-multiplier-wechat-interp-fen",
    ),
    pytest.param(
        "云岭区人民政府办公室", 2024,
        ["(二)依申请公开情况。", "2024年共办理政府信息公开申请72件，同比增长4.35%；上年结转3件，结转下年办理6件。"
         "因政府信息公开申请被行政复议4宗、行政诉讼0宗，其中3宗维持原答复，1宗结果纠正。"],
        {"apply.carried_in.total": (3, None), "review.total": (4, None), "litigation.total": (0, ANY),
         "review.upheld": (3, None), "review.corrected": (1, None)},
        id="review-zong-weichi-jiuzheng",
    ),
    pytest.param(
        "梁园区机关事务管理局", 2024,
        ["(一)主动公开政府信息情况。2024年，我局在区人民政府网主动公开政府信息47篇，通过本局公众号发布政务信息"
         "126篇。"],
        {"active.items_total": (47, None)},
        id="active-total-pian",
    ),
    pytest.param(
        "金川区文化旅游局", 2024,
        ["(一)主动公开", "我局政府信息公开的载体主要是区人民政府网站，全年通过政府网站公开信息29条，包括工作动态类"
         "信息27条，财政类信息2条。"],
        {"active.channel.website": (29, None)},
        id="channel-website-quannian-tongguo",
    ),
    pytest.param(
        "江门市蓬溪区发展和改革局", 2024,
        ["认真做好政府信息公开申请工作。2024年，收到政府信息公开申请4宗，已全部办结。"],
        {"apply.received.total": (4, None)},
        id="apply-received-zong",
    ),
    pytest.param(
        "青山县人民政府", 2021,
        ["(一)主动公开。2021年县政府网站共计公开信息4870条，比上年度增长12.5%。围绕群众关切领域做好解读回应，"
         "2021年发布政策解读64篇，开展“政府开放日”活动12次。"],
        {"active.channel.website": (4870, None), "response.interpretations": (64, None)},
        id="website-gongji-and-interp-pian",
    ),
    pytest.param(
        "草原县人民政府", 2021,
        ["(一)提高主动公开实效情况。充分发挥县政府网站第一平台作用。主动公开政府信息512条；解读民生政策文件8件。"],
        {"active.items_total": (512, None), "response.interpretations": (8, None)},
        id="active-total-and-jiedu-wenjian",
    ),
    pytest.param(
        "春城市体育局", 2023,
        ["(二)依申请公开工作情况。本年度，共受理政府信息公开申请3件，都在法定期限内予以答复。"],
        {"apply.received.total": (3, None)},
        id="apply-received-shouli",
    ),
    pytest.param(
        "来河县政务服务和大数据管理局", 2021,
        ["(二)政府信息依申请公开办理情况", "2021年，我局收到政府信息依申请公开办理事项2件，已在规定时间内办结答复。"],
        {"apply.received.total": (2, None)},
        id="apply-received-banli-shixiang",
    ),
    pytest.param(
        "园区管委会财政局", 2022,
        ["2.解读情况。2022年，我单位未出台规范性文件和重要政策措施，转载、发布解读信息0条。"],
        {"response.interpretations": (0, ANY)},
        id="interp-zero-zhuanzai-fabu",
    ),
    pytest.param(
        "青川县乡村振兴局", 2021,
        ["(一)主动公开情况。2021年以来公开政府信息87条，其中，微信等新媒体发布51条，在门户网站公开信息36条。"],
        {"active.channel.website": (36, None)},
        id="channel-website-menhu-after-newmedia",
    ),
    pytest.param(
        "平山县人民政府", 2020,
        ["(一)主动公开情况。2020年，全县共公开各类政府信息10,482条，其中政策解读142条。"],
        {"active.items_total": (10482, None), "response.interpretations": (142, None)},
        id="active-total-thousands-comma",
        marks=[],
    ),
    pytest.param(
        "桐溪县人民政府", 2019,
        ["(一)主动公开。以县政府和县人民政府办公室名义印发的规范性文件4个，政策解读11个；公布网上服务事项96项。"],
        {"response.interpretations": (11, None)},
        id="interp-ge-unit",
    ),
    pytest.param(
        "桦林县人民政府", 2019,
        ["(一)主动公开情况", "2019年我县主动公开政务信息2876条。发布政策解读信息6条；微信公众号累计发布1874条信息。",
         "(二)依申请公开情况", "全年共受理依申请公开4件，均已全部答复。"],
        {"active.items_total": (2876, None), "response.interpretations": (6, None),
         "active.channel.wechat": (1874, None), "apply.received.total": (4, None)},
        id="wechat-number-before-tiao-xinxi",
    ),
    pytest.param(
        "清河县人民政府", 2019,
        ["(一)主动公开政府信息情况。2019年，通过政府门户网站、政务公开栏、新媒体平台等形式主动公开政府信息7453条。"
         "其中，通过县政府门户网站发布政府信息4981条。2019年共受理各类服务事项128760件。截至2019年底，"
         "累计主动公开政府信息58312条。"],
        {"active.items_total": (7453, None), "active.channel.website": (4981, None)},
        id="active-total-not-cumulative-since-start",
    ),
    pytest.param(
        "玉溪市绿化局", 2019,
        ["(一)主动公开方面", "同时我局增强政务新媒体平台宣传作用，共计发布微博3920篇、微信200余篇。",
         "(二)依申请公开方面", "2019年度我局共收到12件依申请公开，均按时予以答复。"],
        {"active.channel.weibo": (3920, None), "active.channel.wechat": (200, "approx"),
         "apply.received.total": (12, None)},
        id="weibo-wechat-pian-and-received-number-first",
    ),
    pytest.param(
        "梁山区人民政府办公室", 2023,
        ["(一)主动公开。全年通过区政府门户网站发布各类信息1.3万余条，其中发布概况类信息402条。全年发布政策解读信息58条。",
         "(二)依申请公开。全年共受理政府信息公开申请37件，结转上年度2件。共办结35件，结转下年度继续办理4件。"],
        {"active.channel.website": (13000, "approx"), "response.interpretations": (58, None),
         "apply.received.total": (37, None), "apply.carried_in.total": (2, None)},
        id="website-wan-yu-and-jiezhuan-shangniandu",
    ),
    pytest.param(
        "沾源区人民政府", 2023,
        ["(一)主动公开情况", "2023年，全区通过政府门户网站主动公开信息5872条，政府网站浏览量超98万次。发布政策解读类信息19篇。",
         "(二)依申请公开情况", "2023年，共受理政府信息公开申请9件。涉及信息公开行政诉讼1件，已撤诉。政府网站“留言公开”"
         "栏目共收到群众留言133条，已全部回复。"],
        {"active.channel.website": (5872, None), "response.interpretations": (19, None),
         "apply.received.total": (9, None), "litigation.total": (1, None)},
        id="website-interp-received-litig-with-messages-nearby",
    ),
    pytest.param(
        "船岭区人民政府办公室", 2023,
        ["(二)依申请公开", "2023年，区政府办公室共受理28件政府信息公开申请(均为自然人提交)，同比上升12.00%，"
         "其中按期办结28件。全年收到因政府信息公开申请引起的行政复议1件(已办结)。"],
        {"apply.received.total": (28, None), "review.total": (1, None)},
        id="received-number-before-noun-and-review",
    ),
    pytest.param(
        "大泽区人民政府", 2020,
        ["一是强化信息主动公开。2020年，通过政府门户网站、档案查询点和政务新媒体等形式主动公开政府信息1.48万条。"
         "其中，通过区政府门户网站公开信息5217条，开展互动访谈19期。12345在线共受理民生诉求3.96万件，答复率100%。"],
        {"active.items_total": (14800, "approx"), "active.channel.website": (5217, None)},
        id="active-total-wan-approx-and-website",
    ),
    pytest.param(
        "云岗县人民政府", 2022,
        ["(一)主动公开情况。截至2022年12月31日，我县通过政府门户网站、微信公众号等平台发布涉及民生领域的政府信息"
         "1873条，政策解读7件；网站总访问量达392114人次；“云岗县人民政府网”微信平台发布信息48条。",
         "(二)依申请公开情况。截至2022年12月31日，我县收到政府信息依申请公开13件，办理完毕13件。因政府信息公开"
         "申请行政复议数量3件，提起行政诉讼数量1件。"],
        {"response.interpretations": (7, None), "active.channel.wechat": (48, None),
         "apply.received.total": (13, None), "review.total": (3, None), "litigation.total": (1, None)},
        id="wechat-platform-received-review-shuliang",
    ),
    pytest.param(
        "岛山县人民政府办公室", 2022,
        ["(一)主动公开。全年，通过政府门户网站主动公开各类信息300余件，其中公开政府文件58件，行政规范性文件17件。",
         "(二)依申请公开。全年，共受理依申请公开9件(网上申请6件、信函申请3件)，均在法定期限内予以答复。"],
        {"active.channel.website": (300, "approx"), "apply.received.total": (9, None),
         "apply.channel.online": (6, None), "apply.channel.letter": (3, None)},
        id="received-with-channel-split-parenthesis",
    ),
    pytest.param(
        "府川县人民政府办公室", 2022,
        ["(二)依申请公开", "规范依申请公开工作流程。2022年，收到申请公开17条，办结17条。"],
        {"apply.received.total": (17, None)},
        id="apply-received-shenqing-gongkai-tiao",
    ),
    pytest.param(
        "綦山区人民政府", 2020,
        ["(一)深入推进主动公开。2020年，通过政府网站向社会公开就业、教育、医疗、养老等政府信息9642条。全面公开区政府"
         "常务会等会议信息27条，规范性文件18条，政策解读14条。"],
        {"active.channel.website": (9642, None), "response.interpretations": (14, None)},
        id="website-xiang-shehui-gongkai-long-object",
    ),
    pytest.param(
        "平山县人民政府", 2020,
        ["五、存在的主要问题及改进情况", "部分单位信息更新不够及时。",
         "六、其他需要报告的事项", "本年度未收取任何信息处理费。"],
        {"fee.info_processing": (0, ANY)},
        id="fee-info-processing-none",
    ),
]


@pytest.mark.parametrize(("agency", "year", "paras", "expected"), POS)
def test_county_prose_facts(agency, year, paras, expected):
    tail = None
    if paras and paras[0].startswith("五、"):
        tail, paras = paras, ["2020年，我县认真贯彻落实《条例》，政务公开工作有序推进。"]
    intro = _T2019_INTRO if year <= 2020 else _T2021_INTRO
    url = "http://www.example-county.gov.cn/zwgk/ndbg/202101/t20210120_10001.html"
    rep = _parse(url, _page(agency, year, paras, tail=tail, intro=intro))
    got = _text(rep)
    for key, (value, flag) in expected.items():
        assert key in got, f"missing {key}; text facts: {sorted((k, f.value) for k, f in got.items())}"
        assert got[key].value == value, f"{key}: {got[key].value} != {value} (raw {got[key].raw_value!r})"
        if flag is not ANY:
            assert got[key].value_flag == flag, f"{key}: flag {got[key].value_flag!r} != {flag!r}"


# ---------------------------------------------------------------------------------------------------------
# False positives: numbers that are NOT the statistic named by the key
# ---------------------------------------------------------------------------------------------------------

NEG = [
    pytest.param(
        ["(二)依申请公开情况。本年度未收到政府信息公开申请。", "(三)平台建设。“县长信箱”共受理有效信件5件，已办结5件，"
         "办结率100%。"],
        {"apply.received.total": {0}},
        id="fp-mayor-mailbox-shouli-not-apply",
    ),
    pytest.param(
        ["(三)丰富平台载体。除县人民政府网外，全县还开设政务新媒体账号共计28个，其中，微信公众号17个、新浪微博10个、"
         "抖音号1个。"],
        {"active.channel.wechat": set(), "active.channel.weibo": set(), "active.channel.newmedia": set()},
        id="fp-account-counts-not-channel-items",
    ),
    pytest.param(
        ["(一)主动公开方面。通过政府网站“互动交流”栏目，主动回应公众咨询，有效解答网民留言1516条；开展在线访谈18场次。"],
        {"apply.received.total": set(), "active.items_total": set()},
        id="fp-netizen-messages-not-apply",
    ),
    pytest.param(
        ["(五)监督保障情况。2021年，我局组织办理人大代表建议2件、政协委员提案3件，现已全部办结，答复率、满意率均为100%。"],
        {"apply.received.total": set(), "active.items_total": set()},
        id="fp-proposals-not-apply-received",
    ),
    pytest.param(
        ["(三)处理群众咨询和投诉工作情况。我局按时收集整理门户网站“公众留言”栏目内容，本年度共处理群众留言84条。"],
        {"apply.received.total": set(), "active.items_total": set()},
        id="fp-public-messages-not-facts",
    ),
    pytest.param(
        ["(一)主动公开。政务公开工作写入《政府工作报告》。政府信箱答复投诉咨询276件，12345热线办理群众诉求"
         "9034件。"],
        {"apply.received.total": set()},
        id="fp-hotline-not-apply",
    ),
    pytest.param(
        ["(五)监督保障情况。全年组织政务公开业务培训3次，参训人员120人次；开展政务公开专项检查2次，"
         "通报问题15个。"],
        {"apply.received.total": set(), "active.items_total": set(), "org.staff_total": set()},
        id="fp-training-counts-not-staff",
    ),
    pytest.param(
        ["(一)主动公开情况。截至2021年底，累计主动公开政府信息61234条。全县共受理各类服务事项132450件。"],
        {"active.items_total": set(), "apply.received.total": set()},
        id="fp-cumulative-total-and-service-items",
    ),
    pytest.param(
        ["(三)人大代表建议和政协委员提案办理结果情况", "政协委员提案共计57件，已按时限全部办复。人大代表建议共计73件，"
         "其中已经解决51件。"],
        {"apply.received.total": set(), "apply.closed.total": set()},
        id="fp-proposal-totals-not-apply",
    ),
    pytest.param(
        ["(三)政民互动情况。全年共收到“领导信箱”来信146件，12345政务服务热线共收到18420件，办结率和回复率均达100%。"],
        {"apply.received.total": set()},
        id="fp-leader-mailbox-hotline-shoudao",
    ),
    pytest.param(
        ["(一)主动公开情况。2023年，市政府网站访问量达到1865432次，累计阅读量达95万人次。"],
        {"active.items_total": set(), "active.channel.website": set()},
        id="fp-visit-counts-not-items",
    ),
]


@pytest.mark.parametrize(("paras", "allowed"), NEG)
def test_county_prose_false_positives(paras, allowed):
    url = "http://www.example-county.gov.cn/zwgk/ndbg/202201/t20220125_20002.html"
    rep = _parse(url, _page("青原县人民政府", 2021, paras))
    got = _text(rep)
    for key, ok in allowed.items():
        if key in got:
            assert got[key].value in ok, f"{key}={got[key].value} (raw {got[key].raw_label!r} {got[key].raw_value!r})"


# ---------------------------------------------------------------------------------------------------------
# Metadata of county / district reports
# ---------------------------------------------------------------------------------------------------------

META = [
    pytest.param("赫水县人民政府", 2021, "t2021", "utf-8", id="meta-county-gov-2021-utf8"),
    pytest.param("清原区人民政府办公室", 2022, "t2021", "utf-8", id="meta-district-office-2022"),
    pytest.param("会江县人民政府", 2020, "t2019", "gb18030", id="meta-county-2020-gbk"),
    pytest.param("长平市人民政府办公室", 2023, "t2021", "gb18030", id="meta-city-office-2023-gbk"),
]


@pytest.mark.parametrize(("agency", "year", "template", "enc"), META)
def test_county_meta(agency, year, template, enc):
    intro = _T2019_INTRO if template == "t2019" else _T2021_INTRO
    paras = [f"(一)主动公开情况。{year}年，全年主动公开政府信息1024条。"]
    url = f"http://www.example-county.gov.cn/zwgk/ndbg/{year + 1}01/t{year + 1}0120_30003.html"
    rep = _parse(url, _page(agency, year, paras, enc=enc, intro=intro), enc=enc)
    assert rep.year == year
    assert rep.template == template
    assert rep.agency == agency
    assert rep.title == f"{agency}{year}年政府信息公开工作年度报告"
    assert rep.published == f"{year + 1}-01-20"
    assert _text(rep)["active.items_total"].value == 1024
    nums = [s.number for s in rep.sections]
    assert "一" in nums and "六" in nums


def test_county_traditional_script_prose():
    paras = ["(一)主動公開情況。2020年，全縣各鎮街、各部門全年共主動公開各類政府信息1186條，發布政策解讀36篇。",
             "(二)依申請公開情況。2020年，縣政府共收到政府信息公開申請7件，均按時答復。"]
    tail = ["二、主動公開政府信息情況", "三、收到和處理政府信息公開申請情況", "四、政府信息公開行政復議、行政訴訟情況",
            "五、存在的主要問題及改進情況", "業務培訓仍需加強。", "六、其他需要報告的事項", "無。"]
    intro = ("本報告根據《中華人民共和國政府信息公開條例》編制。所列數據的統計期限自2020年1月1日至2020年12月31日。")
    url = "http://www.example-county.gov.cn/col14875/202102/t20210219_518175.html"
    rep = _parse(url, _page("梅原縣人民政府", 2020, paras, tail=tail, intro=intro))
    got = _text(rep)
    assert rep.script == "traditional"
    assert rep.year == 2020
    assert got["active.items_total"].value == 1186
    assert got["response.interpretations"].value == 36
    assert got["apply.received.total"].value == 7


def test_county_fee_none_sentence_in_overview():
    paras = ["2020年，我镇未收到依申请公开请求；未对公众依申请公开政府信息收取任何费用；没有发生因政府信息公开工作引发"
             "行政复议或行政诉讼等事件。"]
    url = "http://www.example-county.gov.cn/jz/zwgk/202101/t20210129_8843764.html"
    rep = _parse(url, _page("河口镇人民政府", 2020, paras, intro=_T2019_INTRO))
    got = _text(rep)
    fee = [f for k, f in got.items() if k in ("fee.request_fees", "fee.none")]
    assert fee, f"no fee fact; text facts: {sorted((k, f.value) for k, f in got.items())}"
    assert all(f.value == 0 for f in fee)
