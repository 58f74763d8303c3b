"""Black-box probe: prose of township / street-office / county-department reports, 2019-2025.

Each case is a short report written for this file. The phrasing patterns (sentence shape and key words) were
taken from real 乡镇人民政府, 街道办事处 and county-level department reports (教育局, 卫健局, 市场监管局,
城管局, 农业农村局, 人社局) of several provinces; names, numbers and surrounding sentences are our own.
Every page is served the way a portal serves it: CMS chrome, a metadata block, a footer.

What is asserted is what a careful reader of the spec (sections 2.5, 2.7, 3.2, 3.8) records from the prose:
fact key, value, value_flag and source='text'; and the report metadata (agency, agency_type, year, template,
published, is_mirror).
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

ANY = object()  # value_flag not asserted
NOFLAG = None  # value_flag must be empty


def _page(title: str, paras: list[str], *, site: str, meta: str, encoding: str = "utf-8",
          head_title: str | None = None, lead: str = "") -> bytes:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    charset = "gb2312" if encoding != "utf-8" else "utf-8"
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(head_title or title)}_{site}</title>
<link rel="stylesheet" href="/images/common.css">
</head><body>
<div class="top"><a href="/">{site}</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | 无障碍 | 长辈版</div>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="../">政府信息公开年报</a></div>
<div class="xxgk-meta">{meta}</div>
<div class="article">
<h1 class="title">{html.escape(title)}</h1>
<div class="TRS_Editor">
{lead}
{body}
</div>
<div class="share">【打印本页】【关闭窗口】</div>
</div>
<div class="footer">主办：{site}　版权所有　网站标识码：5001100001　ICP备案号：渝ICP备05003300号</div>
</body></html>"""
    return page.encode("gb18030" if encoding != "utf-8" else "utf-8")


def _meta(agency: str = "", date: str = "", index: str = "") -> str:
    parts = []
    if index:
        parts.append(f"<li><b>索引号：</b>{index}</li>")
    if agency:
        parts.append(f"<li><b>发布机构：</b>{agency}</li>")
    if date:
        parts.append(f"<li><b>发布日期：</b>{date}</li>")
    return "<ul>" + "\n".join(parts) + "</ul>"


def _run(url: str, title: str, paras: list[str], *, site: str = "某县人民政府", meta: str | None = None,
         encoding: str = "utf-8", head_title: str | None = None, lead: str = ""):
    body = _page(title, paras, site=site, meta=_meta() if meta is None else meta, encoding=encoding,
                 head_title=head_title, lead=lead)
    ctype = "text/html; charset=" + ("gb2312" if encoding != "utf-8" else "utf-8")
    return parse_report([Fetched(url, body, {"content-type": ctype})])


def _text_facts(report, key: str):
    return [f for f in report.facts if f.key == key and f.source == "text"]


# ---------------------------------------------------------------------------------------------------------
# Text facts: (id, url, title, year, paragraphs, expected {key: (value, flag)}, forbidden [(key, value|None)])
# A forbidden (key, None) means no text fact with that key at all; (key, v) means no text fact with value v.
# ---------------------------------------------------------------------------------------------------------

PERIOD = "本报告所列数据统计期限自{y}年1月1日起至{y}年12月31日止。"

