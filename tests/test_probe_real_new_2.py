"""Black-box probe, second pass: reports of reporting years 2019-2024 (t2019 / t2021) from provinces, cities,
counties, departments, 乡镇, 街道 and 开发区 as real portals publish them.

Every case is a short report page written for this file. It reproduces a phrasing or layout pattern seen in real
published reports of those years (the same grammatical shape and key words) with other names, numbers and
surrounding sentences. The page is served the way a portal serves it: CMS chrome, the 索引号/发布机构/发文日期 block,
breadcrumb, footer. Expectations follow the domain spec: keys of 2.1-2.5, the value rules of 2.7 (无 → 0 with flag
wu, approx words), the checks of 1(d) (R10 text against table), agency typing of 3.2, and the year rules of 0.
Cases named ``fp-…`` assert that a number which is not the statistic is not stored under the statistic's key.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

ANY = object()  # the fact must exist with this value; its flag is not asserted


# ---------------------------------------------------------------------------------------------------------------
# page builder: a gkmlpt / Hanweb-like article page
# ---------------------------------------------------------------------------------------------------------------

def portal_page(title: str, lines: list[str], *, site: str = "某某市人民政府", publisher: str = "",
                index_no: str = "11440300MB2C00000X/2024-00012", date: str = "2024-01-22") -> bytes:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    meta = (
        "<div class='xxgk-meta'><table>"
        f"<tr><td>索引号：</td><td>{html.escape(index_no)}</td><td>分类：</td><td>政府信息公开年报</td></tr>"
        f"<tr><td>发布机构：</td><td>{html.escape(publisher or site)}</td><td>发文日期：</td><td>{date}</td></tr>"
        f"<tr><td>名称：</td><td colspan='3'>{html.escape(title)}</td></tr>"
        "</table></div>"
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}-{html.escape(site)}</title>
<script src="/js/jquery.min.js"></script></head>
<body>
<div class="topbar">欢迎访问{html.escape(site)}门户网站 <a href="/wza/">无障碍</a> <a href="/lzms/">长者模式</a> <a href="/login">登录</a></div>
<div class="menu"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzhd/">公众互动</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年度报告</a></div>
{meta}
<div class="content"><h2 class="art-title">{html.escape(title)}</h2>
<div class="art-info">发布时间：{date} 来源：{html.escape(publisher or site)} 【字体：大 中 小】</div>
<div class="article-content" id="zoom">
{body}
</div>
<div class="art-tool"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="footer"><p>主办单位：{html.escape(site)}办公室 地址：某某路1号</p><p>网站标识码：4403000001 粤ICP备05000001号</p></div>
</body></html>"""
    return page.encode("utf-8")


def parse(url: str, title: str, lines: list[str], **kw) -> Report:
    body = portal_page(title, lines, **kw)
    return parse_report([Fetched(url, body, {"content-type": "text/html; charset=utf-8"})])


def show(report: Report) -> str:
    return "; ".join(f"{f.source}:{f.key}={f.value}/{f.value_flag}({f.raw_value!r})" for f in report.facts)


def find(report: Report, key: str, source: str | None) -> list[Fact]:
    keys = key.split("|")  # "a|b": the spec allows either key for this statement
    return [f for f in report.facts if f.key in keys and (source is None or f.source == source)]


# ---------------------------------------------------------------------------------------------------------------
# flattened tables as real pages show them
# ---------------------------------------------------------------------------------------------------------------

def cells_per_line(rows: list[list[str]]) -> list[str]:
    """Each table cell on its own paragraph ending in '|', each row closed by a line of pipes (one real layout)."""
    out: list[str] = []
    for row in rows:
        for cell in row:
            out.append(f"{cell} |" if cell else "|")
    return out


SEC2_2021_CELLS = (
    ["二、主动公开政府信息情况"]
    + ["第二十条第(一)项 |", "|||"]
    + cells_per_line([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                      ["规章", "0", "0", "0"], ["行政规范性文件", "1", "0", "4"]])
    + ["第二十条第(五)项 |", "|||"]
    + cells_per_line([["信息内容", "本年处理决定数量"]]) + ["||"]
    + cells_per_line([["行政许可", "57"]]) + ["||"]
    + ["第二十条第(六)项 |", "|||"]
    + cells_per_line([["信息内容", "本年处理决定数量"]]) + ["||"]
    + cells_per_line([["行政处罚", "6"]]) + ["||"]
    + cells_per_line([["行政强制", "0"]]) + ["||"]
    + ["第二十条第(八)项 |", "|||"]
    + cells_per_line([["信息内容", "本年收费金额(单位:万元)"]]) + ["||"]
    + cells_per_line([["行政事业性收费", "3.25"]])
)


