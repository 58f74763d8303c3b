"""Black-box probe (pr_look): real annual reports versus look-alike documents on real portal pages.

Each case is a page as a government portal (or a copy site) serves it: CMS header, breadcrumb, metadata block
(索引号 / 发布机构 / 发布日期), the article, footer. The text is written for this file; only the shapes of the
titles and opening sentences follow real pages seen in the stored-page corpus (政务公开工作要点, 工作总结, 自查报告,
法治政府建设年度报告, 统计公报, 政府工作报告, 解读 / 一图读懂, 信息公开指南, 网站工作年度报表, compile / publication notices,
reports of universities, hospitals and utilities, and real reports with unusual titles).

Spec: /work/shared/spec/report-formats.md section 3.3 (look-alikes), 3.2 (titles, agency typing), section 0 (eras,
year from the 统计期限 sentence first, then the title, then the page date). A look-alike is recorded with an error
that says "look-alike document" (docs/schema.md, reports.errors).
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

LOOKALIKE = "look-alike document"


def _page(title: str, paras: list[str], publisher: str, date: str, encoding: str = "utf-8",
          site: str = "人民政府门户网站", index_no: str = "11330100MB1234567X/2021-00031") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset={encoding}">
<title>{title}_{site}</title>
<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top"><div class="wrap"><span>欢迎访问{site}！</span>
<a href="/">首页</a> | <a href="/jsp/wzjs/ft.jsp">繁体版</a> | <a href="/wza/">无障碍</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li>
<li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a></div>
<table class="xxgk-meta">
<tr><th>索引号：</th><td>{index_no}</td><th>分类：</th><td>综合政务/通知</td></tr>
<tr><th>发布机构：</th><td>{publisher}</td><th>发文日期：</th><td>{date}</td></tr>
<tr><th>名称：</th><td colspan="3">{title}</td></tr>
</table>
<div class="article">
<h1 class="art-title">{title}</h1>
<div class="art-info">发布时间：{date} 来源：{publisher} 浏览次数：<span id="hits">1024</span></div>
<div class="TRS_Editor" id="zoom">
{body}
</div>
<div class="art-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer"><p>主办单位：{site}办公室 联系电话：0571-87000000</p>
<p>网站标识码：3301000019 浙ICP备05000000号 浙公网安备 33010002000001号</p></div>
</body></html>"""


def _fetch(url: str, title: str, paras: list[str], publisher: str, date: str, encoding: str = "utf-8") -> Fetched:
    html = _page(title, paras, publisher, date, encoding)
    return Fetched(url, html.encode(encoding), {"content-type": f"text/html; charset={encoding}"})


def _parse(url: str, title: str, paras: list[str], publisher: str, date: str, encoding: str = "utf-8") -> Report:
    return parse_report([_fetch(url, title, paras, publisher, date, encoding)])


def _is_lookalike(r: Report) -> bool:
    return any(LOOKALIKE in e for e in r.errors)


# ---------------------------------------------------------------------------------------------------------------
# Look-alikes (spec 3.3). Each must be recorded as a look-alike document.
# ---------------------------------------------------------------------------------------------------------------

