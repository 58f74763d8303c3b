"""Black-box probe: real report shapes must never be taken for "no report on this page", and multi-page captures
with one junk part (challenge, login, busy, empty, soft 404, redirect shell, HTML error for a .pdf) must keep the
report intact.

Part A documents are written in our own words after the shapes of real published reports (county, township,
department, e2008 prose, short reports, reports cut early, traditional mirrors, an English edition): same sentence
patterns and key words, different names and numbers.
Part B joins a real-looking report page with a page or attachment that is not a report.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

NO_REPORT = "no report on this page"
UTF8 = {"content-type": "text/html; charset=utf-8"}


def _rows(rows: list[list[str]]) -> str:
    out = []
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>")
    return '<table border="1" cellspacing="0" class="MsoNormalTable">' + "".join(out) + "</table>"


def _content(blocks: list) -> str:
    parts = []
    for b in blocks:
        if isinstance(b, list):
            parts.append(_rows(b))
        else:
            parts.append(f'<p style="text-indent:2em">{b}</p>')
    return "".join(parts)


def trs_page(title: str, blocks: list, date: str, agency: str = "办公室") -> bytes:
    """A TRS-style 政府信息公开 page: metadata table, h1 title, TRS_Editor body."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_政府信息公开</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 09:30"></head>
<body><div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a>
<a href="/hdjl/">互动交流</a> <span>无障碍</span> <span>长者版</span></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>11330000MB1234567X/{date[:4]}-00021</td>
<td>发布机构：</td><td>{agency}</td></tr><tr><td>发布日期：</td><td>{date}</td><td>文号：</td><td></td></tr></table>
<h1 class="title">{title}</h1>
<div class="info">发布日期：{date} 来源：{agency} 字号：[ 大 中 小 ] 打印 关闭</div>
<div class="TRS_Editor">{_content(blocks)}</div>
<div class="share">分享到：微信 微博</div>
<div class="footer">主办单位：人民政府办公室 网站标识码：3301000001 浙ICP备05001234号 公网安备 33010002000001号</div>
</body></html>""".encode()


def jcms_page(title: str, blocks: list, date: str) -> bytes:
    """A 大汉 JCMS-style article page (art/YYYY/M/D/art_x_y.html) with div#zoom."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div id="header"><ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/col/col1/">信息公开</a></li></ul></div>
<div class="position">您当前所在位置：首页 &gt; 乡镇信息公开 &gt; 政务信息公开年报</div>
<div class="article"><div class="tit">{title}</div>
<div class="sub">发布时间：{date} 信息来源：本站 访问量：<span id="c">1024</span></div>
<div id="zoom">{_content(blocks)}</div></div>
<div id="footer">版权所有：人民政府 地址：人民路1号 技术支持：大汉网络</div></body></html>""".encode()


def old_gbk_page(title: str, blocks: list, date: str) -> bytes:
    """A 2010-era table-layout page served in GBK, with <br> paragraphs."""
    text = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{b}<br>" for b in blocks)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title></head><body>
<table width="980" align="center"><tr><td><img src="/images/banner.jpg"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a></td></tr></table>
<table width="980" align="center"><tr><td width="200" valign="top"><a href="/a/">机构概况</a><br>
<a href="/b/">法规文件</a><br><a href="/c/">计划总结</a></td><td valign="top">
<table width="100%"><tr><td class="title" align="center"><b>{title}</b></td></tr>
<tr><td align="center">发布时间：{date} 点击数：<span id="hits">318</span></td></tr>
<tr><td class="content">{text}</td></tr></table></td></tr></table>
<table width="980" align="center"><tr><td align="center">版权所有：人民政府 技术支持：信息中心</td></tr></table>
</body></html>"""
    return html.encode("gb18030")


def spam_mirror_page(title: str, blocks: list, date: str) -> bytes:
    """A copy of a report on a non-government host wrapped in gambling-site chrome."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}-官方网站登录入口</title></head><body>
<div class="top">首页 | 手机APP下载 | 在线客服 | 注册送礼金</div>
<div class="main"><h2>{title}</h2><div class="time">{date}</div>
<div class="con">{_content(blocks)}</div></div>
<div class="foot">Copyright © 官方网站 All Rights Reserved</div></body></html>""".encode()


def wiki_mirror_page(title: str, blocks: list) -> bytes:
    """A traditional-script encyclopedia copy of a report (Taiwan-hosted wiki mirror)."""
    return f"""<!DOCTYPE html>
<html lang="zh-Hant"><head><meta charset="utf-8"><title>{title} - 百科知識</title></head><body>
<div class="header">百科知識 首頁 | 分類 | 熱門詞條</div>
<h1 class="entry-title">{title}</h1><div class="toc">目錄</div>
<div class="entry">{_content(blocks)}</div>
<div class="footer">本站內容來自網友上傳，如有侵權請聯繫刪除</div></body></html>""".encode()