TEXT_CASES = [
    # --- passing patterns, pinned ------------------------------------------------------------------------
    pytest.param(
        "https://www.example-sdj.gov.cn/jz/hsz/zfxxgknb/202301/t20230116_1000001.html",
        "黄沙镇人民政府2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "（一）政府信息主动公开情况。全年主动公开政府信息总数214条：基层政务公开领域信息150条，工作动态40条，"
         "预算决算4条，其他政府信息20条。",
         "（二）依申请公开政府信息情况。2022年未收到依申请公开政府信息申请。"],
        {"active.items_total": (214, NOFLAG), "apply.received.total": (0, "wu")}, [],
        id="town-items-total-colon-list-and-no-request-wu"),
    pytest.param(
        "https://www.example-dx.gov.cn/zfxxgk/dxqzf/2024/index_101.html",
        "某镇人民政府2024年政府信息公开工作年度报告", 2024,
        ["一、总体情况",
         "（二）主动公开。聚焦财政预决算、民生保障等重点领域，全年累计主动公开政府信息130余条，保障公众知情权。",
         "（三）依申请公开。全年共收到政府信息公开申请11件，均在法定时限内完成答复，答复率100%。"],
        {"active.items_total": (130, "approx"), "apply.received.total": (11, NOFLAG)}, [],
        id="town-approx-yu-and-received-with-rate"),
    pytest.param(
        "http://www.example-lq.gov.cn/art/2022/1/12/art_1229460359_60001.html",
        "长安街道2021年度政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（一）主动公开",
         "截至2021年12月31日，我街道共主动公开政府信息数820条，其中主动公开行政规范性文件数共0条。"
         "通过政府网站公开政府信息数75条，政务微信公开政府信息数745条。",
         "（二）依申请公开",
         "街道未收到任何公民、法人和其他组织提出的公开政府信息的申请；街道未向公民、法人和其他组织收取任何与"
         "政府信息公开工作相关的费用。"],
        {"active.items_total": (820, NOFLAG), "active.channel.website": (75, NOFLAG),
         "active.channel.wechat": (745, NOFLAG), "apply.received.total": (0, "wu"), "fee.none": (0, "wu")}, [],
        id="street-e2014-style-counts-in-t2021-prose"),
    pytest.param(
        "http://www.example-sy.gov.cn/art/2025/1/20/art_1229351223_4200001.html",
        "某区市场监督管理局2024年政府信息公开工作年度报告", 2024,
        ["一、总体情况",
         "（二）依申请公开情况。2024年我局收到依申请公开申请事项26件，全部按时依法完成处理。"
         "因政府信息公开产生行政复议3件，本年度未产生因依申请引起的行政诉讼。"],
        {"apply.received.total": (26, NOFLAG), "review.total": (3, NOFLAG), "litigation.total": (0, "wu")}, [],
        id="dept-market-review-count-and-no-litigation"),
    pytest.param(
        "http://nync.example-zs.gov.cn/gkmlpt/content/2/2059/post_2060001.html",
        "某市农业农村局2021年度政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（三）依申请公开政府信息情况。我局按时办理政府信息公开申请事项。我局未对依申请公开政府信息收取或减免费用，"
         "发生因政府信息公开申请提起行政诉讼4件，其中结果维持2件、结果纠正1件、其他结果1件。"],
        {"litigation.total": (4, NOFLAG), "litigation.upheld": (2, NOFLAG), "litigation.corrected": (1, NOFLAG),
         "fee.none": (0, "wu")}, [],
        id="dept-agri-litigation-breakdown-in-prose"),
    pytest.param(
        "http://www.example-jx.gov.cn/XxgkAnnualReport/show/5601.html",
        "某县教育体育局2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况",
         "（一）主动公开情况",
         "2023年度，我局召开2次新闻发布会对招生政策进行解读。全年通过政府信息公开网站发布信息共986条，"
         "教体局微信公众号发布（转发）信息1204条。妥善办理12345政府服务热线派件233件。",
         "（二）依申请公开情况",
         "2023年度，我局未收到政府信息依申请公开申请。无行政复议，无提起行政诉讼的情况。"],
        {"response.press_conf": (2, NOFLAG), "active.channel.website": (986, NOFLAG),
         "active.channel.wechat": (1204, NOFLAG), "apply.received.total": (0, "wu"),
         "review.total": (0, "wu"), "litigation.total": (0, "wu")},
        [("apply.received.total", 233)],
        id="dept-edu-hotline-not-a-request"),
    pytest.param(
        "http://www.example-qs.gov.cn/art/2024/1/29/art_13666_1717001.html",
        "某县教育体育局2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况",
         "1.主动公开：全年累计在省市县网站发布信息198条，在局微信公众号发布信息1900多条。受理市长热线、"
         "局长信箱、县长信箱、微信留言360多件，办复率100%。",
         "2.依申请公开：2023年未收到该项申请。"],
        {"active.channel.website": (198, NOFLAG), "active.channel.wechat": (1900, "approx"),
         "apply.received.total": (0, "wu")},
        [("apply.received.total", 360)],
        id="dept-edu-mailbox-messages-not-requests"),
    pytest.param(
        "https://www.example-bj.gov.cn/zfxxgk/c109617/202601/1778001.shtml",
        "某街道2025年政府信息公开工作年度报告", 2025,
        ["一、总体情况",
         "2025年度街道政府信息公开工作主要涉及：对领导介绍模块进行更新两次；依申请公开5次，行政复议0次，"
         "行政诉讼0次；每月公示低保发放情况信息一条。"],
        {"apply.received.total": (5, NOFLAG), "review.total": (0, NOFLAG), "litigation.total": (0, NOFLAG)}, [],
        id="street-counts-in-ci"),
    pytest.param(
        "https://www.example-qsq.gov.cn/zfbm/jd/zfxxgkgzndbg/202601/t20260113_2710001.shtml",
        "某街道2025年政府信息公开工作年度报告", 2025,
        ["一、总体情况",
         "（一）主动公开情况：2025年主动公开涉及领导分工、机构概况、三公经费预决算、社会救助等政务信息64条。",
         "（二）依申请公开情况：2025年，收到3件居民信息公开申请，已依法在规定时间内答复。"],
        {"active.items_total": (64, NOFLAG), "apply.received.total": (3, NOFLAG)}, [],
        id="street-number-before-noun-request"),
    pytest.param(
        "http://www.example-ms.gov.cn/xxgk/content.jsp?wbnewsid=1143001",
        "某市人力资源和社会保障局2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "（一）主动公开情况。2022年，我局通过政府信息公开平台公开政府信息共计702条，其中，政府网站人社信息402条、"
         "“某某人社”微信服务号发布信息300条。"],
        {"active.items_total": (702, NOFLAG), "active.channel.wechat": (300, NOFLAG)}, [],
        id="dept-hrss-platform-total-gongji"),
    pytest.param(
        "https://www.example-ya.gov.cn/Pages_183_59001.aspx",
        "某县农业农村局2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（二）加强制度建设。2021年，共召开政府信息公开专题会议2次，开展基层政务公开培训3次。"],
        {"training.meetings": (2, NOFLAG), "training.courses": (3, NOFLAG)}, [],
        id="dept-agri-meetings-and-courses"),
    pytest.param(
        "http://www.example-tz.gov.cn/zfxxgk/c109616/202101/1332001.shtml",
        "某区城市管理委员会2020年政府信息公开工作年度报告", 2020,
        ["一、总体情况",
         "区城市管理委开展政府信息公开工作。为此，配备了3名兼职工作人员，设立了1个专门的信息申请受理点。",
         "（一）主动公开情况",
         "区城市管理委通过政府网主动公开政府信息1188条，其中全文电子化率达100%。"],
        {"org.staff_parttime": (3, NOFLAG), "active.items_total": (1188, NOFLAG)}, [],
        id="dept-cityadmin-parttime-staff"),
    pytest.param(
        "https://www.example-ms.gov.cn/gk/zfxxgknb/2023/6500001.htm",
        "某镇人民政府2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况",
         "（一）主动公开政府信息情况。2023年度，我镇主动公开政府信息96条，其中政府门户网站工作动态90条，"
         "法定主动公开内容6条。",
         "（二）依申请公开。2023年，我镇未收到政府信息公开申请。",
         "五、存在的主要问题及改进情况",
         "公开内容不够丰富。下一步将加强培训。",
         "六、其他需要报告的事项",
         "本年度未收取信息处理费。"],
        {"active.items_total": (96, NOFLAG), "apply.received.total": (0, "wu"),
         "fee.info_processing": (0, "wu")}, [],
        id="town-section6-no-processing-fee"),
    pytest.param(
        "http://www.example-rc.gov.cn/jz/hbz/zfxxgknb/202101/t20210129_8840001.html",
        "某镇2020年政府信息公开工作年度报告", 2020,
        ["一、总体情况",
         "2020年，我镇通过“某镇政务平台”微信公众号推送涉及教育、医疗、社会保障等的政务动态75余条。",
         "2020年，我镇未收到依申请公开请求；未对公众依申请公开政府信息收取任何费用；没有发生因政府信息公开工作"
         "引发行政复议或行政诉讼等事件。"],
        {"active.channel.wechat": (75, "approx"), "apply.received.total": (0, "wu"), "fee.none": (0, "wu"),
         "review.total": (0, "wu"), "litigation.total": (0, "wu")}, [],
        id="town-2020-wechat-approx-and-zero-statements"),

    pytest.param(
        "https://www.example-lt.gov.cn/art/2023/1/31/art_6924_1618001.html",
        "某洮县新庄镇2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "2022年，我镇通过县政府网站、公示栏、微信订阅号等方式及时主动向社会公开相关信息。全年主动公开政务信息297条，"
         "包括政府网站41条，媒体上发布信息66条，“某洮县新庄镇”微信公众号1850条，其中乡村振兴200条、民政社保40条。"],
        {"active.items_total": (297, NOFLAG), "active.channel.website": (41, NOFLAG),
         "active.channel.wechat": (1850, NOFLAG)}, [],
        id="town-total-then-channels-baokuo"),
    pytest.param(
        "http://www.example-zb.gov.cn/gongkai/site_zbz/channel_6076a26b/doc_60960f3fc91eeb7249ff0001.html",
        "某埠镇人民政府2020年政府信息公开工作年度报告", 2020,
        ["一、总体情况",
         "某埠镇2020年度累计主动公开政府信息27条，依申请公开0件，网上公开了27件，配发解读材料4件。"],
        {"active.items_total": (27, NOFLAG), "apply.received.total": (0, NOFLAG),
         "response.interpretations": (4, NOFLAG)}, [],
        id="town-2020-one-line-summary"),
    pytest.param(
        "https://www.example-pl.gov.cn/Content-2219001.html",
        "某利县农业农村局2020年政府信息公开工作年度报告", 2020,
        ["一、总体情况",
         "1.主动公开政府信息情况。2020年，县农业农村局主动公开政府集中采购信息18条，累计金额1520.5万元；"
         "在县政府网站发布信息33条，微信公众平台发布87条。",
         "2.依法申请公开政府信息情况。全年未收到依法申请公开事项。",
         "3.政府信息公开复议、诉讼和申诉情况。未发生针对本部门有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。"],
        {"active.channel.website": (33, NOFLAG), "apply.received.total": (0, "wu"),
         "review.total": (0, "wu"), "litigation.total": (0, "wu"), "appeal.total": (0, "wu")},
        [("active.items_total", 18)],
        id="dept-agri-procurement-info-not-items-total"),
    pytest.param(
        "http://www.example-ws.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113708260043290001&fbtime=2021",
        "某山县傅家街道办事处2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（一）主动公开情况",
         "2021年1月1日至2021年12月31日，傅家街道办事处主动公开政府信息61条，其中领导信息2条、财政预算1条、"
         "工作动态45条。政务新媒体中微信公众号共计发布204条。",
         "（二）依申请公开情况",
         "傅家街道办事处受理依申请公开0件。"],
        {"active.items_total": (61, NOFLAG), "active.channel.wechat": (204, NOFLAG),
         "apply.received.total": (0, NOFLAG)}, [],
        id="street-wechat-gongji-fabu"),
    pytest.param(
        "http://www.example-yh3.gov.cn/zwgk/zfxxgknb/2021/jd/202206/t20220615_3260002.html",
        "2021年某园路街道政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（二）依申请公开",
         "受理政府信息公开申请4件，均在法定时限内予以答复。信息公开类行政复议1起，正在办理中。"],
        {"apply.received.total": (4, NOFLAG), "review.total": (1, NOFLAG)}, [],
        id="street-review-qi-unit"),
    pytest.param(
        "http://www.example-tj2.gov.cn/25074/25162/37354/39002/index.htm",
        "某江县桃花镇人民政府2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "（二）依申请公开情况。2022年我镇全年共收到依申请公开0件，公开0件，不予公开0件，"
         "因政府信息依申请公开引起行政复议0件，行政诉讼0件"],
        {"apply.received.total": (0, NOFLAG), "review.total": (0, NOFLAG), "litigation.total": (0, NOFLAG)}, [],
        id="town-zero-counts-chain"),
    pytest.param(
        "http://www.example-zc.gov.cn/art/2023/1/12/art_1229619120_59660001.html",
        "某镇2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "（一）主动公开。主动公开政府信息44条。",
         "六、其他需要报告的事项",
         "本机关依据《政府信息公开信息处理费管理办法》收取信息处理费0元。"],
        {"fee.info_processing": (0, NOFLAG)}, [],
        id="section6-processing-fee-zero-yuan"),
    # --- discrepancies found on real pages ---------------------------------------------------------------
    pytest.param(
        "http://www.example-yh.gov.cn/zwgk/zfxxgknb/2021/jdbsc/202206/t20220615_3260001.html",
        "2021年光明路街道政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（二）依申请公开",
         "受理公民、法人和其他组织向区政府及区政府办公室提出的政府信息公开申请6件，均在法定时限内予以答复。"],
        {"apply.received.total": (6, NOFLAG)}, [],
        id="received-long-qualifier-before-shenqing"),
    pytest.param(
        "http://www.example-tzh.gov.cn/zfxxgk/c109617/202009/1314001.shtml",
        "某街道办事处2019年政府信息公开工作年度报告", 2019,
        ["一、总体情况",
         "1.主动公开情况",
         "2019年主动公开政府信息数512条，主要包括部门动态380条、重点领域130条。",
         "2.依申请公开办理情况：",
         "2019年依申请公开共受理3件，均为挂号信申请，于15个工作日内答复，按时办结。"],
        {"active.items_total": (512, NOFLAG), "apply.received.total": (3, NOFLAG)}, [],
        id="received-yishenqing-gong-shouli"),
    pytest.param(
        "http://nync.example-zs2.gov.cn/gkmlpt/content/2/2059/post_2060002.html",
        "某市农业农村局2021年度政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（三）依申请公开政府信息情况。我局2021年度依申请公开申请数为14件，截至12月31日已全部办结。"],
        {"apply.received.total": (14, NOFLAG)}, [],
        id="received-shenqingshu-wei"),
    pytest.param(
        "https://www.example-mz.gov.cn/gk/zfxxgk/zfxxgknb/2022/abz/1572001.htm",
        "某镇2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "（一）主动公开方面。2022年，我镇主动公开政务动态类信息318条。其中重点工作120条，安全生产58条，"
         "社会救助类40条，其他信息100条。"],
        {"active.items_total": (318, NOFLAG)}, [],
        id="items-total-category-word-before-xinxi"),
    pytest.param(
        "http://www.example-hp.gov.cn/html/nianbao/14001.html",
        "某区教育局2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "2021年，我局结合全区政务公开工作要点，进一步规范公开内容。一年来主动公开信息共有46条，未收到依申请公开信息。"],
        {"active.items_total": (46, NOFLAG), "apply.received.total": (0, "wu")}, [],
        id="items-total-gongyou"),
    pytest.param(
        "http://www.example-qy.gov.cn/xxgk/nyncj/zfxxgknb/content/post_1506001.html",
        "某市农业农村局2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "一是主动公开情况。全平台发布各类政务信息合计847条，其中网站发布自主信息105条，官方微博190条，"
         "官方公众号552条。"],
        {"active.items_total": (847, NOFLAG), "active.channel.weibo": (190, NOFLAG)}, [],
        id="items-total-all-platforms-heji"),
    pytest.param(
        "http://www.example-qy2.gov.cn/xxgk/nyncj/zfxxgknb/content/post_1506002.html",
        "某市农业农村局2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "一是主动公开情况。网站发布自主信息105条，官方微博190条，官方公众号552条。"],
        {"active.channel.wechat": (552, NOFLAG), "active.channel.weibo": (190, NOFLAG)}, [],
        id="wechat-guanfang-gongzhonghao"),
    pytest.param(
        "http://www.example-tzq.gov.cn/tzqscjgj/xxgknb/content/6feba04e-0001.html",
        "某区市场监督管理局2024年政府信息公开工作年度报告", 2024,
        ["一、总体情况",
         "1.主动公开情况。2024年，我局推送微信公众号图文信息388条，在区政府网站发布工作动态、食品管理等信息共计301条。"],
        {"active.channel.wechat": (388, NOFLAG), "active.channel.website": (301, NOFLAG)}, [],
        id="wechat-tuisong-tuwen-xinxi"),
    pytest.param(
        "https://www.example-tl.gov.cn/bm/qcgj/zfxxgknb/202101/t20210121_8790001.html",
        "某区城市管理局2020年政府信息公开工作年度报告", 2020,
        ["一、总体情况",
         "（一）主动公开情况。2020年度，“某区城管”官方微信公众号发文540条，点击量41022次，转载1500次。"],
        {"active.channel.wechat": (540, NOFLAG)}, [],
        id="wechat-gongzhonghao-fawen"),
    pytest.param(
        "http://www.example-cs.gov.cn/bm/rlsbj/zfxxgknb/202201/t20220125_10340001.html",
        "某区人力资源和社会保障局2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "（一）主动公开政府信息情况。2021年，我局通过网站主动公开事业单位人事招聘信息96条、政策文件及政策解读31条、"
         "补贴公示及动态类信息210条、基层政务公开信息150条，通过其他方式公开政府信息120条。"],
        {"active.channel.other": (120, NOFLAG)}, [("active.channel.website", 96)],
        id="website-not-first-category-of-list"),
    pytest.param(
        "http://www.example-pj.gov.cn/art/2023/1/16/art_1229198604_4050001.html",
        "某县卫生健康局2022年度政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "一是主动公开。2022年县卫健局共主动公开政府信息152条。",
         "二是依申请公开。截至12月31日，本年度我局未发出政府信息处理费收费通知书，不存在收取信息处理费的情况。"],
        {"active.items_total": (152, NOFLAG), "fee.info_processing": (0, "wu")}, [],
        id="processing-fee-bucunzai-shouqu"),
    pytest.param(
        "https://www.example-hk.gov.cn/wjw/zfxxgknb/202301/t20230105_5900001.html",
        "2022年某县卫生健康委员会信息公开年报", 2022,
        ["一、总体情况",
         "（四）平台建设情况",
         "开设疫情防控专区，积极做好政府信息公开工作。2022年政策解读4次，征集调查1次，政务公开座谈会1次。"],
        {"response.interpretations": (4, NOFLAG)}, [],
        id="interpretations-ci"),
    pytest.param(
        "http://www.example-qy3.gov.cn/xxgk/nyncj/zfxxgknb/content/post_1506003.html",
        "某市农业农村局2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况",
         "一是主动公开情况。全年发布政策解读信息7份，主动向社会公开征集意见3次，收到网民留言5份。"],
        {"response.interpretations": (7, NOFLAG)}, [("apply.received.total", 5)],
        id="interpretations-fen"),
    pytest.param(
        "https://www.example-mz2.gov.cn/gk/zfxxgk/zfxxgknb/2022/bcz/1572002.htm",
        "某镇2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "（五）监督保障方面。制定发布前审查制度；组织业务人员参加市上政府信息公开专题业务培训4次，"
         "及时掌握政府信息公开工作要求。"],
        {}, [("training.courses", 4)],
        id="attended-training-is-not-courses-held"),
    pytest.param(
        "http://www.example-sx.gov.cn/bmxxgk/nyncj/xxgknb/content/post_1558001.html",
        "某县农业农村局2021年政府信息公开工作年度报告", 2021,
        ["一、总体情况",
         "3.政府信息管理。我局明确主要领导为政务公开工作主要负责人，明确工作机构、配备了4个工作人员。"],
        {"org.staff_total": (4, NOFLAG)}, [],
        id="staff-total-ge-gongzuorenyuan"),
    pytest.param(
        "http://www.example-jz.gov.cn/gongkai/site_jd/doc_5fd87f971e1445b698ca0001.html",
        "某街道2019年政府信息公开工作年度报告", 2019,
        ["一、总体情况",
         "（二）政府信息依申请公开情况",
         "2019年度街道受理信息公开申请0件。",
         "（四）人员情况",
         "2019年度街道共有专职信息人员3名，负责信息报送、网站公开及维护。"],
        {"apply.received.total": (0, NOFLAG), "org.staff_fulltime": (3, NOFLAG)}, [],
        id="staff-fulltime-zhuanzhi-xinxi-renyuan"),
    pytest.param(
        "https://www.example-qsq2.gov.cn/zfbm/jd/zfxxgkgzndbg/202601/t20260113_2710002.shtml",
        "某街道2025年政府信息公开工作年度报告", 2025,
        ["一、总体情况",
         "（一）主动公开情况：2025年主动公开政务信息48条。",
         "二、主动公开政府信息情况",
         "2025年，本机关未制定规章、行政规范性文件；办理行政许可办件量2870件，行政处罚案件16件、行政强制案件0件；"
         "行政事业性收费为0。"],
        # Not read (spec 2.1/2.5): the section 二 keys are the grid's 本年处理决定数量; a prose 办件量 (cases handled) or
        # 行政处罚案件 count is not stated as decisions, and spec 2.5 lists no prose phrase for them (precision first).
        {"active.items_total": (48, NOFLAG)}, [("active.permit.decisions", None), ("active.penalty.decisions", None)],
        id="section2-written-as-prose"),
    pytest.param(
        "http://www.example-ms2.gov.cn/xxgk/content.jsp?wbnewsid=1143002",
        "某市人力资源和社会保障局2023年政府信息公开工作年度报告", 2023,
        ["一、总体情况",
         "（二）依申请公开情况。2023年，我局收到政府信息公开申请7件，均为自然人网上申请，办结7件。"],
        {"apply.received.total": (7, NOFLAG), "apply.closed.total": (7, NOFLAG)}, [],
        id="closed-banjie-without-yi"),
    pytest.param(
        "http://www.example-jz2.gov.cn/art/2023/1/18/art_1229619120_59660002.html",
        "某镇2022年政府信息公开工作年度报告", 2022,
        ["一、总体情况",
         "（一）主动公开。主动公开政府信息44条。",
         "六、其他需要报告的事项",
         "本年度共办理人大代表建议8件、政协委员提案5件，办理结果均已公开。"],
        {"proposal.npc_published": (8, NOFLAG), "proposal.cppcc_published": (5, NOFLAG)}, [],
        id="section6-proposals-handled-and-published"),
]


