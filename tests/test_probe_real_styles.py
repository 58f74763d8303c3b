"""Black-box probe: provincial house styles of real annual reports (all eras) and the 2019-2020 transition years.

Each case is a short report page written for this file. It reproduces a phrasing or layout pattern seen in real
published reports of one province (Shanghai 咨询/申诉 reports and 附表, Guangdong gkmlpt 街道 pages, Beijing 区/街道
reports with 依申请 numbers in prose, Jiangsu 镇 reports, Zhejiang reports naming 浙江政务服务网, Sichuan county
departments, Hubei 2019-2020 long column headers, Jilin's 信息公开发布总数量 line and garbled period dates, Anhui's
"工作报告" titles, Fujian's 统计表) with other names, numbers and surrounding sentences. Pages are served as the
portal serves them: CMS chrome, the 索引号/发布机构/发布日期 block, breadcrumb, footer; utf-8 or GBK.
Expectations follow the domain spec: keys of 2.1-2.5, value rules of 2.7, year rules of 0, agency typing of 3.2.
Cases named ``fp-…`` assert that a number which is not the statistic is not stored under the statistic's key.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

ANY = object()  # the fact must exist with this value; its flag is not asserted


# ---------------------------------------------------------------------------------------------------------------
# page builders: one per house style
# ---------------------------------------------------------------------------------------------------------------

STYLES = {
    "shanghai": ("上海市人民政府", "3100000001", "沪ICP备05001234号"),
    "guangdong": ("广州市荔湾区人民政府", "4401030001", "粤ICP备05011234号"),
    "beijing": ("北京市西城区人民政府", "1101020001", "京ICP备05001234号"),
    "jiangsu": ("泰州市人民政府", "3212000001", "苏ICP备05001234号"),
    "zhejiang": ("某某县人民政府", "3311000001", "浙ICP备05001234号"),
    "sichuan": ("青川县人民政府", "5108220001", "蜀ICP备05001234号"),
    "hubei": ("武汉市人民政府", "4201000001", "鄂ICP备05001234号"),
    "jilin": ("吉林市人民政府", "2202000001", "吉ICP备05001234号"),
    "anhui": ("安徽省人民政府", "3400000001", "皖ICP备05001234号"),
    "fujian": ("福州市人民政府", "3501000001", "闽ICP备05001234号"),
    "chongqing": ("石柱土家族自治县人民政府", "5002400001", "渝ICP备05001234号"),
}


def portal_page(style: str, title: str, lines: list[str], *, publisher: str, date: str, index_no: str,
                charset: str = "utf-8") -> bytes:
    site, site_code, icp = STYLES[style]
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    if style == "guangdong":  # gkmlpt detail page
        meta = (
            "<div class='introduce'><table class='table-info'>"
            f"<tr><th>索引号：</th><td>{html.escape(index_no)}</td><th>分类：</th><td>政府信息公开年报</td></tr>"
            f"<tr><th>发布机构：</th><td>{html.escape(publisher)}</td><th>成文日期：</th><td>{date}</td></tr>"
            f"<tr><th>名称：</th><td colspan='3'>{html.escape(title)}</td></tr>"
            f"<tr><th>发布日期：</th><td>{date}</td><th>文号：</th><td></td></tr></table></div>"
        )
        chrome_top = ("<div class='gkmlpt-nav'>政府信息公开平台 <a href='#'>首页</a> &gt; <a href='#'>政府信息公开年报</a>"
                      "</div>")
    elif style in ("shanghai", "beijing"):
        meta = f"<div class='Article_time'>发布时间：{date} 来源：{html.escape(publisher)}</div>"
        chrome_top = ("<div class='crumb'>您当前所在的位置：<a href='/'>首页</a> &gt; <a href='/xxgk/'>政府信息公开</a>"
                      " &gt; <a href='/xxgk/nb/'>政府信息公开年报</a></div>")
    else:
        meta = (
            "<table class='xxgk_table'>"
            f"<tr><td>索 引 号：</td><td>{html.escape(index_no)}</td><td>主题分类：</td><td>综合政务</td></tr>"
            f"<tr><td>发布机构：</td><td>{html.escape(publisher)}</td><td>发布日期：</td><td>{date}</td></tr>"
            f"<tr><td>名　　称：</td><td colspan='3'>{html.escape(title)}</td></tr></table>"
        )
        chrome_top = ("<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; "
                      "<a href='/zwgk/xxgknb/'>政府信息公开年报</a></div>")
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_{html.escape(site)}</title>
<meta name="ArticleTitle" content="{html.escape(title)}"><meta name="PubDate" content="{date}">
</head><body>
<div class="top">{html.escape(site)} <a href="/">首页</a> <a href="/wza">无障碍</a> <a href="/jt">繁体版</a></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>
{chrome_top}
{meta}
<div class="article"><h1>{html.escape(title)}</h1>
<div class="TRS_Editor" id="zoom">
{body}
</div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer">主办：{html.escape(site)}办公室 网站标识码：{site_code} {icp}</div>
</body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else "utf-8")


def parse_case(case: dict) -> Report:
    charset = case.get("charset", "utf-8")
    body = portal_page(case["style"], case["title"], case["lines"], publisher=case.get("publisher", "办公室"),
                       date=case.get("date", "2020-01-20"), index_no=case.get("index_no", "000000000/2020-00001"),
                       charset=charset)
    return parse_report([Fetched(case["url"], body, {"content-type": f"text/html; charset={charset}"})])


def show(report: Report) -> str:
    return "; ".join(f"{f.source}:{f.key}={f.value}/{f.value_flag}({f.raw_value!r})" for f in report.facts)


def find(report: Report, key: str, source: str | None) -> list[Fact]:
    return [f for f in report.facts if f.key == key and (source is None or f.source == source)]


# ---------------------------------------------------------------------------------------------------------------
# 2019-format tables written as the excerpts show them
# ---------------------------------------------------------------------------------------------------------------

S3_2019_ROWS = [
    ("一、本年新收政府信息公开申请数量", "received_new"),
    ("二、上年结转政府信息公开申请数量", "carried_in"),
    ("三、本年度办理结果 | （一）予以公开", "granted"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    ("（三）不予公开 | 1.属于国家秘密", "w1"),
    ("2.其他法律行政法规禁止公开", "w2"),
    ("3.危及“三安全一稳定”", "w3"),
    ("4.保护第三方合法权益", "w4"),
    ("5.属于三类内部事务信息", "w5"),
    ("6.属于四类过程性信息", "w6"),
    ("7.属于行政执法案卷", "w7"),
    ("8.属于行政查询事项", "w8"),
    ("（四）无法提供 | 1.本机关不掌握相关政府信息", "u1"),
    ("2.没有现成信息需要另行制作", "u2"),
    ("3.补正后申请内容仍不明确", "u3"),
    ("（五）不予处理 | 1.信访举报投诉类申请", "n1"),
    ("2.重复申请", "n2"),
    ("3.要求提供公开出版物", "n3"),
    ("4.无正当理由大量反复申请", "n4"),
    ("5.要求行政机关确认或重新出具已获取信息", "n5"),
    ("（六）其他处理", "other"),
    ("（七）总计", "total"),
    ("四、结转下年度继续办理", "carried_out"),
]


def s3_2019(values: dict[str, tuple[int, ...]]) -> list[str]:
    """Section 三 of the 2019 format as pipe rows; values give (自然人, 商业企业, 科研, 公益, 法律, 其他, 总计)."""
    out = [
        "三、收到和处理政府信息公开申请情况",
        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |",
        "| 自然人 | 法人或其他组织 | 总计 |",
        "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
    ]
    for label, code in S3_2019_ROWS:
        vals = values.get(code, (0, 0, 0, 0, 0, 0, 0))
        out.append(f"| {label} | " + " | ".join(str(v) for v in vals) + " |")
    return out


S4_ZERO = [
    "四、政府信息公开行政复议、行政诉讼情况",
    "| 行政复议 | 行政诉讼 |",
    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
    "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
    "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
]

S2_2019_PIPES = [
    "二、主动公开政府信息情况",
    "第二十条第（一）项 |",
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
    "规章 | 0 | 0 | 0 |",
    "规范性文件 | 1 | 1 | 6 |",
    "第二十条第（五）项 |",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
    "行政许可 | 12 | -2 | 350 |",
    "其他对外管理服务事项 | 0 | 0 | 0 |",
    "第二十条第（六）项 |",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
    "行政处罚 | 30 | 0 | 7 |",
    "行政强制 | 2 | 0 | 0 |",
    "第二十条第（八）项 |",
    "信息内容 | 上一年项目数量 | 本年增/减 |",
    "行政事业性收费 | 0 | 0 |",
    "第二十条第（九）项 |",
    "信息内容 | 采购项目数量 | 采购总金额（万元） |",
    "政府集中采购 | 9 | 318.6 |",
]


def cell_lines(rows: list[list[str]]) -> list[str]:
    """gkmlpt-style flattening: every cell on its own paragraph, nothing between rows."""
    return [cell for row in rows for cell in row]


GD_S2_ROWS = [
    ["第二十条第（一）项"],
    ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章", "0", "0", "0"],
    ["规范性文件", "0", "0", "0"],
    ["第二十条第（五）项"],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政许可", "17", "+6", "52"],
    ["其他对外管理服务事项", "3", "0", "11"],
    ["第二十条第（六）项"],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政处罚", "0", "0", "0"],
    ["行政强制", "0", "0", "0"],
    ["第二十条第（八）项"],
    ["信息内容", "上一年项目数量", "本年增/减"],
    ["行政事业性收费", "0", "0"],
    ["第二十条第（九）项"],
    ["信息内容", "采购项目数量", "采购总金额"],
    ["政府集中采购", "0", "0"],
]


# ---------------------------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------------------------

CASES = [
    # ---------------- Shanghai ----------------
    pytest.param(dict(
        style="shanghai", url="https://www.shjd.gov.cn/xxgk/xxgknb/2012/0315/1001.html",
        title="上海市嘉定区华亭镇人民政府2011年政府信息公开年度报告", date="2012-03-15", publisher="华亭镇",
        lines=["本年度报告中所列数据的统计期限自2011年1月1日起至12月31日止。",
               "二、主动公开政府信息情况",
               "本镇2011年共主动公开政府信息284条，其中全文电子化率达100%。",
               "三、依申请公开政府信息情况",
               "本年度共受理政府信息公开申请13件，其中当面申请8件，网上申请3件，信函申请2件。",
               "四、咨询处理情况",
               "2011年，本镇共接受公众咨询412人次，其中现场咨询250人次，网上咨询87人次，电话咨询75人次。",
               "五、复议、诉讼和申诉情况",
               "2011年本镇发生政府信息公开类行政复议2件，行政诉讼1件，行政申诉1件。"],
        facts=[("active.items_total", "text", 284, None), ("active.items_fulltext_e_pct", "text", 100, None),
               ("apply.received.total", "text", 13, None), ("apply.channel.in_person", "text", 8, None),
               ("apply.channel.online", "text", 3, None), ("apply.channel.letter", "text", 2, None),
               ("consult.onsite", "text", 250, None), ("consult.online", "text", 87, None),
               ("consult.phone", "text", 75, None), ("review.total", "text", 2, None),
               ("litigation.total", "text", 1, None), ("appeal.total", "text", 1, None)],
        meta=dict(year=2011, template="e2008", agency_type="township")),
        id="sh-e2008-township-consult-and-appeal"),
    pytest.param(dict(
        style="shanghai", url="https://www.shanghai.gov.cn/nw12344/20110320/0001-12344_22001.html",
        title="上海市气象局2010年政府信息公开年度报告", date="2011-03-20", publisher="上海市气象局",
        lines=["一、概述", "根据《条例》要求，2010年我局继续开展政府信息公开工作。",
               "二、政府信息主动公开情况", "我局2010年共主动公开政府信息96条，其中全文电子化率达100%。",
               "三、政府信息依申请公开情况", "我局2010年度未收到政府信息公开申请。",
               "四、人员和收支情况", "本机关从事政府信息公开工作的全职人员2人。",
               "五、咨询情况",
               "2010年，我局共接受公民、法人及其他组织政府信息公开方面的咨询1320人次。其中，电话咨询1320人次，占总数的100%。",
               "六、行政复议和行政诉讼情况", "2010年，未产生针对我局政府信息公开的行政复议与行政诉讼。"],
        facts=[("active.items_total", "text", 96, None), ("apply.received.total", "text", 0, "wu"),
               ("consult.phone", "text", 1320, None), ("org.staff_fulltime", "text", 2, None),
               ("review.total", "text", 0, "wu"), ("litigation.total", "text", 0, "wu")],
        meta=dict(year=2010, template="e2008", agency_type="department")),
        id="pin-sh-e2008-bureau-phone-consult-no-requests"),
    pytest.param(dict(
        style="shanghai", url="https://www.shpt.gov.cn/zhengwu/zfxxgknb-xfbzfxxgk/2024/20/180012.html",
        title="上海市普陀区民防办公室2023年政府信息公开工作年度报告", date="2024-01-15", publisher="上海普陀",
        lines=["本年度报告中所列数据统计期限从2023年1月1日到12月31日止。",
               "一、总体情况", "（一）主动公开",
               "我办持续深化主动公开。其中，通过“上海普陀”门户网站发布23条。",
               "（二）依申请公开",
               "2023年，我办共受理政府信息公开申请6件，答复政府信息公开申请7件（含上一年度结转1件），均在法定期限内予以答复。"
               "信息公开类行政复议1件，结果维持。"],
        facts=[("apply.received.total", "text", 6, None), ("apply.carried_in.total", "text", 1, None),
               ("review.total", "text", 1, None), ("review.upheld", "text", 1, None)],
        absent=[("apply.received.total", "text", 7)],
        meta=dict(year=2023, template="t2021")),
        id="sh-t2021-review-jieguo-weichi-upheld"),
    pytest.param(dict(
        style="shanghai", url="https://www.shanghai.gov.cn/nw12344/20240329/abc123.html",
        title="2023年上海市某某区政府信息公开工作年度报告", date="2024-03-29", publisher="某某区人民政府办公室",
        lines=["本年度报告中所列数据统计期限为2023年1月1日至12月31日。",
               "（二）依申请公开方面",
               "2023年，全区共收到政府信息公开申请4125件，申请数量较2022年上升12.6%；答复政府信息公开申请4180件（含上年度转结），"
               "均在法定期限内予以答复。"],
        facts=[("apply.received.total", "text", 4125, None)],
        absent=[("apply.received.total", "text", 4180), ("apply.received.total", "text", 12.6)],
        meta=dict(year=2023, template="t2021")),
        id="pin-sh-t2021-received-not-answered-count"),
    # ---------------- Beijing ----------------
    pytest.param(dict(
        style="beijing", url="https://www.bjxch.gov.cn/zt/xxgkzl/gknbxq/pnidpv181pntypepvnbpnnfpv2019.html",
        title="陶然亭街道2019年信息公开工作年度报告", date="2020-01-17", publisher="陶然亭街道",
        lines=["依据《中华人民共和国政府信息公开条例》第五十条之规定，制作本报告。",
               "一、总体情况",
               "1.主动公开情况：全年在首都之窗和西城区政务公开专栏共主动公开信息906条，全文电子化率达100%。",
               "2.依申请公开办理情况：我街道2019年度共收到3名自然人申请政府信息公开4件。"
               "其中，当面申请2人3件，网络申请1人1件。4件依申请均已按要求进行了答复。"],
        facts=[("active.items_total", "text", 906, None), ("apply.received.total", "text", 4, None),
               ("apply.channel.in_person", "text", 3, None), ("apply.channel.online", "text", 1, None)],
        absent=[("apply.received.total", "text", 3), ("apply.channel.in_person", "text", 2)],
        meta=dict(year=2019, template="t2019", agency_type="township")),
        id="bj-t2019-street-persons-then-applications"),
    pytest.param(dict(
        style="beijing", url="https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2019nb/dcqjd2019/202001/t20200115_1.html",
        title="北京市东城区人民政府东华门街道办事处2019年政府信息公开工作年度报告", date="2020-01-15",
        publisher="东华门街道",
        lines=["依据《中华人民共和国政府信息公开条例》第五十条之规定，制作本报告。",
               "一、总体情况", "1.主动公开情况", "全年各类渠道发布信息700余条。",
               "2.依申请公开办理情况",
               "2019年我街道新收政府信息申请公开数量3件，上年结转政府信息公开申请数量1件。"],
        facts=[("apply.received.total", "text", 3, None), ("apply.carried_in.total", "text", 1, None)],
        meta=dict(year=2019, template="t2019", agency_type="township", tables_missing=True)),
        id="pin-bj-t2019-street-xinshou-shuliang-prose"),
    pytest.param(dict(
        style="beijing", url="https://www.bjdch.gov.cn/zfxxgkzl/zfxxgknb/2018nb/dcqjd2018/201903/t20190320_2.html",
        title="北京市东城区安定门街道办事处2018年政府信息公开工作年度报告", date="2019-03-20", publisher="安定门街道",
        lines=["本报告中所列数据的统计期限自2018年1月1日起，至2018年12月31日止。",
               "一、信息公开数据", "（一）主动公开情况",
               "2018年主动公开政府信息数1203件。主动公开规范性文件0件；制发规范性文件0件。"],
        facts=[("active.items_total", "text", 1203, None), ("active.normative.published", "text", 0, ANY),
               ("active.normative.issued_total", "text", 0, ANY)],
        meta=dict(year=2018, template="e2014", agency_type="township")),
        id="bj-e2014-street-normative-zero-in-prose"),
    # ---------------- Guangdong ----------------
    pytest.param(dict(
        style="guangdong", url="http://www.huadu.gov.cn/xxgk/xxgkml/xxgknb/jd/content/post_8042001.html",
        title="廣州市花都區人民政府秀全街道辦事處2021年政府信息公開工作年度報告", date="2022-01-20",
        publisher="秀全街道辦事處", index_no="007502000/2022-00031",
        lines=["一、總體情況",
               "（一）主動公開政務信息情況。2021年，我街主動公開政府信息58條，其中：組織機構類信息6條。通過新聞媒體發布信息約1500條。",
               "（二）依申請公開政務信息辦理情況。2021年，我街共收到信息公開申請19宗。其中，當面申請2宗，占11%；"
               "網上申請5宗，占26%；郵寄申請12宗，占63%。"],
        facts=[("active.items_total", "text", 58, None), ("apply.received.total", "text", 19, None),
               ("apply.channel.in_person", "text", 2, None), ("apply.channel.online", "text", 5, None),
               ("apply.channel.letter", "text", 12, None)],
        absent=[("active.items_total", "text", 1500)],
        meta=dict(year=2021, template="t2021", agency_type="township", script="traditional")),
        id="gd-t2021-traditional-youji-zong-letter"),
    pytest.param(dict(
        style="guangdong", url="https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_5414999.html",
        title="2018年广州市海珠区素社街道办事处政府信息公开年度报告", date="2019-02-01", publisher="素社街道",
        lines=["本报告是根据《中华人民共和国政府信息公开条例》的规定，由广州市海珠区素社街道办事处编制的2018年度政府信息公开年度报告。",
               "二、政府信息主动公开情况",
               "我街道办事处2018年全年主动公开政府信息213条，全文电子化达100%。其中：1.组织机构类信息4条；"
               "2.政务动态类信息96条；其他信息8条；运用微信、微博发布信息77条"],
        facts=[("active.items_total", "text", 213, None), ("active.items_fulltext_e_pct", "text", 100, None)],
        meta=dict(year=2018, template="e2014", agency_type="township")),
        id="gd-e2014-fulltext-e-da-without-lv"),
    pytest.param(dict(
        style="guangdong", url="http://www.lw.gov.cn/zwgkk/gjd/dcj/content/post_7033100.html",
        title="广州市荔湾区人民政府多宝街道办事处2020年政府信息公开工作年度报告", date="2021-01-18",
        publisher="多宝街", index_no="MB2C33000/2021-00012",
        lines=["一、总体情况",
               "回应公众关注热点或重大舆情2次。通过不同渠道和方式回应解读情况：举办新闻发布会0次，组织政府网站在线访谈0次，"
               "发布政策解读稿1篇，通过微博微信回应事件0次，通过新闻媒体等其他方式回应事件2次。",
               "二、主动公开政府信息情况"] + cell_lines(GD_S2_ROWS) + ["三、收到和处理政府信息公开申请情况", "（表略）"],
        facts=[("active.permit.items_prev", "table", 17, None), ("active.permit.items_delta", "table", 6, None),
               ("active.permit.decisions", "table", 52, None), ("active.other_service.decisions", "table", 11, None),
               ("response.hot_topics", "text", 2, None), ("response.interpretations", "text", 1, None)],
        meta=dict(year=2020, template="t2019", agency_type="township")),
        id="pin-gd-t2019-cell-per-line-plus-delta"),
    pytest.param(dict(
        style="guangdong", url="http://www.lw.gov.cn/zwgkk/xxgknb/2020/content/post_7038700.html",
        title="广州市荔湾区人民政府石围塘街道办事处2020年政府信息公开工作年度报告", date="2021-01-15",
        publisher="石围塘街", index_no="MB2C33000/2021-00019",
        lines=["一、总体情况", "石围塘街道办事处全年主动公开政府信息64条，其中：组织机构类信息2条；政务（工作）动态类信息51条。",
               "图1 政府信息主动公开情况表"] + S2_2019_PIPES + s3_2019({
                   "received_new": (2, 1, 0, 0, 0, 0, 3), "granted": (1, 1, 0, 0, 0, 0, 2),
                   "other": (1, 0, 0, 0, 0, 0, 1), "total": (2, 1, 0, 0, 0, 0, 3)}) + S4_ZERO,
        facts=[("active.items_total", "text", 64, None), ("active.procurement.projects", "table", 9, None),
               ("active.procurement.amount", "table", 318.6, None), ("active.permit.items_delta", "table", -2, None),
               ("apply.received_new.total", "table", 3, None), ("apply.received_new.business", "table", 1, None),
               ("apply.outcome.other.total", "table", 1, None), ("apply.outcome.total.total", "table", 3, None)],
        checks={"R1.total": True},
        meta=dict(year=2020, template="t2019", agency_type="township")),
        id="pin-gd-t2019-procurement-and-single-other-row"),
    # ---------------- Jiangsu ----------------
    pytest.param(dict(
        style="jiangsu", url="http://www.changshu.gov.cn/zgcs/c106805/201603/a1b2c3.shtml",
        title="梅李镇2015年政府信息公开工作年度报告", date="2016-01-20", publisher="梅李镇人民政府",
        lines=["梅李镇人民政府", "2016年1月", "引 言",
               "本年报是根据《苏州市政府信息公开规定》要求，由梅李镇党政办编制的2015年度政府信息公开工作年度报告。",
               "一、概述", "为此，专门配备了2名兼职工作人员，设立了1个专门的信息申请受理点。截止2015年底，本镇政府信息公开工作运行正常。",
               "二、政府信息主动公开情况", "2015年度共主动公开政府信息57条，其中全文电子化达100%。"],
        facts=[("active.items_total", "text", 57, None), ("org.staff_parttime", "text", 2, None),
               ("active.items_fulltext_e_pct", "text", 100, None)],
        meta=dict(year=2015, template="e2014", agency_type="township")),
        id="js-e2014-town-suzhou-style-fulltext-da"),
    pytest.param(dict(
        style="jiangsu", url="http://www.jiangyan.gov.cn/zfxxgk/zfxxgknb/2024/zjyq/art/2025/art_99.html",
        title="泰州市姜堰区张甸镇人民政府2024年政府信息公开工作年度报告", date="2025-01-23", publisher="张甸镇",
        index_no="014200123/2025-00008",
        lines=["报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
               "一、总体情况", "（一）主动公开方面", "2024年我镇在姜堰区人民政府网站公开信息37条，其中，镇街（园区）动态29条。",
               "（二）依申请公开方面", "2024年本单位共受理政府信息公开申请2件。全年未因政府信息公开申请引发行政复议或行政诉讼。"],
        facts=[("apply.received.total", "text", 2, None), ("review.total", "text", 0, "wu"),
               ("litigation.total", "text", 0, "wu")],
        meta=dict(year=2024, template="t2021", agency_type="township")),
        id="pin-js-t2021-town-no-review-wu"),
    # ---------------- Zhejiang ----------------
    pytest.param(dict(
        style="zhejiang", url="http://www.jingning.gov.cn/art/2016/3/1/art_1229000_100.html",
        title="某某县大均乡2015年政府信息公开工作年度报告", date="2016-03-01", publisher="大均乡",
        index_no="002660100/2016-00031",
        lines=["本年度报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。",
               "二、主动公开政府信息情况",
               "2015年，我乡通过浙江政务服务网、县政府门户网站等渠道主动公开政府信息131条。",
               "三、依申请公开情况", "2015年，我乡未收到政府信息公开申请。"],
        facts=[("active.items_total", "text", 131, None), ("apply.received.total", "text", 0, "wu")],
        absent=[("active.channel.website", "text", 131)],
        meta=dict(year=2015, template="e2014", agency_type="township")),
        id="fp-zj-e2014-multi-channel-total-not-website"),
    pytest.param(dict(
        style="zhejiang", url="http://www.jingning.gov.cn/art/2017/2/20/art_1229000_200.html",
        title="某某县市场监督管理局2016年政府信息公开工作年度报告", date="2017-02-20", publisher="县市场监管局",
        index_no="002660200/2017-00012",
        lines=["本年度报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
               "二、主动公开政府信息情况",
               "2016年，我局共主动公开政府信息342条，其中通过浙江政务服务网公开行政处罚结果信息118条。",
               "三、依申请公开情况", "2016年共收到政府信息公开申请5件，均已按时答复。"],
        facts=[("active.items_total", "text", 342, None), ("apply.received.total", "text", 5, None)],
        absent=[("active.items_total", "text", 118)],
        meta=dict(year=2016, template="e2014", agency_type="department")),
        id="pin-zj-e2014-zwfw-subset-not-total"),
    # ---------------- Sichuan ----------------
    pytest.param(dict(
        style="sichuan", url="http://www.cnqc.gov.cn/gongkai/show/20191231152400001.html",
        title="青川县档案馆2019年政府信息公开工作年度报告", date="2019-12-31", publisher="县档案馆",
        lines=["一、总体情况",
               "（四）本年度在政府网站主动公开信息9条次；其中：工作动态信息5条、财政预决算信息2条。通过新媒体公开工作信息3条；"
               "未收到依申请公开事项，无收取费用情况。",
               "二、主动公开政府信息情况", "|", "第二十条第（一）项 |", "||||", "|", "信息内容 |", "本年新 |", "本年新 |",
               "对外公开总数量 |", "|", "|", "规章 |", "0 |", "0 |", "0 |", "|", "|", "规范性文件 |", "2 |", "1 |", "5 |",
               "|", "|", "第二十条第（五）项 |", "||||", "|", "信息内容 |", "上一年项目数量 |", "本年增/减 |",
               "处理决定数量 |", "|", "|", "行政许可 |", "4 |", "1 |", "12 |", "|"],
        facts=[("active.channel.website", "text", 9, None), ("active.channel.newmedia", "text", 3, None),
               ("active.normative.issued", "table", 2, None), ("active.normative.published_new", "table", 1, None),
               ("active.normative.public_total", "table", 5, None), ("active.permit.decisions", "table", 12, None),
               ("apply.received.total", "text", 0, "wu")],
        meta=dict(year=2019, template="t2019", agency_type="department")),
        id="pin-sc-t2019-truncated-headers-ben-nian-xin"),
    pytest.param(dict(
        style="sichuan", url="http://cnjg.gov.cn/gongkai/show/0001.html?t=2020nb",
        title="剑阁县2020年政府信息公开工作年度报告", date="2021-01-20", publisher="县政府办公室",
        lines=["《年报》所列数据自2020年1月1日起至2020年12月31日止。", "一、总体情况",
               "（2）深化主动公开内容。2020年，全县主动公开各类政府信息18230条，其中县政府门户网站公开信息11542条、"
               "政务微博“V某某”公开信息2317条。"],
        facts=[("active.items_total", "text", 18230, None), ("active.channel.website", "text", 11542, None),
               ("active.channel.weibo", "text", 2317, None)],
        meta=dict(year=2020, template="t2019", agency_type="gov_region")),
        id="pin-sc-t2019-county-channels-weibo-quoted-name"),
    # ---------------- Hubei ----------------
    pytest.param(dict(
        style="hubei", url="https://www.wuhan.gov.cn/zwgk/xxgk/xxgknb/bmnb/202101/t20210120_100.shtml",
        title="武汉市某某局2020年政府信息公开工作年度报告", date="2021-01-20", publisher="市某某局",
        lines=["根据《湖北省人民政府办公厅关于做好2020年政府信息公开年度报告编制和发布工作的通知》有关要求，现将我局2020年度政府信息公开情况报告如下。",
               "二、主动公开政府信息情况",
               "第二十条第（一）项 | |||||",
               "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | ||",
               "规章（设区的市、自治州人民政府应提供相关数据） | 0 | 0 | 0 | ||",
               "规范性文件（行政机关制定发布的决定、公告、通告、意见、通知，以及标题采用“规定”“办法”等字样的公文） | 3 | 3 | 21 | ||",
               "其他主动公开文件（含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件） | 140 | 92 | 310 | ||",
               "第二十条第（五）项 | |||||",
               "信息内容 | 上一年项目数量（指2019年事项数） | 本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8） "
               "| 处理决定数量（指2020年办件量） | ||",
               "行政许可 | 9 | -1 | 120 | ||",
               "第二十条第（六）项 | |||||",
               "信息内容 | 上一年项目数量（指2019年事项数） | 本年增/减（指2020年增加或减少的事项数，减用负值表示，如-8） "
               "| 处理决定数量（指2020年办件量） | ||",
               "行政处罚 | 85 | 0 | 19 | ||",
               "行政强制 | 4 | 2 | - | ||",
               "三、收到和处理政府信息公开申请情况", "（表略）"],
        facts=[("active.normative.issued", "table", 3, None), ("active.normative.public_total", "table", 21, None),
               ("active.other_doc.issued", "table", 140, None), ("active.other_doc.published_new", "table", 92, None),
               ("active.other_doc.public_total", "table", 310, None), ("active.permit.items_delta", "table", -1, None),
               ("active.permit.decisions", "table", 120, None), ("active.penalty.items_prev", "table", 85, None),
               ("active.coercion.items_delta", "table", 2, None), ("active.coercion.decisions", "table", 0, "dash")],
        absent=[("active.permit.items_delta", "table", -8), ("active.permit.items_prev", "table", 2019)],
        meta=dict(year=2020, template="t2019", agency_type="department")),
        id="hb-t2019-long-headers-dash-cell"),
    pytest.param(dict(
        style="hubei", url="https://www.whdonghu.gov.cn/zwgk_6255/xxgknb_6257/nfzl/gd/202002/t20200221_1.shtml",
        title="武汉市某某生态旅游风景区2019年政府信息公开年度报告", date="2020-02-21", publisher="风景区管委会",
        lines=["本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。", "一、总体情况", "（二）依申请公开",
               "2019年我区共收到公民、法人或其他组织政府信息公开申请17件，均按照工作程序，依法给予了回复。"],
        facts=[("apply.received.total", "text", 17, None)],
        meta=dict(year=2019, template="t2019", agency_type="zone", tables_missing=True)),
        id="pin-hb-t2019-scenic-zone-prose-only"),
    pytest.param(dict(
        style="hubei", url="https://www.whdonghu.gov.cn/zwgk/xxgknb/bmjdhz/202601/t20260116_3.shtml",
        title="武汉市某某风景区城乡工作办事处 2025年政府信息公开工作年度报告", date="2026-01-16", publisher="城乡工作办事处",
        lines=["一、总体情况", "（二）依申请公开方面",
               "2025年，城乡工作办事处收到公民提出的政府信息公开申请3份，均已正式答复。"],
        facts=[("apply.received.total", "text", 3, None)],
        meta=dict(year=2025, template="t2021")),
        id="pin-hb-t2021-applications-counted-in-fen"),
    # ---------------- Jilin ----------------
    pytest.param(dict(
        style="jilin", charset="gbk", url="http://zwgk.changchun.gov.cn/lhs/zfxxgknb/202104/t20210402_100.html",
        title="长春市某某区民政局2020年政府信息公开工作年度报告", date="2021-04-02", publisher="区民政局",
        index_no="11220100MB0000000X/2021-00021",
        lines=["本年度报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。"] + S2_2019_PIPES + [
            "2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：186"] + s3_2019({}) + S4_ZERO,
        facts=[("active.items_published_total", ANY, 186, None), ("active.permit.items_delta", "table", -2, None),
               ("active.normative.public_total", "table", 6, None), ("apply.received_new.total", "table", 0, None)],
        meta=dict(year=2020, template="t2019", agency_type="department")),
        id="pin-jl-t2019-gbk-fabu-zong-shuliang-line"),
    pytest.param(dict(
        style="jilin", url="http://xxgk.jlcity.gov.cn/szf/ndbg/202103/t20210310_937600.html",
        title="吉林市某某区人民政府2020年政府信息公开工作年度报告", date="2021-03-10", publisher="区政府办公室",
        lines=["根据《关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔201960号），编制了本年报。"
               "《报告》中所列数据的统计时间为202011日起至20201231日止。",
               "一、总体情况", "2020年，我区认真落实政务公开工作。"],
        facts=[],
        meta=dict(year=2020, template="t2019", agency_type="gov_self")),
        id="pin-jl-t2019-garbled-period-year-from-title"),
    pytest.param(dict(
        style="jilin", url="http://xxgk.jlcity.gov.cn/jlsndbg/202102/t20210222_932999.html",
        title="吉林市昌邑区某某乡人民政府2020年政府信息公开工作年度报告", date="2021-02-22", publisher="某某乡",
        lines=["报告中所列数据的统计时限为2020年1月1日起至2020年12月31日止。", "一、总体情况",
               "（一）主动公开情况。2020年，我乡通过吉林市人民政府政务信息公开网站发布公文共计12件。",
               "（二）依申请公开情况。2020年，我乡未收到政府信息公开申请，无依申请公开情况。",
               "（三）政府信息公开行政复议、行政诉讼情况。2020年，我乡未收到公开行政复议、行政诉讼的情况。"],
        facts=[("apply.received.total", "text", 0, "wu"), ("review.total", "text", 0, "wu"),
               ("litigation.total", "text", 0, "wu")],
        meta=dict(year=2020, template="t2019", agency_type="township")),
        id="pin-jl-t2019-township-no-requests"),
    # ---------------- Anhui ----------------
    pytest.param(dict(
        style="anhui", url="http://xxgk.ah.gov.cn/UserData/DocHtml/731/2017/3/29/5003799999.html",
        title="安徽省某某市人民政府2016年政府信息公开工作报告", date="2017-03-29", publisher="市政务公开办",
        lines=["本报告综合各县、区人民政府和市政府各部门的政府信息公开工作报告和有关统计数据而成。"
               "本年度报告中使用数据统计期限为2016111231。",
               "一、概述", "2016年，全市政府信息公开工作稳步推进。"],
        facts=[],
        meta=dict(year=2016, template="e2014")),
        id="pin-ah-e2014-gongzuo-baogao-garbled-period"),
    pytest.param(dict(
        style="anhui", url="https://www.ahsz.gov.cn/html/2017/3/26555735905999.html",
        title="宿州市某某县人民政府2016年政府信息公开工作年度报告", date="2017-03-20", publisher="县政务公开办",
        lines=["宿州市某某县人民政府2016年", "政府信息公开工作年度报告", "某某县人民政府办公室", "2017年3月",
               "本报告按照《安徽省政务公开办公室关于做好2016年度政府信息公开年度报告编制公布和统计数据报送工作的通知》"
               "（皖政办秘〔2016〕18号）要求编制。本年度报告中使用数据统计期限为2016年1月1日至12月31日。",
               "二、主动公开情况", "2016年，全县共主动公开政府信息8732条，其中政策解读稿件发布数46篇。",
               "三、依申请公开情况", "全年共受理依申请公开政府信息41件，其中网络申请29件，信函申请12件。"],
        facts=[("active.items_total", "text", 8732, None), ("apply.received.total", "text", 41, None),
               ("apply.channel.online", "text", 29, None), ("apply.channel.letter", "text", 12, None)],
        meta=dict(year=2016, template="e2014", agency_type="gov_self")),
        id="pin-ah-e2014-title-split-over-lines"),
    pytest.param(dict(
        style="anhui", url="https://www.qinglong.gov.cn/XxgkAnnualReport/show/1030.html",
        title="青龙乡2016年政府信息公开工作年度报告", date="2017-02-10", publisher="青龙乡人民政府",
        lines=["本年度报告中所列数据的统计期限自2016年1月1日起至12月31日止。", "二、政府信息主动公开情况",
               "2016年，我乡积极通过政府信息公开网站、先锋网、微信等载体，主动公开政府信息165条，其中机构领导类12条，"
               "政策法规类9条，业务公开类118条，财务预决算类6条。",
               "三、依申请公开情况", "2016年，我乡未收到政府信息公开申请。"],
        facts=[("active.items_total", "text", 165, None), ("apply.received.total", "text", 0, "wu")],
        absent=[("active.items_total", "text", 118)],
        meta=dict(year=2016, template="e2014", agency_type="township")),
        id="pin-ah-e2014-township-category-labels"),
    # ---------------- Fujian ----------------
    pytest.param(dict(
        style="fujian", url="http://www.fzja.gov.cn/xjwz/zwgk/zfxxgk/zfxxgknb/201701/t20170112_1300.htm",
        title="福州市某某区2016年政府信息公开工作年度报告", date="2017-01-12", publisher="区人民政府办公室",
        lines=["本报告统计数据从2016年1月1日至2016年12月31日止。", "七、附表", "政府信息公开情况统计表",
               "统计指标 | 单位 | 统计数 |",
               "一、主动公开情况 | —— | —— |",
               "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） | 条 | 2861 |",
               "其中：主动公开规范性文件数 | 条 | 14 |",
               "制发规范性文件总数 | 件 | 14 |",
               "（二）通过不同渠道和方式公开政府信息的情况 | —— | —— |",
               "1.政府公报公开政府信息数 | 条 | 0 |",
               "2.政府网站公开政府信息数 | 条 | 2861 |",
               "3.政务微博公开政府信息数 | 条 | 410 |",
               "4.政务微信公开政府信息数 | 条 | 385 |",
               "5.其他方式公开政府信息数 | 条 | 96 |",
               "三、依申请公开情况 | —— | —— |",
               "（一）收到申请数 | 件 | 37 |",
               "1.当面申请数 | 件 | 5 |", "2.传真申请数 | 件 | 0 |", "3.网络申请数 | 件 | 26 |", "4.信函申请数 | 件 | 6 |",
               "（二）申请办结数 | 件 | 37 |", "1.按时办结数 | 件 | 37 |", "2.延期办结数 | 件 | 0 |",
               "四、行政复议数量 | 件 | 1 |",
               "（一）维持具体行政行为数 | 件 | 1 |", "（二）被依法纠错数 | 件 | 0 |", "（三）其他情形数 | 件 | 0 |",
               "七、依申请公开信息收取的费用 | 万元 | 0 |"],
        facts=[("active.items_total", "table", 2861, None), ("active.normative.published", "table", 14, None),
               ("active.normative.issued_total", "table", 14, None), ("active.channel.weibo", "table", 410, None),
               ("active.channel.wechat", "table", 385, None), ("apply.received.total", "table", 37, None),
               ("apply.channel.online", "table", 26, None), ("apply.closed.on_time", "table", 37, None),
               ("review.total", "table", 1, None), ("review.upheld", "table", 1, None),
               ("fee.request_fees", "table", 0, None)],
        checks={"O1": True, "O2": True},
        meta=dict(year=2016, template="e2014", agency_type="gov_region")),
        id="pin-fj-e2014-tongjibiao-pipes"),
    pytest.param(dict(
        style="fujian", url="http://tjj.fuzhou.gov.cn/zz/wjtz/202002/t20200228_3209999.htm",
        title="福州市某某局2019年政府信息公开工作年度报告", date="2020-01-08", publisher="某某局",
        lines=["报告全文由总体情况、主动公开政府信息情况，收到和处理政府信息公开申请情况等六个部分组成。"
               "统计数据时间为2019年1月1日至2019年12月31日。",
               "一、总体情况",
               "2019年，累计对外公开规章和规范性文件11件，行政处罚3项，政府集中采购4项，收到并处理政府信息公开申请6项。"],
        facts=[("apply.received.total", "text", 6, None)],
        meta=dict(year=2019, template="t2019", agency_type="department")),
        id="fj-t2019-received-counted-in-xiang"),
    # ---------------- more Shanghai / Beijing e2008 pins ----------------
    pytest.param(dict(
        style="shanghai", url="https://www.shanghai.gov.cn/nw22700/20200820/0001-22700_18500.html",
        title="上海市某某区人民政府2008年政府信息公开年度报告", date="2009-01-05", publisher="某某区人民政府",
        lines=["上海市某某区人民政府", "2009年1月1日", "引言",
               "本年度报告是根据《条例》和《规定》要求，由上海市某某区人民政府编制。全文包括概述，主动公开政府信息情况，"
               "依申请公开政府信息情况，政府信息公开咨询处理情况，政府信息公开复议、诉讼情况，并附相关说明和指标统计表。",
               "一、概述",
               "本区自2004年5月1日起开展政府信息公开工作。为此，专门配备了3名全职工作人员、38名兼职工作人员，"
               "设立了2个专门的信息申请受理点。截至2008年底，本区政府信息公开工作运行正常。"],
        facts=[("org.staff_fulltime", "text", 3, None), ("org.staff_parttime", "text", 38, None)],
        absent=[("org.staff_fulltime", "text", 2004)],
        meta=dict(year=2008, template="e2008", agency_type="gov_self")),
        id="pin-sh-e2008-district-staff-intro-date-line"),
    pytest.param(dict(
        style="beijing", url="https://www.bjxch.gov.cn/zt/xxgkzl/gknbxqx/pnidpv843100.html",
        title="宣武区某某街道办事处2009年政府信息公开工作年度报告", date="2010-03-25", publisher="某某街道办事处",
        lines=["本报告中所列数据的统计期限自2009年1月1日《条例》实施之日起，至2009年12月31日止。",
               "一、概述", "街道办事处办公室为地区政府信息公开工作主管部门。",
               "二、主动公开情况", "（一）公开情况",
               "本街道2009年共主动公开政府信息142条，其中全文电子化率达100%。在主动公开的信息中，机构职责1条；规划计划3条。",
               "三、依申请公开情况", "2009年，本街道共受理政府信息公开申请2件，其中当面申请1件，信函申请1件。"],
        facts=[("active.items_total", "text", 142, None), ("active.items_fulltext_e_pct", "text", 100, None),
               ("apply.received.total", "text", 2, None), ("apply.channel.in_person", "text", 1, None),
               ("apply.channel.letter", "text", 1, None)],
        meta=dict(year=2009, template="e2008", agency_type="township")),
        id="pin-bj-e2008-street-period-from-tiaoli-date"),
    pytest.param(dict(
        style="hubei", url="http://www.wuhan.gov.cn/hbgovinfo/zwgk/szfxxgkndbg/201903/t20190304_253800.html",
        title="2018年武汉市某某区政府信息公开工作年度报告", date="2019-03-04", publisher="区政府办公室",
        lines=["本报告根据《中华人民共和国政府信息公开条例》（国务院令第492号）要求编制。",
               "二、主动公开政府信息情况", "2018年，全区主动公开政府信息5214条，其中通过政府网站公开4102条，政务微信公开730条。",
               "三、依申请公开政府信息情况", "全年共收到政府信息公开申请64件，已全部办结。"],
        facts=[("active.items_total", "text", 5214, None), ("active.channel.website", "text", 4102, None),
               ("active.channel.wechat", "text", 730, None), ("apply.received.total", "text", 64, None)],
        absent=[("apply.received.total", "text", 492)],
        meta=dict(year=2018, template="e2014")),
        id="pin-hb-e2014-order-number-not-a-count"),
    # ---------------- Chongqing (2019 transition) ----------------
    pytest.param(dict(
        style="chongqing", url="http://cqszx.gov.cn/jz/zwgk/zfxxgknb/202003/t20200330_6636200.html",
        title="石柱土家族自治县某某镇人民政府2019年政府信息公开工作年度报告", date="2020-03-30", publisher="某某镇",
        lines=["本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。", "一、总体情况",
               "（一）主动公开政府信息的数量及类别情况",
               "2019年我镇共制作发布政府信息总数为74条，其中主动公开信息数为74条，作为依申请公开信息数为3条，不予公开信息数为0条。",
               "（二）政府信息依申请公开办理情况", "本年度我镇未收到关于依申请公开政府信息的申请"],
        facts=[("active.items_total", "text", 74, None), ("apply.received.total", "text", 0, "wu")],
        absent=[("apply.received.total", "text", 3)],
        meta=dict(year=2019, template="t2019", agency_type="township")),
        id="fp-cq-t2019-yishenqing-category-count-not-requests"),
]


@pytest.mark.parametrize("case", CASES)
def test_real_style(case: dict) -> None:
    report = parse_case(case)
    got = show(report)
    for key, source, value, flag in case.get("facts", []):
        facts = find(report, key, None if source is ANY else source)
        assert facts, f"{key} ({source}) missing; got: {got}"
        assert any(f.value == pytest.approx(value) for f in facts), f"{key}={value} expected; got: {got}"
        if flag is not ANY:
            match = [f for f in facts if f.value == pytest.approx(value)]
            assert any(f.value_flag == flag for f in match), f"{key} flag {flag!r} expected; got: {got}"
    for key, source, value in case.get("absent", []):
        bad = [f for f in find(report, key, source) if f.value == pytest.approx(value)]
        assert not bad, f"{key}={value} must not be stored; got: {got}"
    for rule, passed in case.get("checks", {}).items():
        checks = [c for c in report.checks if c.rule == rule]
        assert checks, f"check {rule} missing; got {[c.rule for c in report.checks]}"
        assert all(c.passed is passed for c in checks), f"check {rule}: {[(c.passed, c.detail) for c in checks]}"
    meta = case.get("meta", {})
    for field_name, expected in meta.items():
        assert getattr(report, field_name) == expected, (
            f"{field_name}: expected {expected!r}, got {getattr(report, field_name)!r}")
    assert report.title, "the report title must be read"