L = pytest.param
LOOKALIKES = [
    L("https://www.hgt.gov.cn/hgtqrmzf/jczcwj/202205/6f1c2a0b3d.shtml", "2022年青山湖区政务公开工作要点",
      ["依据国务院办公厅和省、市关于本年度政务公开工作要点的部署，结合本区实际，制定本要点。",
       "一、总体要求", "今年全区政务公开工作以公开促落实、以公开优服务为主线。",
       "二、目标任务", "（一）加强重点领域信息公开。（责任单位：区政府办公室、区发改委）",
       "（二）做好政策解读和回应关切。（责任单位：各乡镇、街道）"],
      "青山湖区人民政府办公室", "2022-05-18", id="plan-district-yaodian"),
    L("http://www.gov.cn/zhengce/content/2021-05/10/content_560000.htm", "国务院办公厅关于印发2021年政务公开工作要点的通知",
      ["国办发〔2021〕12号", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
       "《2021年政务公开工作要点》已经国务院同意，现印发给你们，请认真贯彻落实。", "国务院办公厅", "2021年5月6日",
       "2021年政务公开工作要点", "一、围绕助力经济发展深化政务公开", "二、围绕服务民生深化政务公开"],
      "国务院办公厅", "2021-05-10", id="plan-state-council-notice"),
    L("https://www.gd.gov.cn/zwgk/wjk/qbwj/yfb/content/post_3900000.html",
      "广东省贯彻落实2022年政务公开工作要点分工方案",
      ["各地级以上市人民政府，省政府各部门、各直属机构：", "现将本分工方案印发给你们，请认真组织实施。",
       "各地区各部门落实工作要点的情况要纳入政府信息公开工作年度报告予以公开。",
       "一、助力经济平稳运行（牵头单位：省发展改革委）"],
      "广东省人民政府办公厅", "2022-06-20", id="plan-division-of-work"),
    L("http://www.zj.gov.cn/art/2022/1/20/art_1229019365_2389000.html", "衢州市2021年政务公开工作要点落实情况",
      ["现将本市2021年政务公开工作要点落实情况报告如下：", "一、主要工作",
       "全年通过政府门户网站主动公开政府信息4820条，受理政府信息公开申请96件，均按期答复。",
       "二、下一步打算"],
      "衢州市人民政府办公室", "2022-01-20", id="plan-implementation-status"),
    L("http://www.hefei.gov.cn/public/1741/106000001.html", "合肥市人力资源和社会保障局2021年度政务公开工作总结",
      ["2021年，我局在市政务公开办的指导下，认真落实年度政务公开重点任务，现将工作情况总结如下。",
       "一、工作开展情况", "（一）主动公开。全年主动公开政府信息865条，其中政策文件42件、政策解读31篇。",
       "（二）依申请公开。全年受理政府信息公开申请14件，全部按期办结。",
       "二、存在的问题", "三、2022年工作打算"],
      "合肥市人力资源和社会保障局", "2021-12-28", id="summary-with-statistics"),
    L("http://www.bengbu.gov.cn/public/21981/23600001.html", "蚌埠市2019年政务公开工作总结",
      ["2019年，全市政务公开工作紧扣年度要点，取得新进展。现总结如下：",
       "一、主要做法", "全市各级行政机关主动公开政府信息6.2万条，办理依申请公开312件。",
       "二、存在问题", "三、下一步工作"],
      "蚌埠市人民政府办公室", "2020-01-08", id="summary-city-bengbu-style"),
    L("https://www.gaoping.gov.cn/zwgk/zfxxgk/202012/t20201215_300.html", "高坪区政府信息公开工作自查报告",
      ["按照市政务公开办通知要求，我区对本年度政府信息公开工作进行了自查，现将自查情况报告如下：",
       "一、加强组织领导，确保工作有序开展", "二、强化业务培训，提升工作水平", "三、存在的问题及整改措施"],
      "高坪区人民政府办公室", "2020-12-15", id="self-inspection-xxgk"),
    L("http://www.gaoqing.gov.cn/art/2020/11/5/art_800_1.html", "高青县扶贫开发办公室政务公开工作自查报告",
      ["今年以来，我办按照县政务公开工作的总体部署，认真开展政务公开自查，现将有关情况报告如下：",
       "一、强化组织领导", "二、建立健全信息主动发布机制", "三、下一步工作打算"],
      "高青县扶贫开发办公室", "2020-11-05", id="self-inspection-zwgk"),
    L("http://www.yuhang.gov.cn/art/2022/3/28/art_1532_400001.html", "余杭区人民政府2021年法治政府建设年度报告",
      ["2021年，区政府坚持以习近平法治思想为指导，全面推进依法行政，现将法治政府建设情况报告如下：",
       "一、主要举措和成效", "（一）依法全面履行政府职能。", "（二）推进行政执法规范化。",
       "二、存在的不足和原因", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、2022年工作安排"],
      "余杭区人民政府", "2022-03-28", id="rule-of-law-annual-report"),
    L("http://sfj.xx.gov.cn/art/2021/1/25/art_1_2.html", "关于某县2020年法治政府建设情况的报告",
      ["县委、市政府：", "2020年，县政府深入推进法治政府建设，现将有关情况报告如下：",
       "一、2020年工作情况", "二、存在问题", "三、2021年工作打算"],
      "某县人民政府", "2021-01-25", id="rule-of-law-situation-report"),
    L("http://tjj.jiaxing.gov.cn/art/2022/3/10/art_1229430000_5100000.html", "2021年嘉兴市国民经济和社会发展统计公报",
      ["嘉兴市统计局", "国家统计局嘉兴调查队", "2022年3月10日",
       "一、综合", "初步核算，全市全年实现地区生产总值6300余亿元，按可比价格计算，比上年增长8.5%。",
       "二、农业", "三、工业和建筑业"],
      "嘉兴市统计局", "2022-03-10", id="statistics-bulletin"),
    L("http://www.lishui.gov.cn/art/2022/1/14/art_1229286000_57000000.html", "2022年丽水市政府工作报告",
      ["——2022年1月10日在丽水市第五届人民代表大会第一次会议上", "各位代表：",
       "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
       "一、过去五年工作回顾", "五年来，全市地区生产总值年均增长7%左右。", "二、今后五年的目标任务"],
      "丽水市人民政府", "2022-01-14", id="government-work-report"),
    L("http://www.xiaoshan.gov.cn/art/2022/3/31/art_1229290000_400000.html",
      "一图读懂｜萧山区2021年政府信息公开工作年度报告",
      ["<img src=\"/picture/0/a1.jpg\" alt=\"图解1\">", "<img src=\"/picture/0/a2.jpg\" alt=\"图解2\">",
       "相关链接：萧山区2021年政府信息公开工作年度报告"],
      "萧山区人民政府办公室", "2022-03-31", id="one-picture-reading"),
    L("http://www.xx.gov.cn/zwgk/zcjd/202103/t20210331_4000.html", "《东阳市2020年政府信息公开工作年度报告》解读",
      ["近日，市政府办公室发布了东阳市2020年政府信息公开工作年度报告，现就年报主要内容作如下解读：",
       "一、主动公开情况", "2020年全市主动公开政府信息约1.5万条。",
       "二、依申请公开情况", "全年新收政府信息公开申请210件。"],
      "东阳市人民政府办公室", "2021-03-31", id="interpretation-of-report"),
    L("http://www.xxzj.gov.cn/zfxxgk/gkzn/202001/t20200110_1.html", "桐乡市市场监督管理局政府信息公开指南",
      ["为更好地提供政府信息公开服务，依据《中华人民共和国政府信息公开条例》，编制本指南。",
       "一、主动公开", "（一）公开范围", "（二）公开方式", "二、依申请公开", "（一）受理机构", "三、监督和救济"],
      "桐乡市市场监督管理局", "2020-01-10", id="disclosure-guide"),
    L("http://www.gxgp.gov.cn/zwgk/gkzn/201103/t20110301_2.html", "桂平市质量技术监督局2011年度政府信息公开指南",
      ["本局依据《中华人民共和国政府信息公开条例》编制本指南，需要获取本局政府信息的公民、法人和其他组织可阅读本指南。",
       "一、公开的原则和分类", "二、主动公开", "三、依申请公开", "四、收费标准"],
      "桂平市质量技术监督局", "2011-03-01", id="disclosure-guide-with-year"),
    L("https://xxgk.zjut.edu.cn/info/1010/2000.htm", "浙江工业大学2020-2021学年信息公开工作年度报告",
      ["根据《高等学校信息公开办法》（教育部令第29号）和《高等学校信息公开事项清单》要求，编制本报告。"
       "报告中所列数据的统计期限自2020年9月1日起至2021年8月31日止。",
       "一、信息公开主要工作概述", "二、主动公开信息情况", "三、依申请公开和不予公开情况", "四、对信息公开的评议情况"],
      "浙江工业大学", "2021-10-29", id="university-academic-year"),
    L("http://www.hzwater.com.cn/xxgk/202203/t20220301_9.html", "杭州市水务集团有限公司2021年度信息公开工作报告",
      ["根据《供水企业信息公开实施办法》的规定，现将本公司2021年度信息公开工作情况报告如下。",
       "一、概述", "二、主动公开信息情况", "三、依申请公开情况", "四、存在的问题及改进措施"],
      "杭州市水务集团有限公司", "2022-03-01", id="utility-under-other-rules"),
    L("http://www.xxyy.com.cn/yygk/xxgk/202203/t20220315_10.html", "某市第一人民医院2021年度信息公开工作年度报告",
      ["根据《医疗卫生机构信息公开管理办法》（国卫办发〔2021〕43号）的要求，现将本院2021年度信息公开工作情况报告如下。",
       "一、概述", "二、主动公开情况（院务公开、诊疗服务、收费价格）", "三、依申请公开情况", "四、存在的问题和改进措施"],
      "某市第一人民医院", "2022-03-15", id="hospital-under-health-rules"),
    L("http://www.xihu.gov.cn/art/2022/1/20/art_1229000000_1.html", "杭州市西湖区人民政府门户网站2021年政府网站工作年度报表",
      ["政府网站工作年度报表", "（2021年度）", "填报单位：杭州市西湖区人民政府办公室",
       "网站名称 | 杭州市西湖区人民政府门户网站", "首页网址 | http://www.hzxh.gov.cn",
       "信息发布 | 总数 | 5230条", "专栏专题 | 维护数量 | 14个", "解读回应 | 解读信息发布 | 总数 | 62条"],
      "杭州市西湖区人民政府办公室", "2022-01-20", id="website-annual-form"),
    L("https://www.chinacourt.org/law/detail/2018/01/id/149000.shtml", "国务院办公厅关于做好政府网站年度报表发布工作的通知",
      ["国办函〔2018〕12号", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
       "现就做好政府网站监管年度报表和政府网站工作年度报表发布工作通知如下：",
       "一、对象和内容", "二、方式和时间", "三、工作要求"],
      "国务院办公厅", "2018-01-15", id="website-form-notice"),
    L("https://www.jintan.gov.cn/html/czjt/2017/JHIOAQHC_0216/3100.html",
      "区政府办公室关于做好2016年政府信息公开年度报告编制发布工作的通知",
      ["坛政办发〔2017〕15号", "各镇人民政府，各街道办事处，区各办局，区各直属单位：",
       "为做好2016年政府信息公开年度报告编制和发布工作，现就有关事项通知如下：",
       "一、重视做好年度报告编制发布", "二、丰富年度报告内容形式", "三、按时发布年度报告"],
      "金坛区人民政府办公室", "2017-02-16", id="compile-notice-2016"),
    L("https://www.gswuwei.gov.cn/art/2025/12/19/art_76_1550000.html",
      "武威市人民政府办公室关于做好2025年政府信息公开工作年度报告编制和发布工作的通知",
      ["武政办发〔2025〕50号", "县、区人民政府，市政府各部门、各单位：",
       "为高质量做好2025年政府信息公开工作年度报告编制和发布工作，现就有关事项通知如下：",
       "一、规范年报内容。", "二、确保数据准确。", "三、按时公开发布。各单位应于2026年1月31日前发布年度报告。"],
      "武威市人民政府办公室", "2025-12-19", id="compile-notice-2025"),
    L("http://www.gov.cn/xinwen/2019-12/06/content_5459000.htm",
      "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
      ["国办公开办函〔2019〕60号", "各省、自治区、直辖市人民政府办公厅，国务院各部委、各直属机构办公厅（室）：",
       "修订后的《中华人民共和国政府信息公开条例》已于2019年5月15日起施行，对年度报告提出了新的要求。",
       "一、抓紧部署", "二、严格执行统一格式", "附件：中华人民共和国政府信息公开工作年度报告格式（试行）"],
      "国务院办公厅", "2019-12-06", id="format-notice-60"),
    L("http://www.yiwu.gov.cn/zwgk/tzgg/202103/t20210331_5000.html", "义乌市人民政府关于发布2020年政府信息公开工作年度报告的公告",
      ["根据《中华人民共和国政府信息公开条例》的规定，现将《义乌市2020年政府信息公开工作年度报告》予以发布，"
       "全文请登录市政府门户网站政府信息公开年报栏目查阅。", "特此公告。", "义乌市人民政府办公室", "2021年3月31日"],
      "义乌市人民政府办公室", "2021-03-31", id="publication-announcement"),
    L("http://www.pujiang.gov.cn/zwgk/tzgg/202103/t20210330_6000.html",
      "浦江县人民政府办公室关于印发浦江县2020年政府信息公开工作年度报告的通知",
      ["各乡镇人民政府、街道办事处，县政府各部门：",
       "《浦江县2020年政府信息公开工作年度报告》已经县政府同意，现印发给你们，请结合实际认真做好相关工作。",
       "浦江县人民政府办公室", "2021年3月30日"],
      "浦江县人民政府办公室", "2021-03-30", id="cover-notice-issuing-report"),
    L("https://www.anyang.gov.cn/www/openness/public/6596000/35060000", "市政府机关党组研究部署2022年政务公开工作",
      ["6月下旬，市政府机关党组召开会议，研究部署今年的政务公开工作。",
       "会议听取了市政务公开办关于今年重点工作任务分工和工作举措的汇报，要求聚焦短板弱项，抓实日常调度考核。"],
      "安阳市人民政府办公室", "2022-06-29", id="news-meeting-on-open-government"),
    L("http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2016-06/13/content_5080000.htm", "2015年度政府信息公開優秀年度報告出爐",
      ["2015年度政府信息公開年度報告專題在中國政府網上線後，集中展示了31個省級政府和55個國務院部門的年度報告。",
       "結合網友點讚和專家評估意見，選出10家優秀年度報告，省級政府和國務院部門各5家。"],
      "中國政府網", "2016-06-13", id="news-best-reports-traditional"),
    L("http://www.xx.gov.cn/zwgk/gzdt/201704/t20170405_7000.html", "2016年度政府信息公开年报集中发布 透明度监测显示新亮点",
      ["每年3月31日是发布政府信息公开工作年度报告的法定期限。",
       "社科院法学所国家法治指数研究中心对54家国务院部门和31家省级政府发布的年度报告进行了观察，"
       "截至3月31日24时，除1家部门外均已按时发布。"],
      "政府办公室", "2017-04-05", id="news-third-party-observation"),
    L("http://mzj.xx.gov.cn/art/2022/7/1/art_1_800.html", "金华市社会组织2021年度年报情况公示",
      ["根据社会组织登记管理的有关规定，现将我市社会组织2021年度年报情况公示如下。",
       "年报合格 | 312家", "年报基本合格 | 25家", "未参加年报 | 18家"],
      "金华市民政局", "2022-07-01", id="social-organisation-annual-filing"),
    L("http://scjg.xx.gov.cn/art/2022/1/4/art_1_900.html", "关于开展2021年度市场主体年报工作的通告",
      ["根据《企业信息公示暂行条例》等规定，现就2021年度市场主体年报工作通告如下：",
       "一、年报对象", "二、年报时间：2022年1月1日至6月30日", "三、年报方式"],
      "某市市场监督管理局", "2022-01-04", id="company-annual-filing-notice"),
    L("http://tjj.xx.gov.cn/art/2021/7/20/art_1_1000.html", "某市统计局2020年度部门决算",
      ["一、部门基本情况", "二、2020年度部门决算情况说明", "三、“三公”经费支出情况",
       "2020年度“三公”经费财政拨款支出12.3万元。"],
      "某市统计局", "2021-07-20", id="department-final-accounts"),
    L("http://sfj.xx.gov.cn/art/2022/1/28/art_1_1100.html", "某市司法局2021年度行政执法数据年度报告",
      ["根据行政执法公示制度的要求，现将本局2021年度行政执法数据公开如下：",
       "行政许可 | 120件", "行政处罚 | 35件", "行政检查 | 410次"],
      "某市司法局", "2022-01-28", id="enforcement-statistics-report"),
    L("http://www.luan.gov.cn/public/6600000/1000001.html", "某县2020年第一季度政府信息公开统计报表",
      ["统计指标 | 单位 | 统计数", "主动公开政府信息数 | 条 | 320", "受理政府信息公开申请数 | 件 | 5"],
      "某县人民政府办公室", "2020-04-10", id="quarterly-statistics-form"),
    L("http://www.xx.gov.cn/zfxxgk/zfxxgkzd/201502/t20150201_1.html", "某市政府信息公开工作年度报告制度",
      ["第一条 为规范政府信息公开工作年度报告的编制和发布，根据《中华人民共和国政府信息公开条例》，制定本制度。",
       "第二条 各单位应当于每年3月31日前公布本单位上一年度政府信息公开工作年度报告。",
       "第三条 年度报告应当包括下列内容：……"],
      "某市人民政府办公室", "2015-02-01", id="annual-report-rules-document"),
    L("http://www.xx.gov.cn/zwgk/pgbg/202203/t20220320_1200.html", "某市2021年度政务公开第三方评估报告",
      ["受市政务公开办委托，本评估组对全市各县（市、区）和市级部门的政务公开工作进行了第三方评估。",
       "一、评估对象和方法", "二、评估结果", "三、发现的问题"],
      "某市人民政府办公室", "2022-03-20", id="third-party-assessment"),
    L("http://sthjj.xx.gov.cn/art/2022/3/10/art_1_1300.html", "某化工有限公司2021年度环境信息依法披露报告",
      ["根据《企业环境信息依法披露管理办法》，现披露本企业2021年度环境信息。", "一、企业基本信息", "二、污染物产生、治理与排放信息"],
      "某市生态环境局", "2022-03-10", id="enterprise-environmental-disclosure"),
    L("http://cracksband.com/detail.php?cate=110&id=9200", "2022年政務公開工作要點",
      ["國務院辦公廳印發《2022年政務公開工作要點》，部署全國政務公開年度重點工作。",
       "《要點》提出五方面重點工作：一是以公開助力經濟平穩健康發展。二是以公開助力保持社會和諧穩定。"],
      "時政要聞", "2022-04-24", id="plan-traditional-mirror"),
]


@pytest.mark.parametrize(("url", "title", "paras", "publisher", "date"), LOOKALIKES)
def test_lookalike_is_flagged(url: str, title: str, paras: list[str], publisher: str, date: str) -> None:
    r = _parse(url, title, paras, publisher, date)
    assert _is_lookalike(r), f"not flagged as look-alike: errors={r.errors} template={r.template}"


def test_lookalike_gbk_page_flagged() -> None:
    # an older TRS site serving GBK: a 工作要点 page must be recognised after decoding
    r = _parse("http://www.xx.gov.cn/zwgk/zcwj/201803/t20180320_1400.htm", "某县2018年政务公开工作要点",
               ["为做好2018年全县政务公开工作，结合实际，制定本要点。", "一、总体要求", "二、重点任务"],
               "某县人民政府办公室", "2018-03-20", encoding="gbk")
    assert _is_lookalike(r)


# ---------------------------------------------------------------------------------------------------------------
# Real reports, with ordinary and unusual titles: recognised, with the title/agency/type/year/template a careful
# reader records.
# ---------------------------------------------------------------------------------------------------------------

def _t2019_body(y: int) -> list[str]:
    return [f"本报告依据《中华人民共和国政府信息公开条例》第五十条的规定编制。本报告所列数据统计期限自{y}年1月1日起至{y}年12月31日止。",
            "一、总体情况", f"{y}年，本单位认真贯彻落实《条例》，政府信息公开工作平稳有序。",
            "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def _e2014_body(y: int) -> list[str]:
    return [f"本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
            "一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况",
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "六、存在的主要问题及改进措施"]


def _e2008_body(y: int) -> list[str]:
    return [f"根据《中华人民共和国政府信息公开条例》（国务院令第492号），特向社会公布{y}年度政府信息公开工作报告。"
            f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
            "一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况", "四、存在的主要问题及改进措施"]


R = pytest.param
REPORTS = [
    R("http://www.suxian.gov.cn/zwgk/zfxxgknb/202101/t20210120_100.html", "郴州市苏仙区统计局政府信息公开工作年度报告（2020年）",
      _t2019_body(2020), "郴州市苏仙区统计局", "2021-01-20",
      dict(agency="郴州市苏仙区统计局", agency_type="department", year=2020, template="t2019"), id="year-in-brackets-after"),
    R("http://www.tonglu.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11330122000000000X&fbtime=2019",
      "2019年度桐庐县审计局政府信息公开年报", _t2019_body(2019), "桐庐县审计局", "2020-01-21",
      dict(agency="桐庐县审计局", agency_type="department", year=2019, template="t2019"), id="year-first-nianbao"),
    R("http://www.longwan.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003002021&fbtime=2019",
      "龙湾区审计局2019政务信息公开年报",
      ["我局根据《中华人民共和国政府信息公开条例》和市府办关于做好2019年政府信息公开工作总结和年度报告编制工作的通知，"
       "就2019年度本局政府信息公开工作情况报告如下：", "一、政府信息公开工作的基本概况",
       "二、主动公开政府信息的情况", "2019年，我局主动公开政府信息12条。", "三、依申请公开政府信息情况",
       "2019年，我局未收到政府信息公开申请。"], "龙湾区审计局", "2020-06-21",
      dict(agency="龙湾区审计局", agency_type="department", year=2019, template="t2019"),
      id="zhengwu-xinxi-no-nian-body-cites-summary-notice"),
    R("https://cnzh.gov.cn/News/Detail/f75adf7ee28c4a358e8d14328eea2000.html", "昭化区交通运输局2016年度信息公开年度报告",
      _e2014_body(2016), "昭化区交通运输局", "2017-03-10",
      dict(agency="昭化区交通运输局", agency_type="department", year=2016, template="e2014"), id="no-zhengfu-word-2016"),
    R("http://www.erdao.gov.cn/read_gkml.php?brow=900", "二道区人民政府2017年度政府信息公开工作报告",
      _e2014_body(2017), "二道区人民政府", "2018-03-20",
      dict(agency="二道区人民政府", agency_type="gov_self", year=2017, template="e2014"), id="gongzuo-baogao-no-niandu"),
    R("http://www.jiangshan.gov.cn/col/col1229000001/art_1.html", "政府信息公开年报", _t2019_body(2021),
      "江山市农业农村局", "2022-01-25",
      dict(agency="江山市农业农村局", agency_type="department", year=2021, template="t2021"), id="bare-title-nianbao"),
    R("http://www.longquan.gov.cn/art/2023/1/30/art_1229000002_2.html", "2022年政府信息公开工作年度报告", _t2019_body(2022),
      "龙泉市水利局", "2023-01-30",
      dict(agency="龙泉市水利局", agency_type="department", year=2022, template="t2021"), id="no-agency-in-title-publisher"),
    R("http://www.zrzy.xx.gov.cn/zfxxgknb/202001/t20200115_300.html", "绍兴市自然资源和规划局政府信息公开2019年度报告",
      _t2019_body(2019), "绍兴市自然资源和规划局", "2020-01-15",
      dict(agency="绍兴市自然资源和规划局", agency_type="department", year=2019, template="t2019"), id="year-after-xxgk-words"),
    R("http://www.xx.gov.cn/zfxxgknb/202101/t20210122_400.html", "临海市统计局二〇二〇年政府信息公开工作年度报告",
      _t2019_body(2020), "临海市统计局", "2021-01-22",
      dict(agency="临海市统计局", agency_type="department", year=2020, template="t2019"), id="chinese-numeral-year"),
    R("http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201701/t20170112_1300000.htm", "福州市晋安区2016年政府信息公开工作年度报告",
      [("本报告根据《中华人民共和国政府信息公开条例》及市政府办公厅关于做好2016年政务公开工作要点落实情况自查及"
        "政府信息公开工作年度报告有关事项的通知要求编制。本报告统计数据从2016年1月1日至2016年12月31日止。"),
       "一、概述", "（一）政务公开工作要点落实情况", "我区稳步推进政务公开工作要点落实，强化机构队伍建设。",
       "二、主动公开政府信息情况", "三、政府信息依申请公开办理情况", "四、存在的主要问题及改进措施"],
      "福州市晋安区人民政府办公室", "2017-01-12",
      dict(agency="福州市晋安区", agency_type="gov_region", year=2016, template="e2014"),
      id="report-body-mentions-yaodian-and-self-inspection"),
    R("http://www.xx.gov.cn/zfxxgknb/202201/t20220120_500.html", "嘉善县发展和改革局2021年政府信息公开工作年度报告",
      [*_t2019_body(2021)[:3],
       "（一）主动公开。全年在政府网站发布信息418条，按规定发布了政府网站工作年度报表，并报送法治政府建设年度报告。",
       *_t2019_body(2021)[3:]], "嘉善县发展和改革局", "2022-01-20",
      dict(agency="嘉善县发展和改革局", agency_type="department", year=2021, template="t2021"),
      id="report-body-mentions-website-form-and-rule-of-law"),
    R("http://gygjtlg.gov.cn/gongkai/show/437e6c3cec8b4021a4d37b6ce4670000.html",
      "广元市重点建设项目领导小组办公室2016年政府信息公开年报",
      [("根据《中华人民共和国政府信息公开条例》及市政府信息公开办关于做好2016年度政府信息公开工作年度报告编制和公布工作的通知"
        "要求编制本报告。本报告所列数据自2016年1月1日至2016年12月31日。"),
       "一、概述", "二、主动公开政府信息情况", "三、政府信息依申请公开情况", "四、存在的问题及改进意见"],
      "广元市重点建设项目领导小组办公室", "2017-03-20",
      dict(agency="广元市重点建设项目领导小组办公室", agency_type="department", year=2016, template="e2014"),
      id="body-cites-compile-notice"),
    R("http://huaibeihosp.cn//list/5abe6e6caafd41ec82567fb1ab9cc632/071405bb839542f0b60781b87f7a0000.html",
      "淮北市人民医院2022年政府信息公开工作年度报告",
      [("本报告根据《中华人民共和国政府信息公开条例》要求，由淮北市人民医院编制。全文由总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项组成。"
        "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。"),
       "一、总体情况", "（一）主动公开情况", "2022年本院在市政府信息公开平台发布信息共计18条。",
       "（二）依申请公开情况", "本年度本院未收到政府信息公开申请。",
       "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
       "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
      "淮北市人民医院", "2023-01-18",
      dict(agency="淮北市人民医院", agency_type="other", year=2022, template="t2021"), id="hospital-under-regulation"),
    R("http://www.bengbu.gov.cn/public/26231/47630000.html", "怀远县人民医院2020年政府信息公开工作年度报告",
      ["本报告依据《中华人民共和国政府信息公开条例》编制，所列数据统计期限自2020年1月1日起至2020年12月31日止。",
       "一、总体情况", "（一）主动公开政府信息情况。2020年，本院共主动发布政府信息196条。",
       "（二）依申请公开办理情况。2020年，本院未收到政府信息公开申请。",
       "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
       "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
      "怀远县人民医院", "2021-01-26",
      dict(agency="怀远县人民医院", agency_type="other", year=2020, template="t2019"),
      id="county-hospital-on-gov-platform"),
    R("http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/5f0000000000000000000001.html",
      "莲湖区残疾人联合会2020年政府信息公开工作年度报告", _t2019_body(2020), "莲湖区残疾人联合会", "2021-01-29",
      dict(agency="莲湖区残疾人联合会", agency_type="other", year=2020, template="t2019"), id="disabled-persons-federation"),
    R("http://www.heyuan.gov.cn/gxq/zfxxgknb/content/post_400000.html", "河源市高新区管委会2021年政府信息公开工作年度报告",
      _t2019_body(2021), "河源市高新区管委会", "2022-01-28",
      dict(agency="河源市高新区管委会", agency_type="zone", year=2021, template="t2021"), id="hi-tech-zone"),
    R("http://www.xx.gov.cn/zfxxgknb/202201/t20220126_600.html", "杭州市西湖区北山街道办事处2021年政府信息公开工作年度报告",
      _t2019_body(2021), "北山街道办事处", "2022-01-26",
      dict(agency="杭州市西湖区北山街道办事处", agency_type="township", year=2021, template="t2021"), id="subdistrict"),
    R("https://shanghai.gov.cn/nw12344/20210127/dc2f6946248e4f5082644e0a17030000.html",
      "上海市人民政府办公厅2020年政府信息公开工作年度报告",
      [("本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求编制。"
        "本年度报告中所列数据统计期限从2020年1月1日到12月31日止。"), "一、总体情况", "（一）主动公开方面",
       "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"],
      "上海市人民政府办公厅", "2021-01-27",
      dict(agency="上海市人民政府办公厅", agency_type="gov_office", year=2020, template="t2019"), id="gov-office"),
    R("https://shanghai.gov.cn/nw12344/20230331/4a03b5fa47ae4c73b7ec42801de60000.html", "2022年上海市政府信息公开工作年度报告",
      [("本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求编制。"
        "本年度报告中所列数据统计期限为2022年1月1日至12月31日。"), "一、总体情况", "（一）主动公开方面",
       "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"],
      "上海市人民政府办公厅", "2023-03-31",
      dict(agency="上海市", agency_type="gov_region", year=2022, template="t2021"), id="year-first-region"),
    R("https://www.fjsx.gov.cn/xxgk/zfxxgknb/201303/t20130325_700.htm", "2012年松溪县政府信息公开工作年度报告",
      _e2008_body(2012), "松溪县人民政府办公室", "2013-03-25",
      dict(agency="松溪县", agency_type="gov_region", year=2012, template="e2008"), id="gbk-2012-region"),
    R("https://m.zjtcn.com/baike/gjswzj2010nzfxxgkndbg6500000", "国家税务总局2010年政府信息公开年度报告",
      _e2008_body(2010), "国家税务总局", "2011-03-30",
      dict(agency="国家税务总局", agency_type="department", year=2010, template="e2008"), id="ministry-2010"),
    R("http://www.xx.gov.cn/zfxxgknb/201903/t20190325_800.html", "臺州市黃岩區2018年政府信息公開工作年度報告",
      ["本報告根據《中華人民共和國政府信息公開條例》編制。本報告中所列數據的統計期限自2018年1月1日起至2018年12月31日止。",
       "一、概述", "二、主動公開政府信息情況", "三、依申請公開政府信息情況", "四、存在的主要問題及改進措施"],
      "黃岩區人民政府辦公室", "2019-03-25",
      dict(agency_type="gov_region", year=2018, template="e2014"), id="traditional-title-region"),
    R("http://dxcheck.cn/tzqxdjd/xxgknb/content/25afe904-c440-4e8d-a8a0-000000000001.html",
      "平潮街道2021年度政府信息公开工作年度报告",
      ["依据《中华人民共和国政府信息公开条例》和上级文件要求，编制并公布本街道2021年度政府信息公开工作年度报告。"
       "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
       "一、总体情况", "（一）2021年国家、省、市政务公开工作要点贯彻落实情况",
       "街道对照年度要点梳理公开事项，重点做好疫情防控和安全生产信息发布。",
       "（二）主动公开情况", "2021年街道在区政府网站发布信息156条。",
       "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
       "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
      "平潮街道办事处", "2022-01-18",
      dict(agency="平潮街道", agency_type="township", year=2021, template="t2021"),
      id="mirror-copy-report-with-yaodian-subsection"),
    R("http://dxcheck.cn/tzqxdjd/xxgknb/content/25afe904-c440-4e8d-a8a0-000000000002.html",
      "平潮街道2021年度政府信息公開工作年度報告",
      ["依據《中華人民共和國政府信息公開條例》和上級文件要求，編制並公布本街道2021年度政府信息公開工作年度報告。"
       "本報告中所列數據的統計期限自2021年1月1日起至2021年12月31日止。",
       "一、總體情況", "（一）2021年國家、省、市政務公開工作要點貫徹落實情況",
       "街道對照年度要點梳理公開事項，重點做好疫情防控和安全生產信息發布。",
       "（二）主動公開情況", "2021年街道在區政府網站發布信息156條。",
       "二、主動公開政府信息情況", "三、收到和處理政府信息公開申請情況"],
      "平潮街道辦事處", "2022-01-18",
      dict(agency_type="township", year=2021, template="t2021"),
      id="mirror-traditional-report-with-yaodian-subsection"),
    R("http://www.tongzhou.gov.cn/tzqxdjd/xxgknb/content/25afe904-c440-4e8d-a8a0-000000000003.html",
      "平潮街道2021年度政府信息公开工作年度报告",
      ["依据《中华人民共和国政府信息公开条例》和上级文件要求，编制并公布本街道2021年度政府信息公开工作年度报告。"
       "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
       "一、总体情况", "（一）2021年国家、省、市政务公开工作要点贯彻落实情况",
       "街道对照年度要点梳理公开事项，重点做好疫情防控和安全生产信息发布。",
       "（二）主动公开情况", "2021年街道在区政府网站发布信息156条。",
       "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"],
      "平潮街道办事处", "2022-01-18",
      dict(agency="平潮街道", agency_type="township", year=2021, template="t2021"),
      id="gov-host-report-with-yaodian-subsection"),
    R("http://wqx.gov.cn/zfxxgk/zfxxgknb/zj/2021n/1533676551588130000.html", "周湾镇2021年政府信息公开工作年度报告",
      ["根据《中华人民共和国政府信息公开条例》有关规定编制本报告。本报告中所列数据的统计期限自202111日起至20211230日止。",
       "一、总体情况", "本镇全年主动公开政府信息92条。", "二、主动公开政府信息情况",
       "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"],
      "周湾镇人民政府", "2022-01-20",
      dict(agency="周湾镇", agency_type="township", year=2021, template="t2021"), id="garbled-period-digits-title-year"),
    R("http://english.xx.gov.cn/2020-03/31/c_900.htm",
      "Annual Report on Government Information Disclosure of Xiangcheng District People's Government (2019)",
      ["This report is compiled in accordance with the Regulations of the People's Republic of China on Government "
       "Information Disclosure. The statistics cover the period from January 1 to December 31, 2019.",
       "I. General Situation", "II. Proactive Disclosure of Government Information",
       "III. Receipt and Handling of Requests for Government Information"],
      "Xiangcheng District People's Government", "2021-06-10", dict(year=2019), id="english-title-year-2019"),
    R("http://www.xx.gov.cn/zfxxgknb/202106/t20210610_900.html", "德清县民政局2019年政府信息公开工作年度报告",
      ["一、总体情况", "2019年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息203条。",
       "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
       "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
      "德清县民政局", "2021-06-10",
      dict(agency="德清县民政局", agency_type="department", year=2019, year_source="title", template="t2019"),
      id="reposted-late-year-from-title"),
]


@pytest.mark.parametrize(("url", "title", "paras", "publisher", "date", "expected"), REPORTS)
def test_real_report_recognised(url: str, title: str, paras: list[str], publisher: str, date: str,
                                expected: dict) -> None:
    encoding = "gbk" if "fjsx" in url else "utf-8"
    r = _parse(url, title, paras, publisher, date, encoding)
    assert not _is_lookalike(r), f"real report flagged as look-alike: {r.errors}"
    assert r.title == title
    for field, value in expected.items():
        assert getattr(r, field) == value, f"{field}: expected {value!r}, got {getattr(r, field)!r}"