@pytest.mark.parametrize("url,title,year,paras,expected,forbidden", TEXT_CASES)
def test_text_facts(url, title, year, paras, expected, forbidden):
    paras = [PERIOD.format(y=year)] + paras
    r = _run(url, title, paras, meta=_meta(date=f"{year + 1}-01-20"))
    assert r.year == year
    for key, (value, flag) in expected.items():
        got = _text_facts(r, key)
        assert got, f"no text fact {key}; text facts: {[(f.key, f.value) for f in r.facts if f.source == 'text']}"
        match = [f for f in got if f.value == value]
        assert match, f"{key}: expected {value}, got {[f.value for f in got]}"
        if flag is not ANY:
            assert match[0].value_flag == flag, f"{key}: flag {match[0].value_flag!r}, expected {flag!r}"
    for key, value in forbidden:
        got = _text_facts(r, key)
        if value is None:
            assert not got, f"unexpected {key}: {[f.value for f in got]}"
        else:
            assert all(f.value != value for f in got), f"{key} read as {value} from a statement that is not it"


# ---------------------------------------------------------------------------------------------------------
# Metadata: agency, agency_type, year, template, published, mirror flags.
# ---------------------------------------------------------------------------------------------------------

BODY_2022 = [
    "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
    "一、总体情况",
    "（一）主动公开情况。2022年，主动公开政府信息41条。",
    "（二）依申请公开情况。2022年未收到政府信息公开申请。",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "信息更新不够及时。",
    "六、其他需要报告的事项",
    "无其他需要报告的事项。",
]