def sec3_2021_rows(received: list[int], carried_in: list[int], granted: list[int], carried_out: list[int]) -> list[str]:
    """Section 三 (2021) with one table row per paragraph, cells joined by ' | ' (another real layout)."""
    zero = [0] * 7
    total = [g for g in granted]

    def row(label: str, vals: list[int]) -> str:
        return "| " + label + " | " + " | ".join(str(v) for v in vals) + " |"

    labels = [
        ("| 三、本年度办理结果 | (一)予以公开", granted),
        ("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", zero),
        ("(三)不予公开 | 1.属于国家秘密", zero), ("2.其他法律行政法规禁止公开", zero),
        ("3.危及“三安全一稳定”", zero), ("4.保护第三方合法权益", zero), ("5.属于三类内部事务信息", zero),
        ("6.属于四类过程性信息", zero), ("7.属于行政执法案卷", zero), ("8.属于行政查询事项", zero),
        ("(四)无法提供 | 1.本机关不掌握相关政府信息", zero), ("2.没有现成信息需要另行制作", zero),
        ("3.补正后申请内容仍不明确", zero),
        ("(五)不予处理 | 1.信访举报投诉类申请", zero), ("2.重复申请", zero), ("3.要求提供公开出版物", zero),
        ("4.无正当理由大量反复申请", zero), ("5.要求行政机关确认或重新出具已获取信息", zero),
        ("(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", zero),
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", zero),
        ("3.其他", zero), ("(七)总计", total),
    ]
    return (["三、收到和处理政府信息公开申请情况",
             "| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||",
             "| 自然人 | 法人或其他组织 | 总计 | |||||||",
             "| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||",
             row("一、本年新收政府信息公开申请数量", received),
             row("二、上年结转政府信息公开申请数量", carried_in)]
            + [row(label, vals).replace("| | ", "| ", 1) for label, vals in labels]
            + [row("四、结转下年度继续办理", carried_out)])


def sec4_rows(vals: list[int]) -> list[str]:
    return ["四、政府信息公开行政复议、行政诉讼情况",
            "| 行政复议 | 行政诉讼 |",
            "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
            "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
            "| " + " | ".join(str(v) for v in vals) + " |"]