T20_TABLE = [
    ["第二十条第（一）项", "", "", ""],
    ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章", "0", "0", "0"],
    ["规范性文件", "3", "3", "11"],
]
T21_TABLE = [
    ["第二十条第（一）项", "", "", ""],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章", "0", "0", "0"],
    ["行政规范性文件", "2", "0", "9"],
]

# (url, builder, title, blocks, date, year, template, script, facts)
A = [
    pytest.param(
        "http://www.zc.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370883MB0001&fbtime=2020", "trs",
        "石桥镇2020年政府信息公开工作年度报告",
        ["根据《中华人民共和国政府信息公开条例》和有关通知要求，石桥镇政府编制本年度报告。数据统计时限为2020年1月1日至"
         "2020年12月31日。", "一、总体情况",
         "（二）主动公开政府信息统计。2020年，我镇通过网站主动公开政府信息共64条，其中工作动态38条，通知公告7条。"],
        "2021-01-22", 2020, "t2019", "simplified", {"active.items_total": 64}, id="town-2020-jsp-annualreport-count"),
    pytest.param(
        "http://www.hc.gov.cn/hcxxgk/hc1560/202101/3b1c.shtml", "jcms", "上坪乡2020年政府信息公开工作年度报告",
        ["上坪乡2020年政府信息公开工作年度报告（以下简称年报）根据条例和省、市、县有关文件规定编制。",
         "一、总体情况", "全年在门户网站主动公开政府信息180余条。", "二、主动公开政府信息情况", T20_TABLE],
        "2021-01-19", 2020, "t2019", "simplified", {}, id="township-2020-yu-count-and-art20-table"),
    pytest.param(
        "http://rc.gov.cn/jz/shz/zwgk/zfxxgknb/202101/t20210127_100.html", "trs", "石河镇2020年政府信息公开工作年度报告",
        ["现将2020年度政府信息公开工作报告公布如下（本报告所列数据统计期限自2020年1月1日起至2020年12月31日止）：",
         "一、总体情况", "2020年，我镇未收到依申请公开请求；未发生因政府信息公开引发的行政复议或行政诉讼。"],
        "2021-01-27", 2020, "t2019", "simplified", {}, id="town-2020-no-requests-prose"),
    pytest.param(
        "https://www.hk.gov.cn/sxx/zfxxgknb/202101/t20210115_200.html", "trs", "湖东县马垅乡2020年政府信息公开工作年度报告",
        ["现将我乡2020年政府信息公开年度报告有关情况报告如下：内容包括总体情况、政府信息公开工作情况、存在的问题及整改措施"
         "三部分。报告统计数据时限为2020年1月1日至2020年12月31日。", "一、总体情况",
         "截止2020年底，我乡政府信息公开工作运转正常。"],
        "2021-01-15", 2020, "t2019", "simplified", {}, id="township-2020-no-numbers-cut-early"),
    pytest.param(
        "http://www.zb.gov.cn/gongkai/site_x/doc_6096.html", "trs", "北埠镇人民政府2020年政府信息公开工作年度报告",
        ["本报告中所列数据的统计期限自2020年1月1日起至202020年12月31日止。", "一、总体情况",
         "北埠镇2020年度累计主动公开政府信息37条，依申请公开0件，配发解读材料2件。"],
        "2021-01-30", 2020, "t2019", "simplified", {"active.items_total": 37}, id="town-2020-typo-in-period"),
    pytest.param(
        "http://www.ws.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=113708&fbtime=2020", "trs",
        "韩庄镇2020年政府信息公开工作年度报告",
        ["一、工作基本情况", "本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。",
         "三、收到和处理政府信息公开申请情况",
         [["一、本年新收政府信息公开申请数量", "2", "0", "0", "0", "0", "0", "2"],
          ["二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"]]],
        "2021-01-25", 2020, "t2019", "simplified", {}, id="town-2020-section3-table-cut"),
    pytest.param(
        "http://www.lt.gov.cn/art/2020/12/28/art_6924_13724.html", "jcms", "下营乡2020年政府信息公开工作报告",
        ["现将2020年政府信息公开工作报告如下：", "一、2020年政务公开工作完成情况及成效",
         "1、主动公开政府信息。2020年，我乡共主动公开政府信息190余条，在村公示栏公开政府相关工作40余次。",
         "2、政府信息依申请公开情况。2020年，未收到公众申请要求公开的政府信息。"],
        "2020-12-28", 2020, "t2019", "simplified", {}, id="township-2020-published-december"),
    pytest.param(
        "http://www.example-hth.com/sitesources/page_pc/zfxxgknb/article4f.html", "spam",
        "2011年政府信息公开年度报告",
        ["依据《中华人民共和国政府信息公开条例》有关规定，政府办公室编制本年度报告。本年度报告中所列数据的统计期限为"
         "2011年1月1日至2011年12月31日。", "一、基本情况概述", "我县始终高度重视政府信息公开工作。"],
        "2012-03-01", 2011, "e2008", "simplified", {}, id="e2008-county-on-spam-mirror"),
    pytest.param(
        "http://www.gf.gov.cn/qzfb/gkmb/201204/91b5.shtml", "trs", "丰城县2011年政府信息公开年度报告",
        ["县政府信息办编制了丰城县2011年政府信息公开年度报告。本报告中所列数据的统计期限自2011年1月1日起至2011年12月"
         "31日止。", "一、概述", "2011年是《条例》实施的第三年，我县高度重视信息公开工作。"],
        "2012-04-05", 2011, "e2008", "simplified", {}, id="e2008-county-2011-prose"),
    pytest.param(
        "http://admin.yz.gov.cn:8888/sp/gknb/201203/e671.shtml", "trs", "双河县2011年政府信息公开工作年度报告",
        ["编注：本年报由双河县政务公开领导小组办公室编制。本年报中所列数据的统计期限自2011年1月1日，至2011年12月31日止。",
         "一 、概 述", "1.组织机构建设工作：2011年，我县召开政府常务会议专题研究政务公开工作。"],
        "2012-03-10", 2011, "e2008", "simplified", {}, id="e2008-county-bianzhu-nianbao"),
    pytest.param(
        "https://www.ls.gov.cn/cms/html/lsszf/2013-01-25/17791.html", "trs", "林山市2012年政府信息公开工作年度报告",
        ["本报告由林山市人民政府信息公开工作领导小组办公室汇总各县（市、区）情况编制而成。本报告中所列数据的统计时限自"
         "2012年1月1日至2012年12月31日。", "一、概述", "2012年的林山市政府信息公开工作有序稳步推进。"],
        "2013-01-25", 2012, "e2008", "simplified", {}, id="e2008-city-2012-compiled"),
    pytest.param(
        "http://www.qa.gov.cn/xjwz/zwgk/zfxxgknb/201701/t20170112_1.htm", "trs", "青安区2016年政府信息公开工作年度报告",
        ["本报告由青安区人民政府信息公开办编制。本报告统计数据从2016年1月1日至2016年12月31日止。", "一、概述",
         "2016年，我区政府认真贯彻落实《条例》，全面做好政府信息公开工作。"],
        "2017-01-12", 2016, "e2014", "simplified", {}, id="e2014-district-2016-prose"),
    pytest.param(
        "https://www.example-lf.com/html/265557.html", "spam", "南州市人民政府2016年政府信息公开工作年度报告",
        ["南州市人民政府2016年", "政府信息公开工作年度报告", "南州市人民政府办公室", "2017年3月",
         "本年度报告中使用数据统计期限为2016年1月1日至12月31日。", "一、概述"],
        "2017-03-20", 2016, "e2014", "simplified", {}, id="e2014-city-cover-then-intro-mirror"),
    pytest.param(
        "http://pub.ja.gov.cn/bmgkxx/tjj/201703/t20170301_9863.htm", "trs", "东安市统计局2016年政府信息公开工作年度报告",
        ["本报告是由东安市统计局编制的2016年度政府信息公开工作年度报告。本报告所列的统计数据仅为市统计局本级的信息公开数，"
         "其中，“2016年度数”是指2016年1月1日至2016年12月31日发布的信息数量。", "一、概述",
         "2016年，我局认真贯彻落实《条例》规定。"],
        "2017-03-01", 2016, "e2014", "simplified", {}, id="e2014-department-nian-du-shu"),
    pytest.param(
        "https://www.dx.gov.cn/zwfw/zfxxgk/2016n/qzfbm28/7343/index.html", "trs", "北城区统计局2016年度政府信息公开年度报告",
        ["本报告是根据《中华人民共和国政府信息公开条例》要求，由北城区统计局编制的2016年度政府信息公开年度报告。",
         "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。", "一、概述", "组织机构健全。"],
        "2017-03-15", 2016, "e2014", "simplified", {}, id="e2014-department-2016-short"),
    pytest.param(
        "https://wiki.example.com.tw/wiki/2012年某海市政府信息公開工作年度報告", "wiki",
        "2012年某海市政府信息公開工作年度報告",
        ["一、概述", "2012年度報告根據《中華人民共和國政府信息公開條例》的要求，由市政府辦公廳綜合各區縣和市級機關的年度"
         "報告編制而成。本年度報告中所列數據的統計期限從2012年1月1日到12月31日止。"],
        None, 2012, "e2008", "traditional", {}, id="traditional-wiki-mirror-2012"),
    pytest.param(
        "https://wiki2.example.com.tw/wiki/2009某海市政府信息公開工作年度報告", "wiki",
        "2009某海市政府信息公開工作年度報告",
        ["一、概述", "公開透明是服務政府的重要標誌。2009年，本市各級政府部門堅持以公開為原則、不公開為例外，"
         "政府信息公開各項工作取得了新進展。"],
        None, 2009, "e2008", "traditional", {}, id="traditional-wiki-mirror-2009-no-period"),
    pytest.param(
        "http://tp.example.com/xwzx/ztzl/zfxxgknb/2022/gzj/jzljd/63d4.html", "spam", "建设路街道2022年政府信息公开工作年度报告",
        ["本年度报告由建设路街道办事处编制，报告中所涉及的数据核定时间点为2022年12月31日。", "一、总体情况",
         "（二）依申请公开情况。2022年，建设路街道共接收政府信息公开申请0件。"],
        "2023-01-10", 2022, "t2021", "simplified", {}, id="t2021-street-hedingshijian-mirror"),
    pytest.param(
        "http://www.example3333.com/xwzx/ztzl/zfxxgknb/2022/gzj/jzljd/1.html", "spam", "建设路街道2022年政府信息公開工作年度報告",
        ["本年度報告由建設路街道辦事處編制，報告中所涉及的數據核定時間點為2022年12月31日。", "一、總體情況",
         "（二）依申請公開情況。2022年，建設路街道共接收政府信息公開申請0件。"],
        "2023-01-10", 2022, "t2021", "traditional", {}, id="t2021-street-traditional-spam-mirror"),
    pytest.param(
        "http://xl.gov.cn/zwgk/xxgknb/2022n/202301/t20230117_9836.html", "trs", "新河街道办事处2022年度 政府信息公开工作年度报告",
        ["报告中所列数据统计期限自2022年1月1日始至2022年12月31日止。", "一、总体情况",
         "1、主动公开：2022年我街道主动向社会公开政策文件、工作动态等信息1260条。"],
        "2023-01-17", 2022, "t2021", "simplified", {"active.items_total": 1260}, id="t2021-street-space-in-title"),
    pytest.param(
        "http://dl.gov.cn/hebdlq/c111239/202301/c01_8687.shtml", "trs", "道外区经纬街道办事处2022年政府信息公开工作年度报告",
        ["本年度报告所列数据统计期限为2022年1月1日至2022年12月31日。", "一、总体情况",
         "（一）主动公开。街道以服务群众为导向，进一步加大政务公开力度。",
         "（二）依申请公开。2022年经纬街道办事处未接收到依申请公开。"],
        "2023-01-12", 2022, "t2021", "simplified", {}, id="t2021-street-no-numbers"),
    pytest.param(
        "http://jlp.gov.cn/bmjz/sljd/zfxxgknb/202301/t20230130_1154.html", "trs", "石林街道办事处2022年政府信息公开工作年度报告",
        ["本报告信息数据统计期限为：2022年1月1日-2022年12月31日。", "一、总体情况", "（一）主动公开情况",
         "全年通过区政府信息公开网站共公开信息227条。", "二、主动公开政府信息情况", T21_TABLE],
        "2023-01-30", 2022, "t2021", "simplified", {}, id="t2021-street-2021-table-header"),
    pytest.param(
        "http://www.yw.gov.cn/art/2023/1/11/art_1229_40522.html", "jcms", "义安市廿八里街道办事处2022年政府信息公开工作年度报告",
        ["本报告所列数据的统计期限为2022年1月1日至12月31日。", "一、总体情况", "（二）依申请公开",
         "2022年，廿八里街道共收到信息公开申请9件，上年度结转2件；予以公开5件，无法提供5件，结转下年继续办理1件。"],
        "2023-01-11", 2022, "t2021", "simplified", {}, id="t2021-street-prose-outcomes"),
    pytest.param(
        "https://www.ft.gov.cn/bmxx/hfjd/zwxxgk/xxgknb/content/post_1038.html", "trs",
        "2022年某区华安街道办事处政府信息公开工作年度报告",
        ["一、总体情况", "2022年，我街道认真贯彻《中华人民共和国政府信息公开条例》。",
         "我街道2022年主动公开政府信息共276条。本年度未发生有关政府信息公开事务的行政复议和行政诉讼。"],
        "2023-01-16", 2022, "t2021", "simplified", {"active.items_total": 276}, id="t2021-street-no-period-sentence"),
    pytest.param(
        "https://www.example-assoc.org.cn/doc/2025/01/24/3678.shtml", "trs", "国家某某委2024年政府信息公开工作年度报告",
        ["根据《中华人民共和国政府信息公开条例》第五十条规定，编制本年度报告。本报告中所列数据的统计期限自2024年1月1日起"
         "至12月31日止。", "一、总体情况", "（二）依申请公开工作情况。", "2024年，共收到政府信息公开申请862件。"],
        "2025-01-24", 2024, "t2021", "simplified", {}, id="t2021-ministry-2024-on-association-site"),
    pytest.param(
        "http://www.dr.gov.cn/dr/bmxxgknb/202003/a6f1.shtml", "trs", "得县卫生健康局2019年政府信息公开工作年度报告",
        ["得县卫生健康局", "2019年政府信息公开工作年度报告", "一、总体情况", "2019年度完成政府信息公开214条。"],
        "2020-03-10", 2019, "t2019", "simplified", {}, id="t2019-department-title-split-in-body"),
    pytest.param(
        "http://wjw.hs.gov.cn/xxgk_21/gknb/202003/t20200314_6126.html", "trs", "黄山市卫健委2019年政府信息公开工作年度报告",
        ["目录", "一、总体情况", "2019年，黄山市卫健委认真贯彻条例。截至2019年12月31日，未收到政府信息公开申请。"],
        "2020-03-14", 2019, "t2019", "simplified", {}, id="t2019-department-toc-then-overview"),
    pytest.param(
        "http://www.my.gov.cn/public/column/601?type=3&nav=3&timeFrame=2020", "trs", "2020年卫生健康委员会政府信息公开工作年度报告",
        ["2020年，我委严格按照《政府信息公开条例》的要求开展政府信息公开工作并编制本报告。本年报中所列数据的统计期限自"
         "2020年1月1日至12月31日。"],
        "2021-01-08", 2020, "t2019", "simplified", {}, id="t2019-department-only-intro-captured"),
    pytest.param(
        "https://m.example.com/wsjkw/xxgknb/2019/03/25/c026.shtml", "trs", "某省卫生健康委员会2018年政府信息公开工作年度报告",
        ["一、概述", "2018年，我委按照国家和省关于政务公开工作的安排部署，进一步完善政府信息公开工作机制。"],
        "2019-03-25", 2018, "e2014", "simplified", {}, id="e2014-department-2018-mobile-mirror"),
    pytest.param(
        "http://www.example.gov.cn/zwgk/xxgknb/202201/t20220112_1.html", "trs", "青石镇2021年政府信息公开工作年度报告",
        ["2021年，我镇主动公开政府信息42条，未收到政府信息公开申请。"],
        "2022-01-12", 2021, "t2021", "simplified", {"active.items_total": 42}, id="short-one-sentence-report"),
    pytest.param(
        "http://www.xx.gov.cn/zwgk/slj/201103/t20110318_1.html", "gbk", "某县水务局2010年政府信息公开工作年度报告",
        ["按照县政府的统一部署，现将我局2010年度有关情况报告如下。", "一、概述", "2010年我局明确了分管领导和经办人员。",
         "二、主动公开情况", "全年主动公开各类信息53条。"],
        "2011-03-18", 2010, "e2008", "simplified", {"active.items_total": 53}, id="e2008-old-table-layout-gbk"),
    pytest.param(
        "http://www.qy.gov.cn/xxgk/nb/201502/t20150210_77.html", "gbk", "某县2014年政府信息公开工作年度报告",
        ["本年度报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。", "一、概述",
         "2014年，全县共主动公开政府信息3126条，受理政府信息公开申请17件。"],
        "2015-02-10", 2014, "e2014", "simplified", {"active.items_total": 3126, "apply.received.total": 17},
        id="e2014-county-gbk-prose-counts"),
]