def _body(year: int) -> list[str]:
    return [p.replace("2022", str(year)) for p in BODY_2022]


META_CASES = [
    pytest.param(
        dict(url="http://jw.example-tj.gov.cn/25074/25162/37354/39001/index.htm",
             title="2022年政府信息公开工作年度报告", year=2022,
             lead="<p>某江县松林镇人民政府</p><p>2022年政府信息公开工作年度报告</p>",
             meta=_meta(date="2023-01-18")),
        dict(agency_type="township", year=2022, template="t2021", published="2023-01-18",
             agency_contains="松林镇"),
        id="meta-bare-title-agency-on-next-line"),
    pytest.param(
        dict(url="http://www.example-xl.gov.cn/columns/bad1076f/202301/30/1679499a.html",
             title="马庄铺镇人民政府2022年度政府信息公开工作年度报告", year=2022,
             meta=_meta(agency="马庄铺镇人民政府", date="2023-01-30")),
        dict(agency="马庄铺镇人民政府", agency_type="township", year=2022, template="t2021", title_year=True),
        id="meta-town-government"),
    pytest.param(
        dict(url="https://www.example-hc.gov.cn/hcxxxgk/zcx/202101/157a95c3e64f41039bb3be0001.shtml",
             title="中溪乡2020年政府信息公开工作年度报告", year=2020,
             meta=_meta(date="2021-01-22")),
        dict(agency="中溪乡", agency_type="township", year=2020, template="t2019", published="2021-01-22"),
        id="meta-township-2020-t2019"),
    pytest.param(
        dict(url="http://xxgk.example-gp.gov.cn/xzjd/dcjd/zfxxgknb/202201/t20220118_1540001.shtml",
             title="西城街街道办事处2021年政府信息公开工作年度报告", year=2021,
             meta=_meta(agency="西城街街道办事处", date="2022-01-18")),
        dict(agency="西城街街道办事处", agency_type="township", year=2021, template="t2021"),
        id="meta-street-office-2021"),
    pytest.param(
        dict(url="http://www.example-ts.gov.cn/info/13951/728001.htm",
             title="某水县教育局2023年度政府信息公开工作年度报告", year=2023,
             meta=_meta(agency="教育局", date="2024-01-29", index="jiaoyuju/2024-00011")),
        dict(agency="某水县教育局", agency_type="department", year=2023, template="t2021",
             published="2024-01-29"),
        id="meta-county-education-bureau"),
    pytest.param(
        dict(url="http://www.example-jd.gov.cn/art/2019/3/25/art_1229404637_26001.html",
             title="某东区市场监督管理局2018年度政府信息公开工作报告", year=2018,
             meta=_meta(agency="区市场监督管理局", date="2019-03-25",
                        index="11330703307522110T/2019-45001")),
        dict(agency="某东区市场监督管理局", agency_type="department", year=2018, template="e2014"),
        id="meta-dept-2018-e2014-gongzuo-baogao"),
    pytest.param(
        dict(url="https://www.example-hh.gov.cn/info/3981/209001.htm",
             title="某口县卫生健康局2022年政府信息公开工作年度报告", year=2022,
             meta=_meta(agency="某口县卫生健康局", date="2023-01-19", index="000014348/2023-00132")),
        dict(agency="某口县卫生健康局", agency_type="department", year=2022, template="t2021",
             published="2023-01-19"),
        id="meta-county-health-bureau"),
    pytest.param(
        dict(url="http://www.example-sy2.gov.cn/art/2025/1/21/art_1229351223_4209001.html",
             title="2024年度市场监管局政府信息公开报告", year=2024,
             meta=_meta(agency="区市场监管局", date="2025-01-21", index="002590956/2025-00308")),
        dict(agency_type="department", year=2024, template="t2021", published="2025-01-21"),
        id="meta-year-first-short-title"),
    pytest.param(
        dict(url="https://cqstl.example.gov.cn/bm/qcgj/zfxxgknb/202101/t20210121_8796001.html",
             title="重庆市某梁区城市管理局2020年政府信息公开工作年度报告", year=2020,
             meta=_meta(date="2021-01-21")),
        dict(agency="重庆市某梁区城市管理局", agency_type="department", year=2020, template="t2019"),
        id="meta-district-cityadmin-2020"),
    pytest.param(
        dict(url="http://www.example-gb.gov.cn/ws/gbz/zfxxgknb/202401/t20240125_12860001.html",
             title="重庆市秀山土家族苗族自治县某田镇人民政府2023年政府信息公开工作年度报告", year=2023,
             meta=_meta(date="2024-01-25"), encoding="gbk"),
        dict(agency="重庆市秀山土家族苗族自治县某田镇人民政府", agency_type="township", year=2023,
             template="t2021"),
        id="meta-long-autonomous-county-town-gbk"),
    pytest.param(
        dict(url="http://www.example-hz.gov.cn/ShowInfo.php?classid=174&id=7001",
             title="前锋区教育局2020年政府信息公开工作年度报告", year=2020,
             meta="<div class='info'>发布者：区教体局 发布日期：2021-01-19 14:36:15 浏览次数：1943</div>"),
        dict(agency="前锋区教育局", agency_type="department", year=2020, template="t2019",
             published="2021-01-19"),
        id="meta-publisher-line-with-time"),
    pytest.param(
        dict(url="https://www.example-hk2.gov.cn/wjw/zfxxgknb/202301/t20230105_5900002.html",
             title="2022年某口县卫生健康委员会信息公开年报", year=2022, meta=_meta(date="2023-01-05")),
        dict(agency="某口县卫生健康委员会", agency_type="department", year=2022, template="t2021"),
        id="meta-year-first-nianbao-title"),
    pytest.param(
        dict(url="http://www.example-ts2.gov.cn/info/13951/728002.htm",
             title="某水县教育局2023年度政府信息公开工作年度报告", year=2023, garble_period=True,
             meta=_meta(agency="教育局", date="2024-01-29")),
        dict(agency_type="department", year=2023, template="t2021"),
        id="meta-garbled-period-year-from-title"),
    # --- discrepancies --------------------------------------------------------------------------------
    pytest.param(
        dict(url="http://www.example-ltn.gov.cn/info/1315/16001.htm",
             title="某潭县卫生健康局 2022年度政府信息公开工作的报告", year=2022,
             meta="<div class='info'>时间：2023-02-01 作者： 点击数：</div>"),
        dict(agency="某潭县卫生健康局", agency_type="department", year=2022, published="2023-02-01"),
        id="meta-title-gongzuo-de-baogao-with-space"),
    pytest.param(
        dict(url="http://www.example-yh2.gov.cn/zwgk/zfxxgknb/2023/bm/202401/t20240126_4590001.html",
             title="某洪区教育局2023年政府信息公开工作年度报告", year=2023,
             meta="<div class='laiyuan'>区教育局</div><div class='date'>2024年01月26日来源：某洪区教育局</div>"),
        dict(agency="某洪区教育局", agency_type="department", year=2023, published="2024-01-26"),
        id="meta-published-cn-date-glued-to-laiyuan"),
    pytest.param(
        dict(url="https://www.example-mh.gov.cn/html/12927/413001.html",
             title="县教育局2023年政府信息公开工作年度报告", year=2023,
             meta="<div class='xl-info'><span>发布机构：某和县教育局</span><span>发布日期：2024-01-25</span></div>"),
        dict(agency_type="department", year=2023, published="2024-01-25"),
        id="meta-published-adjacent-spans"),
    pytest.param(
        dict(url="http://changtu.example.gov.cn/zwgk/zfxxgknb/2023/index_2024013110470001.html",
             title="某图县七家堡镇2023年政府信息公开 工作告年度报", year=2023,
             meta="<div class='src'>来源：某图县人民政府办公室 时间：2024-01-31</div>"),
        dict(agency_type="township", year=2023, published="2024-01-31", agency_contains="七家堡镇"),
        id="meta-garbled-title-town-not-uploader-office"),
    pytest.param(
        dict(url="http://whentby.example.com/html/HCS/202401/0170495898060001.html",
             title="uedbet体育_uedbet官网@：西河镇人民政府2023年政府信息公开工作年度报告", year=2023,
             meta=_meta(date="2024-01-15")),
        dict(agency="西河镇人民政府", agency_type="township", year=2023, is_mirror=True),
        id="meta-spam-mirror-brand-not-in-agency"),
    pytest.param(
        dict(url="http://kimburkhardt.example.com/tzqscjgj/xxgknb/content/6feba04e-0002.html",
             title="通州區市場監督管理局2024年政府信息公開工作年度報告", year=2024, traditional=True,
             meta=_meta(date="2025-01-16")),
        dict(agency="通州区市场监督管理局", agency_type="department", year=2024, is_mirror=True,
             script="traditional"),
        id="meta-traditional-mirror-dept"),
]