TAIL = ["五、存在的主要问题及改进情况",
        "信息发布的及时性仍有欠缺。下一步将加强业务培训。",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。"]


# ---------------------------------------------------------------------------------------------------------------
# the cases
# ---------------------------------------------------------------------------------------------------------------

def case(id_: str, url: str, title: str, lines: list[str], *, facts: dict | None = None,
         absent: list[str] | None = None, table: dict | None = None, no_table: list[str] | None = None,
         meta: dict | None = None, checks: dict | None = None):
    return pytest.param(dict(url=url, title=title, lines=lines, facts=facts or {}, absent=absent or [],
                             table=table or {}, no_table=no_table or [], meta=meta or {}, checks=checks or {}),
                        id=id_)


CASES = [
    # ----- 依申请公开: received ------------------------------------------------------------------------------
    case("text-received-laizi-gongmin-duiyishenqing-de-shenqing",
         "http://www.example-zc.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370883000000000Q&fbtime=2023",
         "某市清泉镇人民政府2023年政府信息公开工作年度报告",
         ["本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
          "一、总体情况",
          "(一)主动公开情况",
          "2023年度,我镇通过网站主动公开政府信息共39条,其中工作动态27条,通知公告8条。",
          "(二)依申请公开情况",
          "2023年度,我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请3件,比上年减少1件,"
          "均按时完成答复。全年未收到因依申请公开答复而引起的行政复议和诉讼。"],
         facts={"apply.received.total": 3},
         absent=["apply.received.total=0"]),
    case("text-received-shouli-xiang-shangji-tichu-de-shenqing",
         "http://www.example-sy.gov.cn/zwgk/zfxxgknb/2022/jdbsc/202301/t20230116_3300001.html",
         "2022年长青路街道政府信息公开工作年度报告",
         ["现将2022年长青路街道办事处政府信息公开情况报告如下:",
          "一、总体情况",
          "(一)主动公开",
          "截止到2022年12月,长青路街道主动公开涉及社会救助、养老服务、安全生产等方面信息381条。",
          "(二)依申请公开",
          "受理公民、法人和其他组织向街道办事处提出的政府信息公开申请4件,均在法定时限内予以答复。",
          "(三)政府信息管理"],
         facts={"apply.received.total": 4, "active.items_total": 381}),
    case("text-no-request-weishoudao-tichu-de-zhengfu-xinxi-yishenqing",
         "http://www.example-dc.gov.cn/xxgk-show-130001.html",
         "石门乡人民政府2023年度政府信息公开工作年度报告",
         ["现将我乡2023年度信息公开工作情况报告如下。",
          "一、总体情况",
          "(一)政府信息主动公开情况",
          "石门乡通过政务公开栏、村务公示栏等渠道公示各类信息,内容覆盖民生、资金等领域。",
          "(二)政府信息依申请公开情况",
          "2023年,石门乡未收到社会组织或群众个人提出的政府信息依申请公开。",
          "(三)政府信息管理情况"],
         facts={"apply.received.total": (0, "wu")}),
    case("text-no-request-wu-yifa-shenqing-gongkai-jian",
         "https://www.example-sy.gov.cn/zwgk/zfxxgk/zfxxgknb/2021n/202201/t20220128_7000001.html",
         "某县宽阔乡人民政府2021年信息公开工作年度报告",
         ["一、总体情况",
          "(一)政府信息主动公开情况",
          "截止2021年12月31日,通过政府门户网站、微信公众号等载体全年累计主动公开政府信息数量58条。",
          "(二)依申请公开情况",
          "2021年度我乡无依法申请公开件。",
          "(三)政府信息管理情况"],
         facts={"active.items_total": 58, "apply.received.total": (0, "wu")},
         meta={"year": 2021, "template": "t2021", "agency_type": "township"}),
    case("text-received-shouli-number-before-shenqing-no-unit",
         "https://www.example-gm.gov.cn/gmbs/gkmlpt/content/9/9100/post_9100001.html",
         "某区凤凰街道2020年政府信息公开工作年度报告",
         ["起止时间为2020年1月1日至12月31日。",
          "一、总体情况",
          "(一)加大政府信息主动公开力度",
          "2020年,凤凰街道主动公开各类政府信息总数达412条,其中政务动态230条。",
          "(二)依申请公开政府信息情况",
          "2020年凤凰街道共受理3申请公开政府信息,均为当面申请,均在法定期限内答复了申请人。"],
         facts={"apply.received.total": 3, "active.items_total": 412}),
    # ----- carried in / out ---------------------------------------------------------------------------------
    case("text-carried-in-jiezhuan-shangniandu-word-order",
         "http://www.example-hn.gov.cn/hnszf/xxgk/zfxxgknb/szbm/202201/t20220128_1430001.html",
         "某省人民政府办公厅2021年政府信息公开工作年度报告",
         ["本报告中所列数据统计期限为2021年1月1日至12月31日。",
          "一、总体情况",
          "(二)依法办理依申请公开。2021年收到政府信息公开申请120件,结转上年度政府信息公开申请6件,"
          "共办理完成121件,结转下年度继续办理5件。"],
         facts={"apply.received.total": 120, "apply.carried_in.total": 6, "apply.carried_out.total": 5},
         meta={"agency_type": "gov_office"}),
    case("text-carried-in-out-shangnian-jiezhuan-dafu",
         "https://www.example-fz.gov.cn/zfxxgkzl/ndbg/202401/t20240112_4750001.htm",
         "某高新区2023年政府信息公开工作年度报告",
         ["本报告中所列数据的统计时限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(二)依申请公开",
          "2023年,我区共收到依申请公开政府信息11件,已答复11件,其中,上年结转答复2件,结转下一年答复2件。"
          "网上申请7件,信函申请4件。"],
         facts={"apply.received.total": 11, "apply.carried_in.total": 2, "apply.carried_out.total": 2,
                "apply.channel.online": 7, "apply.channel.letter": 4},
         meta={"agency_type": "zone"}),
    case("text-carried-out-none-wu-zhuanjie-xianiandu-jian",
         "https://www.example-js.gov.cn/art/2024/1/19/art_1229850102_90001.html",
         "某县云溪镇人民政府2023年政府信息公开工作年度报告",
         ["本报告所列数据统计期限为2023年1月1日至12月31日。",
          "一、总体情况",
          "(二)依申请公开情况。",
          "2023年,云溪镇全年共收到依申请公开件2件,已按期答复2件,无转结下年度继续办理件。"],
         facts={"apply.received.total": 2, "apply.carried_out.total": (0, "wu")}),
    case("text-carried-in-out-zhuanjie-zhuan-xiayinian-zero",
         "https://www.example-hj.gov.cn/gk/zfxxgknb/xxgkndbg1/content_190001",
         "某县2023年政府信息公开工作年度报告",
         ["报告中所列数据统计期为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(二)依申请公开情况。2023年,新受理政府信息公开申请14件,办结14件,上年转结政府信息公开申请0件,"
          "转下一年办理0件。"],
         facts={"apply.received.total": 14, "apply.carried_in.total": 0, "apply.carried_out.total": 0}),
    # ----- review / litigation --------------------------------------------------------------------------------
    case("text-review-litigation-sheji-fuyi-0-jian-susong-0-jian",
         "https://www.example-js.gov.cn/art/2024/1/19/art_1229850102_90002.html",
         "某县梅林镇人民政府2023年政府信息公开工作年度报告",
         ["本报告所列数据统计期限为2023年1月1日至12月31日。",
          "一、总体情况",
          "(二)依申请公开情况。2023年,梅林镇全年共收到依申请公开件3件,已按期答复3件。"
          "涉及复议0件,诉讼0件,无被纠错和败诉。"],
         facts={"apply.received.total": 3, "review.total": (0, ANY), "litigation.total": (0, ANY)}),
    case("text-review-litigation-qizhong-jian-weichi-jian-shangwei-shenjie",
         "http://www.example-hn.gov.cn/hnszf/xxgk/zfxxgknb/szbm/202201/t20220128_1430002.html",
         "某市人民政府办公室2021年政府信息公开工作年度报告",
         ["本报告中所列数据统计期限为2021年1月1日至12月31日。",
          "一、总体情况",
          "(二)依法办理依申请公开。2021年收到政府信息公开申请47件,办理完成45件;发生行政复议3件,"
          "其中2件维持,1件尚未审结;发生行政诉讼2件,其中1件维持,1件尚未审结。"],
         facts={"apply.received.total": 47, "review.total": 3, "review.upheld": 2, "review.pending": 1,
                "litigation.total": 2, "litigation.upheld": 1, "litigation.pending": 1}),
    case("text-review-litigation-wei-qita-jieguo",
         "http://www.example-tz.gov.cn/zwgk/zfxxgk/zfxxgknb/2023n/202402/t20240205_80000001.html",
         "某县2023年政府信息公开工作年度报告",
         ["除特别说明外,所列数据统计时限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(二)依申请公开情况",
          "2023年,我县共收到政府信息公开申请26件,均在规定时间内按要求回复。2023年度发生行政复议案件1件,"
          "为其他结果;行政诉讼案件1件,为其他结果。"],
         facts={"apply.received.total": 26, "review.total": 1, "review.other": 1, "litigation.total": 1}),
    case("fp-review-not-overturned-is-not-zero-reviews",
         "https://www.example-ly.gov.cn/info/1042/60001.htm",
         "某高新区2023年政府信息公开工作年度报告",
         ["本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
          "一、总体情况",
          "(二)依申请公开方面。全年共收到公民、法人提交的政府信息公开申请15件,同比增长0.5倍。"
          "未出现因依申请公开引发的行政复议和行政诉讼被撤销或败诉等情况。"],
         facts={"apply.received.total": 15},
         absent=["review.total", "litigation.total"]),
    # ----- 主动公开: totals and channels ----------------------------------------------------------------------
    case("fp-items-total-not-the-wechat-count",
         "http://xxgk.example-gp.gov.cn/gzbm/zfbgs/zfxxgknb/202401/t20240125_1920001.shtml",
         "某市人民政府办公室2023年政府信息公开工作年度报告",
         ["本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
          "一、总体情况",
          "(一)主动公开方面",
          "2023年,在市人民政府门户网站政府信息公开专栏发布政务动态类信息96条,发布市政府文件及解读信息41条。"
          "我办开办的“某市发布”微信公众号全年发布信息1840条。",
          "(二)依申请公开方面",
          "全年共收到和办理依申请公开6件,全部为自然人申请,上年度结转政府信息公开申请0件。"],
         facts={"active.channel.wechat": 1840, "apply.received.total": 6},
         absent=["active.items_total=1840"]),
    case("fp-items-total-not-the-new-media-count",
         "http://www.example-ly.gov.cn/art/2024/2/2/art_1229114055_80001.html",
         "某县人民政府2023年政府信息公开工作年度报告",
         ["本报告中所列数据统计期限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(一)主动公开方面。全年县政府各部门、乡镇(街道)累计通过政府门户网站发布各类政府信息6120条,"
          "政务新媒体主动公开信息8807条。回应公众关注热点5次。",
          "(二)依申请公开方面。2023年,全县共受理政府信息公开申请58件(另有1件结转下年度办理)。"],
         facts={"active.channel.website": 6120, "active.channel.newmedia": 8807, "apply.received.total": 58},
         absent=["active.items_total=8807"]),
    case("text-wechat-account-name-in-parentheses-unit-pian",
         "http://www.example-xr.gov.cn/zfxxgk/zfxxgknb/2023n/xzjd/202401/t20240118_80000002.html",
         "青山镇2023年政府信息公开工作年度报告",
         ["本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
          "一、总体情况",
          "(一)主动公开方面",
          "青山镇在市人民政府门户网站发布政务信息共47条。通过青山镇微信公众号(某市青山镇人民政府)"
          "发布信息共96篇,其中一周工作动态41篇。",
          "(二)依申请公开方面",
          "2023年我镇未收到政府信息公开申请。"],
         facts={"active.channel.website": 47, "active.channel.wechat": 96, "apply.received.total": (0, "wu")}),
    case("text-wechat-tuisong-four-item-object-approx",
         "http://www.example-rc.gov.cn/jz/ssz/zwgk/zfxxgknb/202101/t20210128_8840001.html",
         "双石镇2020年政府信息公开工作年度报告",
         ["现将2020年度政府信息公开工作报告公布如下(本报告所列数据统计期限自2020年1月1日起至2020年12月31日止):",
          "一、总体情况",
          "2020年,我镇利用区政府门户网站信息公开专栏发布政策文件。通过区政府门户网站公开镇财政信息,2条;"
          "通过“双石政务”微信公众号推送涉及教育、医疗、公共文化、社会保障等的政务动态45余条。",
          "2020年,我镇未收到依申请公开请求。"],
         facts={"active.channel.wechat": (45, "approx"), "apply.received.total": (0, "wu")},
         meta={"year": 2020, "template": "t2019"}),
    case("text-wechat-zhengwu-weixin-fabu-neirong-gongji",
         "https://www.example-zj.gov.cn/gk/zwgk/2023zfxxgknb/xzf/1600001.htm",
         "某县人民政府2023年政府信息公开工作年度报告",
         ["所列数据统计时间为2023年1月1日起至2023年12月31日止。",
          "一、总体情况",
          "(一)主动公开方面。通过政府网站公开政府文件、重大项目等政府信息15230条;通过政务微信发布县内工作动态、"
          "安全提示等内容共计1706条。",
          "(二)依申请公开方面。2023年,全县共收到政府信息公开申请33件,上年结转1件。"],
         facts={"active.channel.website": 15230, "active.channel.wechat": 1706, "apply.received.total": 33,
                "apply.carried_in.total": 1}),
    case("text-wechat-xinxi-fabuliang",
         "https://www.example-sn.gov.cn/sn/xxgknb/202101/a4bb87543c1e4b3380430000000001.shtml",
         "某县人民政府2020年政府信息公开工作年度报告",
         ["本年度报告中所列数据的统计期限自2020年1月1日起至12月31日止。",
          "一、总体情况",
          "2020年,全县发布解读信息31条,回应公众关注热点2次。“某县发布”微信公众号信息发布量64条,订阅人数为5210。"],
         facts={"active.channel.wechat": 64, "response.interpretations": 31}),
    case("text-channel-label-colon-fabu-xinxi",
         "http://www.example-mh.gov.cn/zwgk/xxgk/xzj/xhz/ndbg/202401/t20240116_50001.html",
         "红旗镇人民政府2023年度政府信息公开工作年度报告",
         ["所列数据统计时限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(一)主动公开情况",
          "1、公开渠道与数量",
          "政府网站:发布信息37条,涵盖政府职能、财政预决算、工作动态等。",
          "微信公众号:发布信息158条,及时推送镇内新闻、服务指南等。",
          "公告栏:在镇内公共场所设置公告栏,定期更新政府信息。"],
         facts={"active.channel.website": 37, "active.channel.wechat": 158}),
    case("text-website-menhuwang-fabu-xinxi-wei",
         "http://admin.example-yz.gov.cn:8888/gxy/gknb/202401/98ad183d2f5842e5a2185de800000001.shtml",
         "某区高新园2023年政府信息公开工作年度报告",
         ["一、总体情况",
          "本报告相关数据为我单位自2023年1月1日至2023年12月31日统计的政务信息公开数据。一是主动加强政务公开,"
          "本年度某区高新园门户网发布政务公开信息为29条。二是依申请公开,本年度未收到相关单位和个人的公开申请。"],
         facts={"active.channel.website|active.items_total": 29, "apply.received.total": (0, "wu")}),
    case("text-website-renmin-zhengfu-wang-gongkai",
         "https://www.example-hj.gov.cn/gk/zfxxgknb/xxgkndbg1/content_190002",
         "某县2023年政府信息公开工作年度报告",
         ["报告中所列数据统计期为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(一)主动公开情况。",
          "1.信息发布情况。2023年,全县累计公开政府信息18340条。某县人民政府网公开政府信息5032条"
          "(不含政务服务、公共资源交易等专业平台发布的数据),县政府部门和镇(街道)共公开各类政府信息13308条。"],
         facts={"active.items_total": 18340, "active.channel.website": 5032}),
    case("text-items-gongji-fabu-after-via-websites",
         "http://ygdz.example-gy.gov.cn/article_view.aspx?aid=2001",
         "某市人民政府以工代赈办公室2020年度政府信息公开工作年度报告",
         ["《年报》所列数据自2020年1月1日起至2020年12月31日止。",
          "一、政府信息公开总体情况",
          "(一)深化责任落实。把政府信息公开工作任务细化到各科室。",
          "(二)优化公开信息。2020年,市办通过市政府网站、单位网站及时做好信息公开,共计发布信息152条。"
          "其中,发布工作动态类97条、公告31条。"],
         facts={"active.items_total|active.channel.website": 152},
         meta={"year": 2020, "template": "t2019", "agency_type": "department"}),
    case("text-received-jiedao-yishenqing-shixiang-unit-xiang",
         "http://www.example-hz.gov.cn/hzszf/zwgk/xxgknb/2021/sjbm/202202/490f56d5771a4f298b71acd300000001.shtml",
         "某市市场监督管理局2021年政府信息公开工作年度报告",
         ["一、总体情况",
          "(一)主动公开政务信息情况",
          "我局利用市政府门户网站、局官方网站更新了政府信息公开指南,公示各类行政处罚案件信息27条。",
          "(二)依申请公开信息情况",
          "1.申请受理情况。2021年,我局接到依申请公开事项6项,均已答复办结。",
          "2.申请办理情况。在受理的6件政府信息依申请公开中,按申请方式区分,6件属于网络平台申请。"],
         facts={"apply.received.total": 6}),
    case("text-items-gong-fabu-baokuo-zainei-gelei-xinxi",
         "http://www.example-py.gov.cn/art/2021/1/28/art_1229486740_50001.html",
         "某县市场监督管理局2020年政府信息公开工作报告",
         ["一、总体情况",
          "(一)主动公开政府信息情况。",
          "2020年,我局充分利用县政府信息公开网站、政务微博、微信公众号等载体,共发布包括食品、特种设备等"
          "重点领域信息在内的各类信息702条,其中,微信公众号共发布文章388篇,门户网站发布信息314条。",
          "(二)依申请公开信息情况。",
          "2020年我局新收到政府信息公开申请3件。"],
         facts={"active.items_total": 702, "active.channel.wechat": 388, "active.channel.website": 314,
                "apply.received.total": 3}),
    case("pin-litigation-about-other-acts-not-counted",
         "https://www.example-wehdz.gov.cn/2022/zfxxgk/dfbm/rsfj/zfxxgkndbg/202201/t20220119_1900001.shtml",
         "某分局2021年度政府信息公开工作年度报告",
         ["一、总体情况",
          "所列信息公开数据统计期限自2021年1月1日至2021年12月31日。",
          "(三)依申请公开情况",
          "某分局2021年度未收到政府信息依申请公开。",
          "(四)行政复议、提起行政诉讼的情况",
          "2021年度某分局未因信息公开行政复议和提起行政诉讼情况。某分局因具体行政行为被提起行政诉讼3起,"
          "其中2起已审结。"],
         facts={"apply.received.total": (0, "wu"), "review.total": (0, "wu"), "litigation.total": (0, "wu")},
         absent=["litigation.total=3"],
         meta={"year": 2021, "template": "t2021"}),
    # ----- 依申请公开 channels --------------------------------------------------------------------------------
    case("text-apply-channels-tijiao-shenqing-biao-and-dangmian",
         "https://www.example-nhc.gov.cn/doc/2024/01/24/300001.shtml",
         "某省卫生健康委员会2023年政府信息公开工作年度报告",
         ["本报告中所列数据的统计期限自2023年1月1日起至12月31日止。",
          "一、总体情况",
          "(二)依申请公开工作情况。",
          "2023年,共收到政府信息公开申请520件。其中,通过委官方网站提交申请表的431件,占比82.9%;"
          "通过信函提交申请的80件,占比15.4%;当面提交9件,占比1.7%。"],
         facts={"apply.received.total": 520, "apply.channel.online": 431, "apply.channel.letter": 80,
                "apply.channel.in_person": 9}),
    # ----- tables as the excerpts show them --------------------------------------------------------------------
    case("table-no-phantom-section4-from-prose-with-cell-per-line-tables",
         "http://wtly.example-xl.gov.cn/eportal/ui?articleKey=b1710741588949f1955364d300000001&columnId=be3e6b",
         "某旗林业和草原局2023年政府信息公开工作年度报告",
         ["本报告中所列数据统计期限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(一)主动公开情况。2023年通过门户网站累计公开政府信息64条,其中发布通知公告50条。",
          "(二)依申请公开情况。2023年未收到政府信息公开申请。",
          "(三)未发生因信息公开申请行政复议、提起行政诉讼事件。",
          "(四)政府信息管理情况。2023年未印发行政规范性文件。"] + SEC2_2021_CELLS,
         facts={"review.total": (0, "wu"), "litigation.total": (0, "wu")},
         table={"active.permit.decisions": 57, "active.penalty.decisions": 6, "active.normative.in_force": 4,
                "active.admin_fee.amount": 3.25},
         no_table=["review.", "litigation."],
         meta={"tables_missing": False}),
    case("table-cell-per-line-bare-pipe-blank-cells",
         "http://admin.example-yz.gov.cn:8888/gxy/gknb/202401/98ad183d2f5842e5a2185de800000002.shtml",
         "某区工业园2023年政府信息公开工作年度报告",
         ["本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "本年度园区门户网站发布政务公开信息22条。",
          "二、主动公开政府信息情况",
          "第二十条第(一)项 |", "|||"]
         + cells_per_line([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                           ["规章", "", "", ""], ["行政规范性文件", "2", "0", "5"]])
         + ["第二十条第(五)项 |", "|||"]
         + cells_per_line([["信息内容", "本年处理决定数量"]]) + ["||"]
         + cells_per_line([["行政许可", "13"]]) + ["||"] + TAIL,
         table={"active.regulation.issued": (0, "blank"), "active.regulation.in_force": (0, "blank"),
                "active.normative.issued": 2, "active.normative.in_force": 5, "active.permit.decisions": 13},
         meta={"tables_missing": False}),
    case("table-2019-section2-truncated-headers-benianxin",
         "http://gxj.example-wh.gov.cn/jxw/250901/zfxxgk20/zfxxgknb73/1030001/index.html",
         "某市发展和改革委员会2020年政府信息公开工作年度报告",
         ["本报告所列数据的统计期限自2020年1月1日起至2020年12月31日。",
          "一、总体情况",
          "2020年度主动公开政府信息总数1320条。",
          "二、主动公开政府信息情况",
          "第二十条第(一)项 | ||||",
          "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |",
          "规章 | 0 | 0 | 0 | |",
          "规范性文件 | 2 | 2 | 9 | |",
          "第二十条第(五)项 | ||||",
          "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |",
          "行政许可 | 6 | +1 | 230 | |",
          "其他对外管理服务事项 | 3 | 0 | 41 | |"] + TAIL,
         table={"active.normative.issued": 2, "active.normative.published_new": 2,
                "active.normative.public_total": 9, "active.permit.items_delta": 1,
                "active.permit.decisions": 230},
         facts={"active.items_total": 1320},
         meta={"year": 2020, "template": "t2019"}),
    # ----- R10 -------------------------------------------------------------------------------------------------
    case("r10-review-text-differs-from-section4",
         "http://js.example-cc.gov.cn/zcbm/sjj/ndbg/202401/t20240118_3270002.html",
         "某区司法局2023年政府信息公开工作年度报告",
         ["本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(二)依申请公开工作情况。本年度,共受理政府信息公开申请4件,都在法定期限内予以答复。"
          "因政府信息公开引发行政复议2件。"]
         + sec3_2021_rows([4, 0, 0, 0, 0, 0, 4], [0] * 7, [4, 0, 0, 0, 0, 0, 4], [0] * 7)
         + sec4_rows([1, 0, 0, 0, 1] + [0] * 10) + TAIL,
         facts={"review.total": 2, "apply.received.total": 4},
         table={"review.total": 1, "apply.received_new.total": 4},
         checks={"R10.review.total": False, "R10.apply.received.total": True}),
    case("r10-pin-carried-in-text-matches-table",
         "http://js.example-cc.gov.cn/zcbm/gxj/ndbg/202401/t20240118_3270003.html",
         "某区工业和信息化局2023年政府信息公开工作年度报告",
         ["本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(二)依申请公开工作情况。本年度共收到政府信息公开申请5件,上年结转1件,均已办结。"]
         + sec3_2021_rows([5, 0, 0, 0, 0, 0, 5], [1, 0, 0, 0, 0, 0, 1], [6, 0, 0, 0, 0, 0, 6], [0] * 7)
         + sec4_rows([0] * 15) + TAIL,
         facts={"apply.received.total": 5, "apply.carried_in.total": 1},
         table={"apply.received_new.total": 5, "apply.carried_in.total": 1, "apply.carried_out.total": 0},
         checks={"R10.apply.received.total": True}),
    # ----- metadata: agency type, year, template ---------------------------------------------------------------
    case("meta-agency-type-tianjin-jie-is-township",
         "https://www.example-tjbc.gov.cn/zwgk/zfxxgk/xxgk_jrlj/202201/t20220120_5780001.html",
         "宜兴埠街2021年政府信息公开工作年度报告",
         ["一、总体情况",
          "(一)概述",
          "本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
          "(二)政府信息公开情况",
          "2021年主动公开的各类政府信息数量58件。2021年,全街共受理政府信息公开申请总数2件。"],
         facts={"active.items_total": 58, "apply.received.total": 2},
         meta={"agency_type": "township", "year": 2021, "template": "t2021"}),
    case("meta-agency-type-gaokeyuan-is-zone",
         "http://admin.example-yz.gov.cn:8888/lsgky/gknb/202401/98ad183d2f5842e5a2185de800000003.shtml",
         "某区高科园2023年政府信息公开工作年度报告",
         ["2023年园区在区委、区政府的正确领导下,现将2023年度政务信息公开情况公布如下:",
          "一、总体情况",
          "本报告相关数据为我单位自2023年1月1日至2023年12月31日统计的政务信息公开数据。"
          "本年度未收到相关单位和个人的公开申请。"],
         facts={"apply.received.total": (0, "wu")},
         meta={"agency_type": "zone", "year": 2023, "template": "t2021"}),
    # ----- good behaviour to pin -------------------------------------------------------------------------------
    case("pin-city-office-received-carried-review-litigation-2023",
         "https://www.example-jx.gov.cn/art/2024/1/17/art_1229779129_5250001.html",
         "某市人民政府办公室2023年度政府信息公开工作年度报告",
         ["本报告所列数据的统计期限为2023年1月1日至12月31日。",
          "一、总体情况",
          "(一)主动公开情况。主动公开市政府及市政府办公室政策文件64件、政策解读52件、政府公报12期。",
          "(二)依申请公开情况。2023年,共收到政府信息公开申请98件,上年结转3件,共计101件。结转下年度继续办理的9件。"
          "因信息公开引发行政争议8件,其中,行政复议5件,结果维持4件,尚未审结1件;行政诉讼3件,结果维持2件,"
          "尚未审结1件。"],
         facts={"apply.received.total": 98, "apply.carried_in.total": 3, "apply.carried_out.total": 9,
                "review.total": 5, "review.upheld": 4, "review.pending": 1, "litigation.total": 3,
                "litigation.upheld": 2, "active.channel.gazette": 12},
         absent=["apply.received.total=101"],
         meta={"year": 2023, "template": "t2021", "agency_type": "gov_office"}),
    case("pin-traditional-county-received-zhuanjie-channels-review",
         "http://www.example-mirror.com/huaihua/c134066/202302/083d4491055c45fdad3b5de000000001.shtml",
         "某縣2022年政府信息公開工作年度報告",
         ["一、總體情況",
          "(一)主動公開情況。我縣共發布轉載信息2950條,政策解讀17條。",
          "(二)依申請公開情況。2022年,我縣收到政府信息依申請公開7件,上年轉結2件,其中網絡申請數4件,"
          "信函申請數3件,已按程序按時辦理,發生行政復議1件。"],
         facts={"apply.received.total": 7, "apply.carried_in.total": 2, "apply.channel.online": 4,
                "apply.channel.letter": 3, "review.total": 1},
         meta={"year": 2022, "template": "t2021"}),
    case("pin-street-2021-all-negations",
         "http://www.example-lq.gov.cn/art/2022/1/14/art_1229460359_50001.html",
         "桐屿街道2021年度信息公开年度报告",
         ["本年度报告中所列数据的统计期限自2021年1月1日起至12月31日止。",
          "一、总体情况",
          "(一)主动公开",
          "截至2021年12月31日,我街道共主动公开政府信息数512条。通过政府网站公开政府信息数88条,"
          "政务微信公开政府信息数424条。",
          "(二)依申请公开",
          "街道未收到任何公民、法人和其他组织提出的公开政府信息的申请;街道未向申请人收取任何费用;"
          "街道未发生有关政府信息公开工作的行政复议或提起行政诉讼等情况。"],
         facts={"active.items_total": 512, "active.channel.website": 88, "active.channel.wechat": 424,
                "apply.received.total": (0, "wu"), "review.total": (0, "wu"), "litigation.total": (0, "wu")},
         meta={"year": 2021, "template": "t2021", "agency_type": "township"}),
    case("pin-dept-2020-channels-weibo-wechat-interpretations",
         "http://gxj.example-wh.gov.cn/jxw/250901/zfxxgk20/zfxxgknb73/1030002/index.html",
         "某市工业和信息化局2020年政府信息公开工作年度报告",
         ["一、总体情况",
          "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日。",
          "2020年度主动公开政府信息总数1875条。通过局门户网站公开政府信息41条,局微博发布信息380条,"
          "局微信公众号公开政府信息122条,发布政策解读信息5条。"],
         facts={"active.items_total": 1875, "active.channel.website": 41, "active.channel.weibo": 380,
                "active.channel.wechat": 122, "response.interpretations": 5},
         meta={"year": 2020, "template": "t2019", "agency_type": "department"}),
    case("pin-township-2024-traditional-received-zero-digit",
         "http://m.example-mirror.cn/xgxxxgk/lczbmndbg/202501/10e47090edb349a5a0296a4800000001.shtml",
         "某縣長岡鎮2024年政府信息公開工作年度報告",
         ["本年度報告中所列數據統計期限為2024年1月1日至2024年12月31日。",
          "一、總體情況",
          "(一)主動公開情況",
          "截至2024年12月31日,我鎮全年累計主動公開政府信息187條。",
          "(二)依申請公開情況",
          "2024年全鎮依法規范辦理政府信息公開申請,共收到申請0件,共辦結0件。"],
         facts={"active.items_total": 187, "apply.received.total": 0},
         meta={"year": 2024, "template": "t2021", "agency_type": "township", "script": "traditional"}),
    case("pin-street-2019-cases-an-zero-with-appeal",
         "http://www.example-sh.com/gongkai/site_jd/channel_c_5f9f6cdc/doc_5fd87f971e1445b600000001.html",
         "某街道2019年政府信息公开工作年度报告",
         ["一、总体情况",
          "(二)政府信息依申请公开情况",
          "2019年度街道受理信息公开申请0件。",
          "(三)复议、诉讼和申诉情况",
          "2019年度街道发生针对本部门有关政府信息公开事务的行政复议案0件;发生针对本部门有关政府信息公开事务的"
          "行政诉讼案0件;收到各类针对本部门政府信息公开事务有关的申诉案0件。"],
         facts={"apply.received.total": 0, "review.total": 0, "litigation.total": 0},
         meta={"year": 2019, "template": "t2019", "agency_type": "township"}),
    case("pin-r10-text-shouli-differs-from-table",
         "http://js.example-cc.gov.cn/zcbm/tyj/ndbg/202401/t20240115_3270004.html",
         "某市体育局2023年政府信息公开工作年度报告",
         ["本报告所列数据统计期限为2023年1月1日至2023年12月31日。",
          "一、总体情况",
          "(一)主动公开信息情况。截止2023年12月31日我局通过官方网站发布政务类信息52条。",
          "(二)依申请公开工作情况。本年度,共受理政府信息公开申请2件,都在法定期限内予以答复。"]
         + sec3_2021_rows([3, 0, 0, 0, 0, 0, 3], [0] * 7, [3, 0, 0, 0, 0, 0, 3], [0] * 7)
         + sec4_rows([0] * 15) + TAIL,
         facts={"apply.received.total": 2, "active.channel.website": 52},
         table={"apply.received_new.total": 3, "apply.received_new.natural_person": 3},
         checks={"R10.apply.received.total": False},
         meta={"year": 2023, "template": "t2021", "agency_type": "department"}),
]


@pytest.mark.parametrize("c", CASES)
def test_real_new_reports(c):
    r = parse(c["url"], c["title"], c["lines"])
    got = show(r)
    for key, want in c["facts"].items():
        value, flag = want if isinstance(want, tuple) else (want, None)
        hits = find(r, key, "text")
        assert hits, f"no text fact {key}; got: {got}"
        assert any(f.value == value for f in hits), f"{key}: want {value}, got {[f.value for f in hits]}; {got}"
        if flag is not ANY:
            assert any(f.value == value and f.value_flag == flag for f in hits), \
                f"{key}: want flag {flag}, got {[(f.value, f.value_flag) for f in hits]}"
    for item in c["absent"]:
        key, _, value = item.partition("=")
        hits = find(r, key, "text")
        if value:
            assert not any(f.value == float(value) for f in hits), f"{item} must not be read; got: {got}"
        else:
            assert not hits, f"{key} must not be read from this text; got: {got}"
    for key, want in c["table"].items():
        value, flag = want if isinstance(want, tuple) else (want, None)
        hits = find(r, key, "table")
        assert hits, f"no table fact {key}; got: {got}"
        assert hits[0].value == value, f"{key}: want {value}, got {hits[0].value}"
        if flag is not None:
            assert hits[0].value_flag == flag, f"{key}: want flag {flag}, got {hits[0].value_flag}"
    for prefix in c["no_table"]:
        phantom = [f.key for f in r.facts if f.source == "table" and f.key.startswith(prefix)]
        assert not phantom, f"table facts without a table: {phantom}"
    for field, want in c["meta"].items():
        assert getattr(r, field) == want, f"{field}: want {want!r}, got {getattr(r, field)!r}"
    for rule, passed in c["checks"].items():
        hits = [ch for ch in r.checks if ch.rule == rule]
        assert hits, f"no check {rule}; got {[(ch.rule, ch.passed) for ch in r.checks]}"
        assert all(ch.passed is passed for ch in hits), f"{rule}: {[(ch.passed, ch.detail) for ch in hits]}"
