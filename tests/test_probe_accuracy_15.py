"""Independent accuracy probe 15: look-alike documents parsed by parse_report (spec 3.3, 3.2; docs/schema.md errors).

Every kind of look-alike the spec lists is served as a real portal page and must carry a "look-alike" entry in
Report.errors, with template None unless it prints a real statistics form (then its facts are still extracted).
Conversely, real 政府信息公开工作年度报告 whose agency name or body contains look-alike words must NOT be flagged.
"""

from __future__ import annotations

import pytest
import test_probe_accuracy as p1

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

p, td, table = p1.p, p1.td, p1.table

GOV = "http://www.mouxian.gov.cn/art/2022/1/20/art_1229_5566.html"
ZWGK = "http://www.mouxian.gov.cn/zwgk/zfxxgk/202201/t20220120_4412.html"


def asp_page(title: str, content: str, *, charset: str = "gb18030", date: str = "2022-01-18") -> bytes:
    """An old ASP/.NET county portal (GBK, table layout, 信息公开目录 metadata)."""
    doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}--某某县人民政府信息公开网</title></head><body><table width="980" align="center"><tr><td>
<a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></td></tr>
<tr><td><table class="xxgk"><tr><td>索引号：</td><td>00234567-8/2022-00031</td><td>信息分类：</td><td>工作动态</td></tr>
<tr><td>发布机构：</td><td>某某县人民政府办公室</td><td>生成日期：</td><td>{date}</td></tr>
<tr><td>名称：</td><td colspan="3">{title}</td></tr></table></td></tr>
<tr><td align="center"><span class="biaoti">{title}</span></td></tr>
<tr><td id="fontzoom">{content}</td></tr>
<tr><td>【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td>版权所有：某某县人民政府 技术支持：某某网络科技有限公司 网站标识码：3307260001</td></tr></table></body></html>"""
    return doc.encode(charset)


def trs_page(title: str, content: str, *, site: str = "某某市人民政府", date: str = "2022-01-20") -> bytes:
    return p1.chrome_page(title, content, date=date, site=site,
                          meta=p1.meta_block("11330700002585476L/2022-12345", site, date))


def parse(url: str, body: bytes) -> Report:
    return parse_report([Fetched(url=url, body=body, headers={"content-type": "text/html"})])


def url_for(title: str) -> str:
    """Q&A / 百科 / 文库 pages live on aggregator hosts (spec 3.3, seed 001's m.zjtcn.com header)."""
    if "百度文库" in title:
        return "https://wenku.baidu.com/view/3f2a1b6c0b4c2e3f5727e9b2.html"
    if title.endswith("？"):
        return "https://m.zjtcn.com/baike/lys2013ndzfxxgkgzbgbgnr7246083"
    return GOV


def lookalike_errors(r: Report) -> list[str]:
    return [e for e in r.errors if "look-alike" in e]


def table_facts(r: Report) -> dict[str, float | None]:
    return p1.facts(r, "table")


# ---------------------------------------------------------------------------------------------------------------
# 1. look-alikes without a statistics form: flagged, template None, no section-三/四 table facts (spec 3.3)
# ---------------------------------------------------------------------------------------------------------------

def paras(*lines: str) -> str:
    return "".join(p(x) for x in lines)


LOOKALIKES: list[tuple[str, str, str]] = [
    # 3.3 工作要点 (annual plans) and their 分工方案 / 落实情况
    ("plan_zhengwu", "某某市2022年政务公开工作要点",
     paras("为深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，结合我市实际，制定本要点。",
           "一、围绕稳住经济大盘加强政策发布解读", "（一）加强市场主体纾困政策公开。",
           "二、围绕保障和改善民生深化信息公开", "三、持续提升政务公开质效", "（五）依法规范做好依申请公开工作。",
           "各地各部门要在本要点印发后30日内制定具体实施方案。")),
    ("plan_xxgk", "某某县2021年政府信息公开工作要点",
     paras("2021年全县政府信息公开工作要以习近平新时代中国特色社会主义思想为指导。",
           "一、着力推进决策公开", "二、着力推进执行和结果公开", "三、着力做好依申请公开", "四、加强组织保障")),
    ("plan_division", "某某区贯彻落实2022年政务公开工作要点分工方案",
     table([[td("序号"), td("工作任务"), td("责任单位"), td("完成时限")],
            [td("1"), td("及时公开涉企优惠政策"), td("区发改局、区财政局"), td("全年")],
            [td("2"), td("规范依申请公开办理流程"), td("区政府办公室"), td("2022年6月底前")]])),
    ("plan_progress", "某某市2021年政务公开工作要点落实情况",
     paras("按照省政府办公厅工作要点部署，现将我市落实情况报告如下。", "一、政策解读方面：全年发布解读材料86篇。",
           "二、依申请公开方面：进一步规范答复文书格式。", "三、下一步打算")),
    # 3.3 工作总结 without the form
    ("summary_prose", "某某县人民政府办公室2020年政务公开工作总结",
     paras("2020年，县政府办公室在县委、县政府的正确领导下，扎实推进政务公开工作，现将有关情况总结如下：",
           "一、主要做法", "（一）强化组织领导。", "二、存在问题", "三、2021年工作思路")),
    ("summary_xxgk", "某某市城市管理局2019年政府信息公开工作总结",
     paras("今年以来，我局认真贯彻落实新修订的《中华人民共和国政府信息公开条例》，现将工作总结如下。",
           "一、健全工作机制", "二、加大主动公开力度", "三、存在的不足和下一步打算")),
    # 3.3 notices about compiling the report, and the format notices themselves
    ("notice_compile_2012", "关于做好2012年政府信息公开工作年度报告编制发布工作的通知",
     paras("各设区市人民政府，平潭综合实验区管委会，省人民政府各部门、各直属机构：",
           "根据《中华人民共和国政府信息公开条例》规定，为做好2012年政府信息公开工作年度报告编制和发布工作，现就有关事项通知如下：",
           "一、各地各部门要于2013年3月31日前向社会公布本行政机关2012年政府信息公开工作年度报告。",
           "二、年度报告应当包括主动公开政府信息情况、依申请公开情况等内容。",
           "福建省人民政府办公厅", "2012年12月20日")),
    ("notice_compile_2016", "安徽省人民政府办公厅关于做好2015年政府信息公开工作年度报告编制工作的通知",
     paras("皖政办秘〔2016〕18号", "各市、县人民政府，省政府各部门、各直属机构：",
           "为进一步规范政府信息公开工作年度报告编制工作，现将有关事项通知如下。",
           "附件：政府信息公开工作年度报告统计表样式")),
    ("notice_format_30", "国务院办公厅政府信息与政务公开办公室关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知",
     paras("国办公开办函〔2021〕30号", "各省、自治区、直辖市人民政府办公厅，国务院各部委、各直属机构办公厅（室）：",
           "为进一步规范政府信息公开工作年度报告编制工作，我办对《中华人民共和国政府信息公开工作年度报告格式》进行了修订，现印发给你们，"
           "请自2021年度政府信息公开工作年度报告起遵照执行。", "国务院办公厅政府信息与政务公开办公室", "2021年9月26日")),
    ("notice_county", "关于报送2021年度政府信息公开工作年度报告的通知",
     paras("各乡镇人民政府、街道办事处，县直各单位：", "请各单位于2022年1月15日前将本单位2021年度政府信息公开工作年度报告"
           "报送县政务公开办，并于1月31日前在县政府门户网站发布。", "联系人：王某某，电话：0571-88776655")),
    # 3.3 rules documents
    ("rules_annual_report", "某某市政府信息公开工作年度报告制度",
     paras("第一条 为规范政府信息公开工作年度报告的编制和发布，根据《中华人民共和国政府信息公开条例》，制定本制度。",
           "第二条 各行政机关应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告。",
           "第三条 年度报告应当包括下列内容：", "第八条 本制度自发布之日起施行。")),
    ("rules_xxgk", "某某县政府信息公开制度",
     paras("第一章 总则", "第一条 为保障公民、法人和其他组织依法获取政府信息，制定本制度。", "第二章 公开的范围",
           "第三章 公开的方式和程序", "第四章 监督和保障")),
    ("rules_stat_system", "某某市政府信息公开统计报表制度",
     paras("一、本制度由市政务公开办负责解释。", "二、统计报表按季度报送，报送时间为季后5日内。",
           table([[td("表号"), td("表名"), td("报告期别")], [td("政公1表"), td("主动公开情况"), td("季报")]]))),
    # 3.3 法治政府建设年度报告, 政府工作报告, 统计公报, 统计年鉴
    ("fazhi", "某某市人民政府关于2021年法治政府建设情况的报告",
     paras("2021年，市政府坚持以习近平法治思想为指导，深入推进法治政府建设，现将有关情况报告如下。",
           "一、2021年推进法治政府建设的主要举措和成效", "（三）坚持严格规范公正文明执法。全年办理行政复议案件126件。",
           "二、存在的不足和原因", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、2022年推进法治政府建设的主要安排")),
    ("fazhi_annual", "某某县2020年度法治政府建设年度报告",
     paras("一、法治政府建设主要举措", "二、存在的问题", "三、下一步工作计划")),
    ("gov_work_report", "2022年某某市政府工作报告",
     paras("——2022年1月10日在某某市第十六届人民代表大会第一次会议上", "某某市市长 张某某", "各位代表：",
           "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协各位委员提出意见。",
           "一、2021年工作回顾", "全市地区生产总值达到2860亿元，增长8.5%。", "二、今后五年奋斗目标", "三、2022年重点工作")),
    ("stat_bulletin", "某某市2021年国民经济和社会发展统计公报",
     paras("某某市统计局", "2022年3月15日", "一、综合", "初步核算，全年全市地区生产总值2860.5亿元，比上年增长8.5%。",
           "二、农业", "三、工业和建筑业", "十二、人口", "注：1.本公报中数据均为初步统计数。")),
    ("stat_yearbook", "某某统计年鉴2021",
     paras("编辑说明", "一、《某某统计年鉴—2021》系统收录了全市2020年经济和社会各方面的统计数据。",
           table([[td("指标"), td("单位"), td("2020年")], [td("年末常住人口"), td("万人"), td("365.2")]]))),
    # 3.3 部门预算 / 决算 / 三公经费, 审计工作报告
    ("budget", "某某县教育局2022年部门预算公开",
     paras("第一部分 某某县教育局概况", "一、部门职责", "第二部分 2022年部门预算表", "第三部分 2022年部门预算情况说明",
           table([[td("项目"), td("预算数（万元）")], [td("一般公共预算拨款收入"), td("35620.15")],
                  [td("“三公”经费"), td("12.50")]]))),
    ("final_accounts", "某某市财政局2020年度部门决算",
     paras("一、收入支出决算总体情况说明", "2020年度收、支总计8563.21万元。",
           table([[td("项目"), td("决算数")], [td("一般公共服务支出"), td("6321.45")]]),
           "四、“三公”经费财政拨款支出决算情况说明")),
    ("sangong", "某某区2021年“三公”经费预算公开情况说明",
     paras("2021年区级“三公”经费财政拨款预算数为856.3万元，比上年减少5.2%。其中：因公出国（境）费0万元，公务接待费120.5万元。")),
    ("audit_report", "关于某某市2021年度市级预算执行和其他财政收支的审计工作报告",
     paras("——2022年8月25日在市第十六届人民代表大会常务委员会第五次会议上", "市审计局局长 李某某",
           "一、市级财政管理审计情况", "二、部门预算执行审计情况", "三、审计发现问题的整改情况")),
    # 3.3 政府网站工作年度报表, 政务新媒体
    ("website_form", "某某县人民政府门户网站2021年工作年度报表",
     table([[td("政府网站工作年度报表", colspan=3)], [td("（2021年度）", colspan=3)],
            [td("网站名称"), td("某某县人民政府", colspan=2)], [td("网站标识码"), td("3307260001", colspan=2)],
            [td("ICP备案号"), td("浙ICP备05012345号", colspan=2)],
            [td("独立用户访问总量（单位：个）"), td("568231", colspan=2)],
            [td("信息发布（单位：条）"), td("总数"), td("8621")],
            [td("互动交流"), td("收到留言数量（单位：条）"), td("356")],
            [td("依申请公开"), td("收到申请数量（单位：条）"), td("25")]])),
    ("website_form_gbk", "2020年度政府网站工作年度报表（某某市人民政府）",
     table([[td("网站名称"), td("某某市人民政府门户网站")], [td("网站总访问量（单位：次）"), td("3562100")],
            [td("专栏专题"), td("维护数量（单位：个）12")], [td("办事服务"), td("注册用户数（单位：个）8230")],
            [td("政务新媒体"), td("微博：1个；微信：1个")]])),
    ("new_media", "某某市政务新媒体2021年度工作报表",
     table([[td("名称"), td("类型"), td("信息发布总数（条）"), td("订阅数")],
            [td("某某发布"), td("微信"), td("1562"), td("125630")],
            [td("某某发布"), td("微博"), td("3250"), td("56320")]])),
    ("new_media_check", "关于2022年第一季度政府网站和政务新媒体检查情况的通报",
     paras("根据《政府网站与政务新媒体检查指标》，市政务公开办对全市86个政府网站和120个政务新媒体进行了抽查，总体合格率100%。")),
    # 3.3 行政执法数据年度报告 / 行政复议 statistics
    ("enforcement_data", "某某市生态环境局2021年度行政执法数据公开",
     paras("根据行政执法公示制度要求，现将本局2021年度行政执法数据公开如下：",
           table([[td("执法类别"), td("数量（件）")], [td("行政处罚"), td("236")], [td("行政检查"), td("1582")],
                  [td("行政强制"), td("12")]]))),
    ("enforcement_yearly", "某某县2021年度行政执法统计年报",
     paras("一、行政许可", "全年共办理行政许可事项5632件。", "二、行政处罚", "全县共作出行政处罚决定1230件，罚没款856.2万元。")),
    ("review_stats", "某某市人民政府2021年度行政复议和行政应诉工作情况",
     paras("2021年，市政府共收到行政复议申请356件，受理312件，审结298件。", "市政府作为被告的行政应诉案件52件。")),
    # 3.3 第三方评估
    ("third_party", "某某省2021年政府透明度指数评估报告",
     paras("中国社会科学院法学研究所法治指数创新工程项目组", "一、评估对象、指标和方法",
           "项目组对某某省所辖11个设区市政府、90个县（市、区）政府的门户网站进行了评估。",
           "二、评估发现的亮点", "（四）政府信息公开工作年度报告发布规范", "三、存在的问题", "四、完善建议")),
    ("third_party_xxgk", "某某县2021年政务公开第三方评估报告",
     paras("受县政务公开办委托，某某大学公共管理学院对全县24个部门开展政务公开第三方评估。", "一、评估结果",
           "县政府信息公开工作年度报告按时发布率100%。")),
    # 3.3 other 年度报告 under other rules
    ("university", "某某大学2020-2021学年信息公开工作年度报告",
     paras("根据《高等学校信息公开办法》和《教育部关于公布〈高等学校信息公开事项清单〉的通知》要求，现发布我校"
           "2020-2021学年信息公开工作年度报告。", "一、概述", "二、主动公开情况", "学校按照清单要求公开了10大类50条信息。",
           "三、依申请公开情况", "本学年共收到信息公开申请3件。", "四、对信息公开的评议情况", "五、因学校信息公开工作受到举报的情况")),
    ("university_2", "某某职业技术学院2021-2022学年信息公开年度报告",
     paras("依据《高等学校信息公开办法》（教育部令第29号），学院编制了本年度报告。", "一、清单事项公开情况",
           "二、主动公开情况", "三、依申请公开和不予公开情况")),
    ("enterprise_env", "某某化工有限公司2022年度企业环境信息依法披露年度报告",
     paras("根据《企业环境信息依法披露管理办法》（生态环境部令第24号）和《企业环境信息依法披露格式准则》，本公司披露2022年度环境信息如下。",
           "一、企业基本信息", "统一社会信用代码：91330700MA2XXXXX1A", "二、企业环境管理信息", "三、污染物产生、治理与排放信息",
           table([[td("污染物"), td("排放量（吨）")], [td("化学需氧量"), td("12.5")], [td("氨氮"), td("0.8")]]))),
    ("enterprise_annual", "关于开展2021年度市场主体年报公示工作的通告",
     paras("根据《企业信息公示暂行条例》规定，各类市场主体应当于2022年1月1日至6月30日通过国家企业信用信息公示系统报送2021年度年报。",
           "逾期未报送年度报告的企业将被列入经营异常名录。")),
    ("enterprise_annual_report", "某某城市建设投资集团有限公司2021年度企业年报",
     paras("企业名称：某某城市建设投资集团有限公司", "统一社会信用代码：91330700MA28XXXX9K", "企业资产状况信息",
           table([[td("资产总额"), td("企业选择不公示")], [td("从业人数"), td("356人")]]))),
    ("social_org", "某某市慈善总会2021年度工作报告（社会组织年报）",
     paras("根据《社会团体登记管理条例》和民政部门年度检查要求，现将本会2021年度工作情况报告如下。",
           "一、基本信息", "二、业务活动情况", "全年募集善款1256万元。", "三、财务会计报告")),
    ("social_org_notice", "关于做好2021年度社会组织年报工作的通知",
     paras("各社会组织：", "请于2022年5月31日前登录某某市社会组织信息平台填报2021年度工作报告。")),
    ("quarterly_stats", "某某市2022年第一季度政府信息公开统计报表",
     table([[td("统计指标"), td("单位"), td("本季度")], [td("主动公开政府信息数"), td("条"), td("1230")],
            [td("其中：政策解读"), td("条"), td("56")], [td("收到政府信息公开申请数"), td("件"), td("8")]])),
    ("gov_work_report_full", "政府工作报告（全文）——2021年2月在某某县第十七届人民代表大会第五次会议上",
     paras("各位代表：", "现在，我代表县人民政府向大会作工作报告，请予审议。", "一、“十三五”时期和2020年工作回顾",
           "二、“十四五”时期主要目标任务", "三、2021年重点工作", "四、加强政府自身建设", "全面推进政务公开，主动接受监督。")),
    # 3.3 aggregator / Q&A / 百科 pages
    ("baike_qa", "政府信息公开工作年度报告是什么？",
     paras("选择特殊符号", "选择搜索类型", "请输入搜索", "问：政府信息公开工作年度报告是什么？",
           "答：政府信息公开工作年度报告是行政机关每年1月31日前公布的报告，内容包括主动公开、依申请公开等情况。",
           "相关问答：供暖公司收费标准是多少？", "热门推荐：2023年供暖费缴纳时间")),
    ("wenku_howto", "政府信息公开工作年度报告怎么写_百度文库",
     paras("政府信息公开工作年度报告怎么写", "一篇好的年度报告应该包括以下几个方面：一是总体情况；二是主动公开情况。",
           "范文参考：", "下载文档 | 收藏 | 分享", "VIP免费下载")),
]


# a quarterly 统计报表 prints e2014-like indicators: whether that is "a statistics form" is open, assert the flag only
PRINTS_INDICATORS = {"quarterly_stats"}


@pytest.mark.parametrize(("case", "title", "content"), LOOKALIKES, ids=[i for i, _, _ in LOOKALIKES])
def test_lookalike_flagged_without_template(case: str, title: str, content: str) -> None:
    # spec 3.3 (each kind is listed there) + docs/schema.md errors: "look-alike document, not an annual report: …"
    r = parse(url_for(title), trs_page(title, content))
    assert lookalike_errors(r), f"no look-alike entry in errors: {r.errors}"
    if case in PRINTS_INDICATORS:
        return
    assert r.template is None
    assert not [f for f in r.facts if f.source == "table" and f.key.startswith(("apply.", "review.", "litigation."))]


GBK_CASES = ["plan_zhengwu", "summary_prose", "notice_compile_2012", "fazhi", "stat_bulletin", "budget",
             "website_form_gbk", "enforcement_yearly", "university", "baike_qa", "final_accounts", "rules_annual_report",
             "third_party", "enterprise_env"]


@pytest.mark.parametrize("case", GBK_CASES)
def test_lookalike_flagged_on_gbk_asp_portal(case: str) -> None:
    # spec 3.3 on an old GBK portal (spec 3.6): the decision must not depend on the CMS or the encoding
    _, title, content = next(x for x in LOOKALIKES if x[0] == case)
    url = url_for(title) if url_for(title) != GOV else "http://www.mouxian.gov.cn/xxgk/ShowArticle.asp?ArticleID=4412"
    r = parse(url, asp_page(title, content))
    assert lookalike_errors(r), f"no look-alike entry in errors: {r.errors}"
    assert r.template is None


# ---------------------------------------------------------------------------------------------------------------
# 2. look-alikes that print the real statistics form: flagged, but facts still extracted (spec 3.3 工作总结)
# ---------------------------------------------------------------------------------------------------------------

def summary_with_form(agency: str, year: int) -> str:
    return "".join([
        p(f"{year}年，{agency}以公开为常态、不公开为例外，现将{year}年政务公开工作总结如下。"),
        p("一、工作开展情况"), p("（一）主动公开政府信息情况"), p1.sec2_2021(),
        p("（二）收到和处理政府信息公开申请情况"), p1.sec3_2021(),
        p("（三）政府信息公开行政复议、行政诉讼情况"), p1.sec4(),
        p("二、存在的问题"), p("政策解读形式较为单一。"), p(f"三、{year + 1}年工作计划"), p("进一步提升公开质量。"),
    ])


SUMMARY_TITLES = [
    ("bengbu_style", "某某市2021年政务公开工作总结"),
    ("xxgk_summary", "某某区人民政府2021年政府信息公开工作总结"),
    ("dept_summary", "某某县自然资源局2021年度政务公开工作总结"),
    ("summary_and_plan", "某某镇2021年政务公开工作总结及2022年工作计划"),
    ("combined_summary", "某某县2021年政务公开和政府信息公开工作总结"),
]


@pytest.mark.parametrize("title", [t for _, t in SUMMARY_TITLES], ids=[i for i, _ in SUMMARY_TITLES])
def test_summary_with_statistics_flagged_facts_kept(title: str) -> None:
    # spec 3.3: 工作总结 "contains the same statistics" — still a look-alike; the task brief: facts still extracted
    r = parse(GOV, trs_page(title, summary_with_form("某某区", 2021)))
    assert lookalike_errors(r), f"no look-alike entry in errors: {r.errors}"
    t = table_facts(r)
    assert t.get("apply.received_new.total") == 14
    assert t.get("apply.outcome.granted.total") == 7
    assert t.get("active.permit.decisions") == 1260


def test_notice_with_blank_form_attachment_not_report() -> None:
    # spec 3.3: the format notice prints the form with empty cells; it is a look-alike, not a report of zeros
    content = (p("国办公开办函〔2021〕30号") + p("现将修订后的年度报告格式印发给你们，请遵照执行。")
               + p("附件：中华人民共和国政府信息公开工作年度报告格式") + p("三、收到和处理政府信息公开申请情况")
               + p1.sec3_2021(data={}, blank=""))
    r = parse(GOV, trs_page("关于印发《中华人民共和国政府信息公开工作年度报告格式》的通知", content))
    assert lookalike_errors(r)


# ---------------------------------------------------------------------------------------------------------------
# 3. converse: real reports whose agency name contains look-alike words (spec 3.2 title; 3.3 is about documents)
# ---------------------------------------------------------------------------------------------------------------

CONVERSE_AGENCIES = [
    ("audit", "某某市审计局", "department"),
    ("statistics", "某某市统计局", "department"),
    ("survey_team", "国家统计局某某调查队", "department"),
    ("fazhi_office", "某某市委全面依法治市委员会办公室", None),
    ("justice", "某某县司法局", "department"),
    ("finance", "某某区财政局", "department"),
    ("enforcement", "某某市综合行政执法局", "department"),
    ("big_data", "某某市政务服务和数据管理局", "department"),
    ("civil_affairs", "某某县民政局", "department"),
    ("ecology", "某某市生态环境局", "department"),
    ("education", "某某市教育局", "department"),
    ("health", "某某市卫生健康委员会", "department"),
    ("market", "某某县市场监督管理局", "department"),
    ("gov_office", "某某县人民政府办公室", "gov_office"),
]


@pytest.mark.parametrize(("agency", "atype"), [(a, t) for _, a, t in CONVERSE_AGENCIES],
                         ids=[i for i, _, _ in CONVERSE_AGENCIES])
def test_agency_with_lookalike_word_not_flagged(agency: str, atype: str | None) -> None:
    # spec 3.2: "<agency>2021年政府信息公开工作年度报告" with the 2021 form is a report whatever the agency is called
    r = parse(GOV, trs_page(f"{agency}2021年政府信息公开工作年度报告", p1.t2021_body(agency), site="某某市人民政府"))
    assert not lookalike_errors(r), r.errors
    assert (r.year, r.template) == (2021, "t2021")
    assert table_facts(r).get("apply.received_new.total") == 14
    if atype:
        assert r.agency_type == atype


# ---------------------------------------------------------------------------------------------------------------
# 4. converse: real reports whose body mentions look-alike words harmlessly (spec 3.3 is about the document kind)
# ---------------------------------------------------------------------------------------------------------------

MENTIONS = [
    ("plan_mention", "全年认真落实国务院办公厅印发的2021年政务公开工作要点，制定本区分工方案并逐项落实。"),
    ("bulletin_mention", "及时发布国民经济和社会发展统计公报、统计年鉴等统计信息28条。"),
    ("summary_mention", "年初召开全区政务公开工作会议，总结2020年政务公开工作，部署2021年重点任务。"),
    ("fazhi_mention", "将政务公开纳入法治政府建设年度报告和绩效考核内容，考核权重提高至4%。"),
    ("budget_mention", "全区98个部门全部公开了2021年部门预算、2020年部门决算和“三公”经费。"),
    ("website_mention", "按时发布政府网站工作年度报表，政务新媒体全年发布信息3560条。"),
    ("notice_mention", "根据市政府办公室关于做好2021年政府信息公开工作年度报告编制发布工作的通知要求，编制本报告。"),
    ("enforcement_mention", "在门户网站公开行政执法数据年度报告，行政执法三项制度全面落实。"),
    ("third_party_mention", "在省第三方评估中，我区政务公开工作位列全省第五。"),
    ("audit_mention", "主动公开审计工作报告及审计整改情况报告，接受社会监督。"),
    ("enterprise_mention", "督促辖区企业按时报送企业年报，推进企业环境信息依法披露。"),
    ("university_mention", "指导辖区高校、医院等公共企事业单位做好信息公开工作。"),
]


@pytest.mark.parametrize("overview", [m for _, m in MENTIONS], ids=[i for i, _ in MENTIONS])
def test_body_mentions_lookalike_words_not_flagged(overview: str) -> None:
    # spec 3.2 title + t2021 form: a real report that mentions a look-alike word in its 总体情况 is not a look-alike
    r = parse(GOV, trs_page("某某区2021年政府信息公开工作年度报告", p1.t2021_body("某某区", overview=overview)))
    assert not lookalike_errors(r), r.errors
    assert (r.year, r.template) == (2021, "t2021")
    assert table_facts(r).get("apply.outcome.total.total") == 13


@pytest.mark.parametrize(("title", "year"), [
    ("某某县审计局2019年政府信息公开工作年度报告", 2019),
    ("某某市统计局2019年度政府信息公开工作报告", 2019),
    ("2020年某某区行政执法局政府信息公开工作年度报告", 2020),
    ("某某市财政局2020年政务信息公开年度报告", 2020),
], ids=["audit_2019", "stat_2019_no_niandu", "year_first_enforcement", "finance_zhengwu"])
def test_t2019_reports_of_lookalike_agencies_not_flagged(title: str, year: int) -> None:
    # spec 3.2 title variants (year first, 工作报告 without 年度, 政务信息) + 1(b) form
    r = parse(ZWGK, asp_page(title, p1.t2019_body("某某", year), date=f"{year + 1}-01-25"))
    assert not lookalike_errors(r), r.errors
    assert (r.year, r.template) == (year, "t2019")
    assert table_facts(r).get("apply.received_new.total") == 7


@pytest.mark.parametrize("agency", ["某某市审计局", "某某县统计局", "某某区法治政府建设领导小组办公室"],
                         ids=["audit", "stat", "fazhi_office"])
def test_e2008_prose_reports_of_lookalike_agencies_not_flagged(agency: str) -> None:
    # spec 3.2 + 1(a): a 2010 prose report of such an agency is a report (e2008), not 审计/统计/法治 report
    body = "".join(p(x) for x in [
        "本报告是根据《中华人民共和国政府信息公开条例》要求编制的。本报告中所列数据的统计期限自2010年1月1日起至2010年12月31日止。",
        "一、概述", f"2010年，{agency}认真贯彻落实《条例》，扎实推进政府信息公开工作。",
        "二、主动公开政府信息情况", "全年主动公开政府信息356条。",
        "三、依申请公开政府信息情况", "全年共受理政府信息公开申请5件，均已按时答复。",
        "四、政府信息公开的收费及减免情况", "本年度未收取任何费用。",
        "五、因政府信息公开申请提起行政复议、行政诉讼的情况", "未发生行政复议和行政诉讼。",
        "六、存在的主要问题和改进措施"])
    r = parse("http://www.mouxian.gov.cn/art/2011/3/20/art_1.html",
              p1.chrome_page(f"{agency}2010年政府信息公开工作年度报告", body, date="2011-03-20"))
    assert not lookalike_errors(r), r.errors
    assert (r.year, r.template) == (2010, "e2008")
    assert p1.facts(r).get("active.items_total") == 356