def _to_traditional(paras: list[str]) -> list[str]:
    table = str.maketrans({"报": "報", "数": "數", "据": "據", "统": "統", "计": "計", "总": "總", "体": "體",
                           "况": "況", "动": "動", "开": "開", "门": "門", "请": "請", "问": "問", "题": "題",
                           "进": "進", "条": "條", "关": "關", "项": "項", "复": "復", "议": "議", "讼": "訟",
                           "处": "處", "为": "為", "收": "收", "无": "無", "应": "應", "专": "專", "发": "發"})
    return [p.translate(table) for p in paras]


@pytest.mark.parametrize("page,expected", META_CASES)
def test_metadata(page, expected):
    paras = _body(page["year"])
    if page.get("garble_period"):
        y = page["year"]
        paras[0] = f"报告中所列数据统计期限为 {y} 11日到1231日。"
        paras[2] = f"{y - 1}年，我局认真贯彻落实信息公开工作要求，主动公开政府信息41条。"
    if page.get("traditional"):
        paras = _to_traditional(paras)
    r = _run(page["url"], page["title"], paras, meta=page["meta"], encoding=page.get("encoding", "utf-8"),
             lead=page.get("lead", ""))
    assert r.year == expected["year"]
    assert r.agency_type == expected["agency_type"], (r.agency, r.agency_type)
    if "agency" in expected:
        assert r.agency == expected["agency"]
    if "agency_contains" in expected:
        assert r.agency and expected["agency_contains"] in r.agency, r.agency
    if "template" in expected:
        assert r.template == expected["template"]
    if "published" in expected:
        assert r.published == expected["published"]
    if "is_mirror" in expected:
        assert r.is_mirror is expected["is_mirror"], r.mirror_reason
    if "script" in expected:
        assert r.script == expected["script"]
    if expected.get("title_year"):
        assert r.title and str(expected["year"]) in r.title