BUILD = {"trs": trs_page, "jcms": jcms_page, "gbk": old_gbk_page, "spam": spam_mirror_page}


def _build(kind: str, title: str, blocks: list, date: str | None) -> tuple[bytes, dict]:
    if kind == "wiki":
        return wiki_mirror_page(title, blocks), UTF8
    body = BUILD[kind](title, blocks, date)
    return body, ({"content-type": "text/html"} if kind == "gbk" else UTF8)


def _text_facts(report) -> dict[str, float]:
    return {f.key: f.value for f in report.facts if f.source == "text"}


@pytest.mark.parametrize("url,kind,title,blocks,date,year,template,script,facts", A)
def test_real_shapes_are_reports(url, kind, title, blocks, date, year, template, script, facts):
    body, headers = _build(kind, title, blocks, date)
    r = parse_report([Fetched(url, body, headers)])
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert r.year == year
    assert r.template == template
    assert r.script == script
    got = _text_facts(r)
    for key, value in facts.items():
        assert got.get(key) == value, (key, got)


# Pages with no report text of their own, but a report under the title: a picture, a file, a frame, an English edition.
A_OTHER = [
    pytest.param("某县统计局2020年政府信息公开工作年度报告",
                 '<p><img src="/uploads/2021/01/nb2020-1.jpg"></p><p><img src="/uploads/2021/01/nb2020-2.jpg"></p>',
                 2020, True, id="pictures-of-the-report-pages"),
    pytest.param("某县统计局2020年政府信息公开工作年度报告",
                 '<p>附件：<a href="/uploads/2021/01/P020210120.pdf">某县统计局2020年政府信息公开工作年度报告.pdf</a></p>',
                 2020, True, id="report-as-pdf-link-only"),
    pytest.param("某镇2019年政府信息公开工作年度报告",
                 '<iframe src="/pdfjs/web/viewer.html?file=/uploads/nb2019.pdf" width="100%" height="800"></iframe>',
                 2019, True, id="report-in-pdf-viewer-frame"),
    pytest.param("Annual Report on Government Information Disclosure of Xihu District for 2020",
                 "<p>This report is prepared under the Regulations of the People's Republic of China on the Disclosure of"
                 " Government Information. The statistics cover the period from January 1 to December 31, 2020.</p>"
                 "<p>I. Overview</p><p>In 2020 the district proactively disclosed 4,120 pieces of government information"
                 " and received 29 applications for disclosure.</p>",
                 2020, None, id="english-edition"),
]