# ---------------------------------------------------------------------------------------------------------
# Sections: the six headings of a town report with sub-heads under 一 (spec 1(c)).
# ---------------------------------------------------------------------------------------------------------


def test_sections_town_t2021_five_subheads():
    paras = [
        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        "一、总体情况",
        "（一）主动公开",
        "2023年度我乡新增主动公开政府信息58条。",
        "（二）依申请公开",
        "2023年度我乡未收到政府信息公开申请。",
        "（三）政府信息管理",
        "严格执行信息公开审查制度。",
        "（四）政府信息公开平台建设",
        "加强平台管理。",
        "（五）监督保障",
        "落实责任追究制度。",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "信息发布的及时性有待提高。",
        "六、其他需要报告的事项",
        "本机关未收取信息处理费。",
    ]
    r = _run("https://www.example-yj.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003014001&fbtime=2023",
             "溪口乡2023年政府信息公开工作年度报告", paras, meta=_meta(date="2024-01-22"))
    top = [(s.number, s.title) for s in r.sections if s.number in "一二三四五六" and s.number]
    assert [n for n, _ in top] == ["一", "二", "三", "四", "五", "六"]
    assert top[0][1] == "总体情况"
    assert top[5][1] == "其他需要报告的事项"
    subs = [s.title for s in r.sections if s.number.startswith(("（", "("))]
    assert subs[:5] == ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]
    assert r.agency_type == "township"
    items = _text_facts(r, "active.items_total")
    assert [f.value for f in items] == [58]
    fee = _text_facts(r, "fee.info_processing")
    assert fee and fee[0].value == 0 and fee[0].value_flag == "wu"