@pytest.mark.parametrize("title,inner,year,tables_missing", A_OTHER)
def test_report_without_own_text_is_not_no_report(title, inner, year, tables_missing):
    html = f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">信息公开</a></div>
<div class="crumb">首页 &gt; 政府信息公开 &gt; 年度报告</div><h1>{title}</h1>
<div class="meta">发布日期：{year + 1}-01-20</div><div class="article">{inner}</div>
<div class="footer">版权所有 网站标识码1234</div></body></html>"""
    r = parse_report([Fetched("http://www.x.gov.cn/xxgk/nb/art_1.html", html.encode(), UTF8)])
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert r.year == year
    if tables_missing is not None:
        assert r.tables_missing is tables_missing


def test_cover_only_capture_keeps_year():
    """A capture holding only the report's printed cover (title over two lines, issuing office, month): the body
    names the report, so the page is a report page cut early, not a page without a report."""
    title = "某市人民政府2016年政府信息公开工作年度报告"
    body = trs_page(title, ["某市人民政府2016年", "政府信息公开工作年度报告", "某市人民政府办公室", "2017年3月"],
                    "2017-03-20")
    r = parse_report([Fetched("http://www.x.gov.cn/zwgk/nb/201703/t20170320_1.html", body, UTF8)])
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert r.year == 2016


# ---------------------------------------------------------------------------------------------------------------
# Part B: multi-page captures with one part that is not a report page.

REPORT_TITLE = "某区司法局2020年政府信息公开工作年度报告"
U1 = "http://sfj.xq.gov.cn/art/2021/1/28/art_1229_4410.html"
U2 = "http://sfj.xq.gov.cn/art/2021/1/28/art_1229_4410_2.html"


def report_page_1(encoding: str = "utf-8") -> bytes:
    blocks = ["本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。", "一、总体情况",
              "2020年，我局主动公开政府信息168条，其中政策文件12条。",
              "（二）依申请公开。全年共收到政府信息公开申请5件，均已按时答复。"]
    html = trs_page(REPORT_TITLE, blocks, "2021-01-28", agency="区司法局").decode()
    html = html.replace('<div class="share">', '<div class="page">共2页 <a href="art_1229_4410_2.html">下一页</a></div>'
                        '<div class="share">')
    if encoding != "utf-8":
        html = html.replace('<meta charset="utf-8">', f'<meta charset="{encoding}">')
    return html.encode(encoding)


def _doc(title: str, inner: str, charset: str = "utf-8") -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>{inner}'
            "</body></html>").encode(charset)


WAF = _doc("访问被拦截", "<h2>您的访问请求可能对网站造成安全威胁，已被网站防火墙拦截。</h2><p>事件编号：7c1e90ab33</p>"
           "<p>如有疑问请联系网站管理员。</p>")
SAFEDOG = _doc("网站防火墙", "<div>您的请求带有不合法参数，已被网站管理员设置拦截！</div><div>可能原因：您提交的内容包含"
               "危险的攻击请求</div><div>网站安全狗</div>")
LOGIN = _doc("统一身份认证平台", "<form action='/sso/login' method='post'><h3>用户登录</h3>用户名：<input name='u'>"
             "密码：<input type='password' name='p'>验证码：<input name='c'><button>登 录</button></form>"
             "<p>忘记密码？ 立即注册</p>")
BUSY = _doc("提示信息", "<div class='msg'>系统繁忙，请稍后再试！</div><a href='javascript:history.back()'>返回上一页</a>")
BUSY_GBK = _doc("提示信息", "<div class='msg'>系统繁忙，请稍后再试！</div><a href='javascript:history.back()'>返回上一页</a>",
                charset="gbk")
SOFT404 = _doc("页面不存在", "<div class='e404'>抱歉，您访问的页面不存在或已被删除！<span id='s'>5</span>秒后自动跳转到首页"
               "</div>")
RUISHU = (b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
          b"<meta id='9DhefwqGPrzGxEp9hPaoag' content='AbC12xYz'><script type='text/javascript' r='m'>"
          b"$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=41733;$_ts.cd='qEjErrAlqGqq';</script>"
          b"<script type='text/javascript' charset='utf-8' src='/4QbVtADbnLVIc/c.FxJzG50F.3f6b7f4.js' r='m'>"
          b"</script></head><body></body></html>")
JSL = (b"<script>document.cookie=('_')+('_')+('j')+('s')+('l')+('_')+('c')+('l')+('e')+('a')+('r')+('a')+('n')+"
       b"('c')+('e')+('=')+(+new Date())+';max-age=3600;path=/';location.href=location.pathname+location.search"
       b"</script>")
REDIRECT = _doc("", "<meta http-equiv='refresh' content='0;url=/art/2021/1/28/art_1229_4410.html'>"
                "<script>window.location.href='/art/2021/1/28/art_1229_4410.html';</script>正在跳转，请稍候……")
PRINT_URL = "http://sfj.xq.gov.cn/module/print/print.jsp?id=4410"

# (pages as (url, body, status), junk url, distinctive junk phrase or None)
B = [
    pytest.param([(U1, None, 200), (U2, WAF, 200)], U2, "事件编号", id="p2-waf-block-200"),
    pytest.param([(U1, None, 200), (U2, SAFEDOG, 200)], U2, "网站安全狗", id="p2-safedog-block-200"),
    pytest.param([(U1, None, 200), (U2, LOGIN, 200)], U2, "忘记密码", id="p2-login-page"),
    pytest.param([(U1, None, 200), (U2, BUSY, 200)], U2, "系统繁忙", id="p2-system-busy"),
    pytest.param([(U1, None, 200), (U2, b"", 200)], U2, None, id="p2-empty-200"),
    pytest.param([(U1, None, 200), (U2, b"  \r\n\t ", 200)], U2, None, id="p2-whitespace-200"),
    pytest.param([(U1, None, 200), (U2, RUISHU, 202)], U2, "$_ts", id="p2-ruishu-challenge-202"),
    pytest.param([(U1, None, 200), (U2, RUISHU, 200)], U2, "$_ts", id="p2-ruishu-shell-200"),
    pytest.param([(U1, None, 200), (U2, JSL, 200)], U2, "__jsl", id="p2-jiasule-shell-200"),
    pytest.param([(U1, None, 200), (U2, JSL, 521)], U2, "__jsl", id="p2-jiasule-521"),
    pytest.param([(U2, SOFT404, 200), (U1, None, 200)], U2, "页面不存在", id="p1-soft-404-then-report"),
    pytest.param([(U2, WAF, 200), (U1, None, 200)], U2, "事件编号", id="p1-waf-then-report"),
    pytest.param([(U1, None, 200), (PRINT_URL, REDIRECT, 200)], PRINT_URL, "正在跳转", id="print-capture-redirect-shell"),
    pytest.param([(U1, "gbk", 200), (U2, BUSY_GBK, 200)], U2, "系统繁忙", id="gbk-report-p2-busy-gbk"),
]


def _pages(spec):
    out = []
    for url, body, status in spec:
        if body is None or body == "gbk":
            enc = "gbk" if body == "gbk" else "utf-8"
            out.append(Fetched(url, report_page_1(enc), {"content-type": f"text/html; charset={enc}"}, status=status))
        else:
            out.append(Fetched(url, body, UTF8, status=status))
    return out


def _single(encoding: str = "utf-8"):
    return parse_report([Fetched(U1, report_page_1(encoding), {"content-type": f"text/html; charset={encoding}"})])


@pytest.mark.parametrize("spec,junk_url,phrase", B)
def test_junk_part_leaves_report_intact(spec, junk_url, phrase):
    enc = "gbk" if any(b == "gbk" for _, b, _ in spec) else "utf-8"
    alone = _single(enc)
    r = parse_report(_pages(spec))
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert r.year == 2020 and r.template == "t2019"
    got = _text_facts(r)
    assert got.get("active.items_total") == 168
    assert got.get("apply.received.total") == 5
    assert sorted((f.key, f.value, f.source) for f in r.facts) == sorted((f.key, f.value, f.source) for f in alone.facts)
    if phrase:
        assert phrase not in r.body
    assert r.body_hash == alone.body_hash  # the junk part adds nothing to the report's text


@pytest.mark.parametrize("spec,junk_url,phrase", B)
def test_junk_part_is_named_and_not_joined(spec, junk_url, phrase):
    r = parse_report(_pages(spec))
    assert junk_url not in r.part_urls, r.part_urls
    assert U1 in r.part_urls
    assert any(junk_url in e for e in r.errors), r.errors


ERR_PDF = _doc("404 Not Found", "<h1>404 Not Found</h1><p>您访问的文件不存在或已被删除。</p><hr><center>nginx</center>")
LOGIN_PDF = _doc("用户登录", "<h3>请先登录后再下载附件</h3><form><input name='u'><input type='password' name='p'></form>")


def test_pdf_link_answered_with_html_error_keeps_html_report():
    att = Fetched("http://sfj.xq.gov.cn/module/download/downfile.jsp?classid=0&filename=nb2020.pdf", ERR_PDF,
                  {"content-type": "text/html; charset=utf-8"})
    alone = _single()
    r = parse_report([Fetched(U1, report_page_1(), UTF8)], attachments=[att])
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert (r.year, r.template) == (2020, "t2019")
    assert _text_facts(r).get("active.items_total") == 168
    assert "404 Not Found" not in r.body and "nginx" not in r.body
    assert r.body_hash == alone.body_hash
    assert not [f for f in r.facts if f.origin != "html"]
    assert any("nb2020.pdf" in e for e in r.errors), r.errors


def test_report_only_as_pdf_answered_with_login_page():
    """The page holds only the report's file link; the file capture is a login page. The page is still a report
    page (a file under a report title): year kept, tables missing, the attachment named in an error."""
    title = "某县农业农村局2020年政府信息公开工作年度报告"
    page = trs_page(title, [f'附件：<a href="/uploads/2021/01/P0202101.pdf">{title}.pdf</a>'], "2021-01-26")
    att = Fetched("http://nyj.x.gov.cn/uploads/2021/01/P0202101.pdf", LOGIN_PDF, {"content-type": "text/html"})
    r = parse_report([Fetched("http://nyj.x.gov.cn/art/2021/1/26/art_1_2.html", page, UTF8)], attachments=[att])
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert r.year == 2020
    assert r.tables_missing is True
    assert not r.facts
    assert "请先登录" not in r.body
    assert any("P0202101.pdf" in e for e in r.errors), r.errors


def test_three_pages_table_split_with_busy_third_page():
    """A t2021 report whose section-三 table continues on page 2; page 3 was answered with a busy page."""
    head = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", ""],
            ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
            ["一、本年新收政府信息公开申请数量", "6", "1", "0", "0", "0", "0", "7"],
            ["二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"]]
    title = "某县市场监督管理局2022年政府信息公开工作年度报告"
    p1 = trs_page(title, ["本报告所列数据的统计期限为2022年1月1日至12月31日。", "一、总体情况",
                          "2022年，我局主动公开政府信息355条。", "三、收到和处理政府信息公开申请情况", head],
                  "2023-01-20")
    p2 = trs_page(title, [[["三、本年度办理结果", "（一）予以公开", "3", "1", "0", "0", "0", "0", "4"]],
                          "四、政府信息公开行政复议、行政诉讼情况", "本年度未发生政府信息公开行政复议和行政诉讼。"],
                  "2023-01-20")
    base = "http://scjg.x.gov.cn/art/2023/1/20/art_5_9"
    pages = [Fetched(base + ".html", p1, UTF8), Fetched(base + "_2.html", p2, UTF8),
             Fetched(base + "_3.html", BUSY, UTF8)]
    two = parse_report(pages[:2])
    r = parse_report(pages)
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert (r.year, r.template) == (two.year, two.template)
    assert sorted((f.key, f.value) for f in r.facts) == sorted((f.key, f.value) for f in two.facts)
    assert {"apply.received_new.total", "active.items_total"} <= {f.key for f in r.facts}
    assert "系统繁忙" not in r.body
    assert base + "_3.html" not in r.part_urls
    assert any(base + "_3.html" in e for e in r.errors), r.errors


def test_2022_report_cut_inside_section3_keeps_2021_era():
    """A 2022 report whose capture ends inside section 三, after rows that the 2019 and 2021 formats share: nothing
    printed marks the 2019 format, so the reporting year decides (t2021 covers reporting years 2021 on)."""
    head = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", ""],
            ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""],
            ["一、本年新收政府信息公开申请数量", "4", "0", "0", "0", "0", "0", "4"]]
    title = "某县自然资源局2022年政府信息公开工作年度报告"
    page = trs_page(title, ["本报告所列数据的统计期限为2022年1月1日至12月31日。", "一、总体情况",
                            "三、收到和处理政府信息公开申请情况", head], "2023-01-18")
    r = parse_report([Fetched("http://zrzy.x.gov.cn/art/2023/1/18/art_7_1.html", page, UTF8)])
    assert not [e for e in r.errors if e.startswith(NO_REPORT)], r.errors
    assert r.year == 2022
    assert r.template == "t2021"
