"""Black-box probe: the prose statistics of real reports from the transition years 2015-2020.

Focus: 区/县 departments, 乡镇 and 街道, whose reports are short and phrase their numbers loosely. Every case is a
short report page written for this file. It reproduces a phrasing pattern seen in real published reports of those
years (the same grammatical shape and key words) with other names, numbers and surrounding sentences. The page is
served the way a portal serves it (CMS chrome, metadata block 索引号/发布机构/发布日期, footer; utf-8 or GB18030).
Expectations follow the domain spec: keys of 2.4/2.5, the crosswalk of 2.6, value rules of 2.7 (approx words, 无 → 0
with flag wu), the checks of 1(d) (R10 text against table, O1/O7 in prose), and the reporting-year rules of 0.
Cases that name a false positive assert that a number which is not the statistic (a 政务服务 count, a hotline count,
a cumulative total, a percentage) is not stored under the statistic's key.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

ANY = object()  # do not assert the flag
FEE_ZERO = "fee.none|fee.request_fees"  # spec 2.5 lists both keys for "no fee charged" (→ 0, flag wu)

NAV = "".join(f'<li><a href="/col/col{3300 + i}/index.html">{name}</a></li>' for i, name in enumerate(
    ["首页", "走进本地", "政务公开", "政务服务", "互动交流", "政府信息公开指南", "政府信息公开年报"]))


def page(title: str, lines: list[str], *, date: str = "2018-01-20", publisher: str = "", index_no: str = "",
         charset: str = "utf-8", site: str = "某某区人民政府", tables: str = "") -> bytes:
    """A Hanweb/TRS-like article page: header, nav, breadcrumb, 索引号 block, body paragraphs (+ tables), footer."""
    meta = ""
    if index_no or publisher:
        meta = (f"<table class='xxgk_table'><tr><td>索 引 号：</td><td>{index_no}</td><td>主题分类：</td>"
                f"<td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{html.escape(publisher)}</td>"
                f"<td>发文日期：</td><td>{date}</td></tr></table>")
    body = "".join(f"<p style='text-indent:2em'>{html.escape(t)}</p>" for t in lines)
    meta_charset = "gb2312" if charset == "gb18030" else charset
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">
<title>{html.escape(title)}_{site}</title></head>
<body><div class="head"><span>{site}</span> <a href="/jtbb/">繁體</a> <a href="/wza/">无障碍</a></div>
<ul class="nav">{NAV}</ul>
<div class="crumb">您所在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>
{meta}
<div class="main"><h1 class="tit">{html.escape(title)}</h1>
<div class="source">发布时间：{date} 来源：{html.escape(publisher or site)} 浏览次数：</div>
<div class="TRS_Editor" id="zoom">{body}{tables}</div>
<div class="tool">【打印】【关闭】</div></div>
<div class="footer"><p>主办：{site}办公室 联系电话：0571-86000000</p><p>网站标识码：3301000099 备案号：浙ICP备05000001号</p></div>
</body></html>"""
    return doc.encode(charset)


def parse(url: str, title: str, lines: list[str], **kw) -> Report:
    charset = kw.get("charset", "utf-8")
    header_cs = "gbk" if charset == "gb18030" else charset
    return parse_report([Fetched(url, page(title, lines, **kw), {"content-type": f"text/html; charset={header_cs}"})])


def text_facts(r: Report) -> dict[str, Fact]:
    return {f.key: f for f in r.facts if f.source == "text"}


def show(r: Report) -> str:
    return "; ".join(f"{f.key}={f.value}({f.source},{f.value_flag},{f.raw_value!r})" for f in r.facts)


# ---------------------------------------------------------------------------------------------------------------
# 2019-format tables as real HTML (rowspan/colspan), for the R10 cases
# ---------------------------------------------------------------------------------------------------------------

def _tr(cells: list[str]) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def _td(text: object, **span: int) -> str:
    attrs = "".join(f' {k}="{v}"' for k, v in span.items())
    return f"<td{attrs}>{text}</td>"


SEC2_2019 = "".join([
    "<p>二、主动公开政府信息情况</p><table border='1'>",
    _tr([_td("第二十条第（一）项", colspan=4)]),
    _tr([_td("信息内容"), _td("本年新制作数量"), _td("本年新公开数量"), _td("对外公开总数量")]),
    _tr([_td("规章"), _td(0), _td(0), _td(0)]), _tr([_td("规范性文件"), _td(0), _td(0), _td(0)]),
    _tr([_td("第二十条第（五）项", colspan=4)]),
    _tr([_td("信息内容"), _td("上一年项目数量"), _td("本年增/减"), _td("处理决定数量")]),
    _tr([_td("行政许可"), _td(0), _td(0), _td(0)]), _tr([_td("其他对外管理服务事项"), _td(0), _td(0), _td(0)]),
    _tr([_td("第二十条第（六）项", colspan=4)]),
    _tr([_td("信息内容"), _td("上一年项目数量"), _td("本年增/减"), _td("处理决定数量")]),
    _tr([_td("行政处罚"), _td(0), _td(0), _td(0)]), _tr([_td("行政强制"), _td(0), _td(0), _td(0)]),
    _tr([_td("第二十条第（八）项", colspan=4)]),
    _tr([_td("信息内容"), _td("上一年项目数量"), _td("本年增/减", colspan=2)]),
    _tr([_td("行政事业性收费"), _td(0), _td(0, colspan=2)]),
    _tr([_td("第二十条第（九）项", colspan=4)]),
    _tr([_td("信息内容"), _td("采购项目数量"), _td("采购总金额", colspan=2)]),
    _tr([_td("政府集中采购"), _td(0), _td(0, colspan=2)]),
    "</table>",
])

WITHHELD = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
UNAVAILABLE = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
NOT_PROCESSED = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                 "5.要求行政机关确认或重新出具已获取信息"]


def sec3_2019(received: int, granted: int, not_held: int = 0) -> str:
    """Section 三 of the 2019 format; every request is from a natural person; nothing carried in or out."""
    def vals(n: int) -> list[str]:
        return [_td(n), _td(0), _td(0), _td(0), _td(0), _td(0), _td(n)]
    zero = vals(0)
    rows = [
        _tr([_td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colspan=3, rowspan=3),
             _td("申请人情况", colspan=7)]),
        _tr([_td("自然人", rowspan=2), _td("法人或其他组织", colspan=5), _td("总计", rowspan=2)]),
        _tr([_td("商业企业"), _td("科研机构"), _td("社会公益组织"), _td("法律服务机构"), _td("其他")]),
        _tr([_td("一、本年新收政府信息公开申请数量", colspan=3)] + vals(received)),
        _tr([_td("二、上年结转政府信息公开申请数量", colspan=3)] + zero),
        _tr([_td("三、本年度办理结果", rowspan=20), _td("（一）予以公开", colspan=2)] + vals(granted)),
        _tr([_td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2)] + zero),
    ]
    for i, label in enumerate(WITHHELD):
        head = [_td("（三）不予公开", rowspan=8)] if i == 0 else []
        rows.append(_tr(head + [_td(label)] + zero))
    for i, label in enumerate(UNAVAILABLE):
        head = [_td("（四）无法提供", rowspan=3)] if i == 0 else []
        rows.append(_tr(head + [_td(label)] + (vals(not_held) if i == 0 else zero)))
    for i, label in enumerate(NOT_PROCESSED):
        head = [_td("（五）不予处理", rowspan=5)] if i == 0 else []
        rows.append(_tr(head + [_td(label)] + zero))
    rows.append(_tr([_td("（六）其他处理", colspan=2)] + zero))
    rows.append(_tr([_td("（七）总计", colspan=2)] + vals(granted + not_held)))
    rows.append(_tr([_td("四、结转下年度继续办理", colspan=3)] + zero))
    return "<p>三、收到和处理政府信息公开申请情况</p><table border='1'>" + "".join(rows) + "</table>"


SEC4_ZERO = "".join([
    "<p>四、政府信息公开行政复议、行政诉讼情况</p><table border='1'>",
    _tr([_td("行政复议", colspan=5), _td("行政诉讼", colspan=10)]),
    _tr([_td("结果维持", rowspan=2), _td("结果纠正", rowspan=2), _td("其他结果", rowspan=2),
         _td("尚未审结", rowspan=2), _td("总计", rowspan=2), _td("未经复议直接起诉", colspan=5),
         _td("复议后起诉", colspan=5)]),
    _tr([_td(w) for w in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2]),
    _tr([_td(0) for _ in range(15)]),
    "</table>",
    "<p>五、存在的主要问题及改进情况</p><p>信息公开的及时性还需加强，下一步将加强业务学习。</p>",
    "<p>六、其他需要报告的事项</p><p>无。</p>",
])


# ---------------------------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------------------------

def case(url: str, title: str, lines: list[str], *, facts: dict | None = None, absent: tuple = (),
         meta: dict | None = None, checks: dict | None = None, id: str, **kw):  # noqa: A002
    return pytest.param(url, title, lines, kw, facts or {}, absent, meta or {}, checks or {}, id=id)


P2016 = "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。如对本报告有疑问，请与镇党政办联系，电话：0818-6200135。"
P2017 = "本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。"
P2018 = "本年报所列数据统计期限为2018年1月1日至2018年12月31日。联系电话：0759-7761234。"

CASES = [
    # ================= pins: behaviour that is right today =================
    case("http://www.qaxx.gov.cn/single/29/80112.html", "古冶镇2020年政府信息公开工作年度报告",
         ["一、总体情况",
          "2020年，我镇通过多种渠道和方式主动公开政务信息共186条。目前公开的渠道主要有政府门户网站和微信公众号"
          "（古冶发布）等，其中门户网站公开104条，微信公众号公开82条。"],
         date="2021-01-26",
         facts={"active.items_total": (186, None), "active.channel.website": (104, None),
                "active.channel.wechat": (82, None)},
         meta={"year": 2020, "template": "t2019", "agency_type": "township"},
         id="pin-township-2020-total-then-website-wechat"),
    case("http://www.bjtz.gov.cn/tzzfxxgk/c109700/202003/1310021.shtml", "某区水务局2019年政府信息公开工作年度报告",
         ["一、总体情况", "2019年，我局全年主动公开政府信息318条，较上年下降6.4%，全文电子化率达100%。"
          "其中，机构职能类信息12条，占比3.8%；部门动态类信息141条，占比44.3%。"],
         date="2020-02-10", facts={"active.items_total": (318, None)},
         meta={"year": 2019, "template": "t2019", "agency_type": "department"},
         id="pin-items-not-the-percentage-after-it"),
    case("http://www.tjhx.gov.cn/zw/zfxxgk/zfgbm/qjw/zfxxgknb/202003/t20200320_5250011.html",
         "某区教育局2019年政府信息公开工作年度报告",
         ["一、总体情况",
          "全年各科室共发布信息230余条，其中在区政府门户网站发布信息27条，向区政府报送并被采用信息90余条。"],
         date="2020-03-20", facts={"active.channel.website": (27, None)}, absent=("active.items_total",),
         id="pin-reported-upward-not-items"),
    case("http://www.example-yq.gov.cn/zsj/xxgknb/2020/0115.html", "某区商务局2019年政府信息公开工作年度报告",
         ["一、总体情况", "2019年，我局依法依规推进政府信息公开工作。",
          "六、其他需要报告的事项", "（一）建议提案办理结果公开情况",
          "2019年，我局共收到人大代表建议3件，政协委员提案1件，均按期办结并公开办理结果。"],
         date="2020-01-15", absent=("apply.received.total",), id="pin-proposals-received-not-requests"),
    case("https://lc.example-wz.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003001090&fbtime=2018",
         "南郊街道2018年度政府信息公开年度报告",
         [P2018, "三、依申请公开政府信息情况",
          "2018年，南郊街道共收到政府信息公开申请5件，均已按期答复。",
          "四、复议、诉讼和申诉办理情况",
          "2018年，南郊街道共受理行政复议案件3件，当事人均已撤回复议申请。行政诉讼案件2件，其中1件已撤诉。"],
         date="2019-01-18",
         facts={"apply.received.total": (5, None), "review.total": (3, None), "litigation.total": (2, None)},
         meta={"year": 2018, "agency_type": "township"}, id="pin-street-cases-shouli-anjian"),
    case("http://m.mirror-kj.com/art/2018/3/16/art_1229230631_2083100.html", "區住建局2017年度政府信息公開工作年度報告",
         ["本報告中所列數據的統計期限自2017年1月1日起至2017年12月31日止。",
          "二、依申請公開政府信息和不予公開政府信息的情況", "2017年我局共收到依申請公開政府信息申請3件。",
          "三、政府信息公開的收費及減免情況", "2017年沒有公民、法人和其他組織的政府信息公開收費和減免情況。",
          "四、因政府信息公開申請行政復議、提起行政訴訟的情況", "2017年我局有關政府信息公開的行政復議案共2起。"],
         date="2018-03-16",
         facts={"apply.received.total": (3, None), FEE_ZERO: (0, "wu"), "review.total": (2, None)},
         meta={"year": 2017, "script": "traditional"}, id="pin-traditional-mirror-received-fee-review-qi"),

    case("http://www.dzxx.gov.cn/xxgk-show-191100.html", "2016年石桥乡政府信息公开工作年度报告",
         ["本年报所列数据的统计期限自2016年1月1日起至2016年12月31日止。如对本年报有任何疑问，请与乡政府信息公开办公室"
          "联系，联系电话：0818—6970000。", "二、主动公开信息情况",
          "2016年我乡通过政府门户网站主动公开信息117条。其中：概况2条，政策文件信息26条，工作动态信息71条。"],
         date="2017-03-21", charset="gb18030",
         facts={"active.channel.website": (117, None), "active.items_total": (117, None)},
         meta={"year": 2016, "year_source": "period", "template": "e2014", "agency_type": "township"},
         id="pin-gbk-township-2016-website-count-phone-in-intro"),
    case("http://www.fyxx.gov.cn/art/2017/2/10/art_1229_300100.html", "某区人力社保局2016年度政府信息公开工作年度报告",
         [P2016, "三、依申请公开政府信息办理情况",
          "2016年，我局共受理政府信息公开申请12件，其中网上申请7件，信函申请3件，当面申请2件，均在规定时限内予以答复。"],
         date="2017-02-10",
         facts={"apply.received.total": (12, None), "apply.channel.online": (7, None),
                "apply.channel.letter": (3, None), "apply.channel.in_person": (2, None)},
         checks={"O1": True}, id="pin-dept-2016-channels-O1"),

    # ================= fee: "no fee" said in other words (spec 2.5 fee.none → 0, flag wu) =================
    case("https://www.szlh.gov.cn/zwgk/zfxxgknb/jdxxgknb/content/post_4183900.html", "民治街道办事处2017年度政府信息公开年度报告",
         [P2017, "五、政府信息公开收费和减免情况",
          "2017年，我办对受理的政府信息公开申请，向申请人无偿提供电子文档或纸质文档，没有向申请人收取任何费用。"],
         date="2018-02-01", facts={FEE_ZERO: (0, "wu")}, id="fee-none-meiyou-xiang-shenqingren-shouqu-renhe"),
    case("http://www.lzsx.gov.cn/gzzwz/hczrmzf/zwgk/xxgknb/content/post_67600.html", "2018年河头镇政府信息公开工作年度报告",
         [P2018, "三、依申请信息公开收费情况", "2018年度，我镇政府信息公开没有收费。"],
         date="2019-01-16", facts={FEE_ZERO: (0, "wu")}, id="fee-none-gongkai-meiyou-shoufei"),
    case("https://yyx.gov.cn/37584/38154/38157/38160/38177/38201/40200/content_1454600.html",
         "某县林业局2018年政府信息公开年度报告",
         ["报告中所列数据的统计时限为2018年1月起至2018年12月止。", "五、政府信息公开的收费及减免情况",
          "2018年我局无信息公开收费"],
         date="2019-01-30", facts={FEE_ZERO: (0, "wu")}, id="fee-none-wu-xinxi-gongkai-shoufei"),
    case("https://tc.hainan.gov.cn/tcxxgkzl/xgbmxxgk/xmyj/zfxxgknb/201812/t20181225_1984300.html",
         "某县民宗局2015年政府信息公开工作年度报告",
         ["现将2015年度信息公开工作情况总结如下：", "四、政府信息公开的收费及减免情况",
          "我局开展政府信息公开工作以来，对依申请提供政府信息未收取检索、复印、邮寄等费用。"],
         date="2016-03-01", facts={FEE_ZERO: (0, "wu")}, id="fee-none-weishouqu-jiansuo-fuyin-youji"),
    case("http://www.jdgl.gov.cn/zfxxgkml/gly/ndbg/content/post_259400.html", "某区水利局2015年度政府信息公开工作年度报告",
         ["本报告内容涵盖我局2015年1月1日至12月31日期间的政府信息公开工作情况。", "四、政府信息公开收费情况",
          "2015年度我局没有发生任何政府信息公开费用，也没有收取申请人任何费用。"],
         date="2016-02-20", facts={FEE_ZERO: (0, "wu")}, id="fee-none-meiyou-fasheng-renhe-feiyong"),
    case("http://rongchang.gov.cn/jz/lhz/zwgk_70800/zfxxgknb_70810/202101/t20210128_8843900.html",
         "龙集镇2020年政府信息公开工作年度报告",
         ["现将2020年度政府信息公开工作报告公布如下（本报告所列数据统计期限自2020年1月1日起至2020年12月31日止）：",
          "一、总体情况",
          "2020年，我镇未收到依申请公开请求；未对公众依申请公开政府信息收取任何费用；没有发生因政府信息公开工作"
          "引发行政复议或行政诉讼等事件。"],
         date="2021-01-28",
         facts={"apply.received.total": (0, ANY), FEE_ZERO: (0, "wu"), "review.total": (0, ANY)},
         id="fee-none-weidui-gongzhong-in-semicolon-chain"),
    case("https://www.bjxc.gov.cn/zfxxgkzl/zfxxgknb/2017nb/jd2017/201802/t20180211_2995500.html",
         "西长安街街道2017年度政府信息公开年度报告",
         ["三、政府信息依申请公开情况",
          "本街道2017年共收到申请3件，均按时办结，其中申请公开信息不存在2件，不属于本行政机关公开1件。依申请公开收费为0。"],
         date="2018-02-11",
         facts={"apply.received.total": (3, None), "apply.answer.not_exist": (2, None),
                "apply.answer.not_this_agency": (1, None), FEE_ZERO: (0, ANY)},
         id="fee-shoufei-wei-0-digit"),

    # ================= review / litigation stated as zero in other words =================
    case("https://scizap.example.com/content/2019/653600.html", "某区司法局2018年政府信息公开工作年度报告",
         ["一、总体工作情况", "2018年，我局按照《条例》要求做好政府信息公开工作。",
          "八、2018年，我局暂无依申请公开受理事件。", "九、无信息公开相关举报、复议、诉讼情况。"],
         date="2019-03-06", facts={"review.total": (0, ANY), "litigation.total": (0, ANY)},
         id="zero-review-wu-xiangguan-jubao-fuyi-susong"),
    case("http://www.jdgl.gov.cn/zfxxgkml/gly/ndbg/content/post_259401.html", "某区公路局2016年度政府信息公开工作年度报告",
         ["本报告内容涵盖我局2016年1月1日至12月31日期间的政府信息公开工作情况。", "五、申请行政复议及提起行政诉讼情况",
          "2016年度我局没有与有关单位和个人因政府信息公开申请行政复议及提起行政诉讼的案件。"],
         date="2017-02-20", facts={"review.total": (0, ANY), "litigation.total": (0, ANY)},
         id="zero-review-meiyou-yu-danwei-geren-anjian"),
    case("https://tc.hainan.gov.cn/tcxxgkzl/xgbmxxgk/xmyj/zfxxgknb/201812/t20181225_1984301.html",
         "某县旅游局2015年政府信息公开工作年度报告",
         ["现将2015年度信息公开工作情况总结如下：", "五、申请行政复议情况",
          "2015年度未发生针对政府信息公开事务的复议、诉讼和申诉。"],
         date="2016-03-01", facts={"review.total": (0, ANY), "litigation.total": (0, ANY)},
         id="zero-review-weifasheng-zhendui-shiwu-fuyi-susong"),

    # ================= requests stated as zero in other words =================
    case("http://www.lzsx.gov.cn/gzzwz/hczrmzf/zwgk/xxgknb/content/post_67601.html", "2018年城月镇政府信息公开工作年度报告",
         [P2018, "二、政府信息依申请公开办理情况",
          "2018年度我镇没有接到群众主动要求公开政府信息的申请。目前尚未发现应主动公开而未予公开的情况。"],
         date="2019-01-16", facts={"apply.received.total": (0, ANY)}, id="received-zero-meiyou-jiedao-qunzhong-yaoqiu"),
    case("https://www.hlxc.example.com/html/cdjdbmxxgknbcontent-5e2a.html", "城东街道2017年政府信息公开年度报告",
         ["引言 本报告根据《中华人民共和国政府信息公开条例》要求，由城东街道编制。",
          "三、政府信息依申请公开情况", "本街道2017年度未发生依申请公开信息受理事项。"],
         date="2018-01-25", facts={"apply.received.total": (0, ANY)}, id="received-zero-weifasheng-shouli-shixiang"),
    case("https://www.szps.gov.cn/zwgk/zfxxgknb/qgbmxxgknb/content/post_4183500.html", "马峦街道办事处2017年度政府信息公开年度报告",
         ["报告中所列数据的统计期限起止时间为2017年1月1日至2017年12月31日。", "四、依申请公开政府信息受理情况",
          "2017年共处理政府信息公开申请0件。"],
         date="2018-02-05", facts={"apply.received.total": (0, ANY)}, id="received-zero-chuli-shenqing-0-jian"),

    # ================= requests, nonzero, loose units =================
    case("http://m.mirror-kp.com/stzrmzf/zwgk/xxgknb/content/post_555900.html", "赤坎鎮2016年度政府信息公開年度報告",
         ["根據《中華人民共和國政府信息公開條例》第三十二條規定，赤坎鎮政府認真編制了2016年度政府信息公開年度報告。",
          "三、依申請公開政府信息和不予公開政府信息情況",
          "2016年，政府信息依申請公開系統共收到2宗信息。沒有任何不應向社會公開的政府信息。",
          "四、政府信息公開的收費及減免情況",
          "2016年，沒有向政府信息公開申請人收費的情況，未產生政府信息公開事務訴訟相關的費用支出。"],
         date="2017-02-15", facts={"apply.received.total": (2, None), FEE_ZERO: (0, "wu")},
         id="received-zong-via-yishenqing-system-traditional"),

    # ================= 主动公开 totals said in other ways =================
    case("http://www.xyxx.gov.cn/2018/02-26/483100.html", "东关街道办事处政府信息公开工作2017年度报告",
         ["现将东关街道2017年政府信息公开情况报告如下：", "二、主动公开政府信息情况",
          "2017年共公开政府信息152条，其中通过街道微信公众号公布信息90条，通过公开栏公布21条。"],
         date="2018-02-26", facts={"active.items_total": (152, None)},
         meta={"year": 2017, "agency_type": "township"}, id="items-gong-gongkai-without-zhudong-and-year-late-title"),
    case("http://www.jyxx.gov.cn/art/2019/3/22/art_1229367861_3661200.html", "双溪乡2018年度政府信息公开年度报告",
         ["报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。", "二、主动公开情况",
          "（一）主动公开政府信息的数量：2018年度我乡共主动公开政府信息（公文平台发文）96条，政府网站公开信息数58条，"
          "政务微信公开数44条。"],
         date="2019-03-22",
         facts={"active.items_total": (96, None), "active.channel.website": (58, None),
                "active.channel.wechat": (44, None)},
         id="items-parenthetical-source-before-number"),
    case("http://www.mhx.gov.cn/zwgk/tjj/nb/201901/t20190125_400.html", "某县统计局2018年度政府信息公开工作年度报告",
         ["本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。", "二、主动公开政府信息情况",
          "（一）主动公开政府信息的数量", "经过梳理和编目，我局历年累计主动公开信息318条，其中2018年度47条。"],
         date="2019-01-25", facts={"active.items_total": (47, None)}, id="items-cumulative-then-qizhong-year-count"),
    case("https://www.example-ay.com/202-24/2479400.html", "某经济开发区2017年政府信息公开工作年度报告",
         ["本年度报告中所列数据的统计期限为2017年1月1日至2017年12月31日。", "二、主动公开政府信息情况",
          "截至2017年12月底，开发区主动公开政府信息数总计1260条。其中，通过政府网站公开信息998条；通过微信公众号公开信息"
          "175条；通过报社、电台等其它媒体公开信息87条。"],
         date="2018-02-24",
         facts={"active.items_total": (1260, None), "active.channel.website": (998, None),
                "active.channel.wechat": (175, None), "active.channel.other": (87, None)},
         meta={"agency_type": "zone"}, id="items-shu-zongji-and-other-media-channel"),
    case("http://www.aqxx.gov.cn/xxgk/XXGK/XXGKNB/xsjd/201903/t20190322_5321600.html", "新城街道办事处2018年政府信息公开工作年度报告",
         ["报告中统计数据的时间为2018年1月1日至12月31日。", "二、主动公开政府信息情况",
          "2018年度，街道主动公开的信息共计712条。其中，通过政府网站公开信息160条，政务微信公开信息498条，"
          "其他方式公开信息54条。"],
         date="2019-03-22",
         facts={"active.items_total": (712, None), "active.channel.website": (160, None),
                "active.channel.wechat": (498, None), "active.channel.other": (54, None)},
         checks={"O7": True}, id="items-de-xinxi-gongji-and-qita-fangshi"),
    case("https://www.szps.gov.cn/zwgk/zfxxgknb/qgbmxxgknb/content/post_4183501.html", "碧岭街道办事处2017年度政府信息公开年度报告",
         ["报告中所列数据的统计期限起止时间为2017年1月1日至2017年12月31日。", "二、主动公开政府信息情况",
          "2017年，碧岭街道办事处通过政府网站向外发布信息共642条，其中工作动态411条；通知公告98条；政策法规17条。"],
         date="2018-02-05", facts={"active.channel.website": (642, None)}, id="website-xiangwai-fabu-xinxi-gong"),
    case("https://www.zgxx.gov.cn/zgqxxgk/c109300/202002/e89f9aee73e344f3971381321d54ac00.shtml",
         "沙石镇2019年政府信息公开工作年度报告",
         ["本报告中所列统计数据的统计时间为2019年1月1日至2019年12月31日。联系电话：0797-8460000。", "一、总体情况",
          "截至2019年12月31日，我镇在区政府网站信息公开平台公开信息291条。"],
         date="2020-02-14", facts={"active.channel.website": (291, None)},
         id="website-xinxi-gongkai-pingtai-gongkai-xinxi"),

    # ================= channels (微信 / 其他) =================
    case("https://www.szft.gov.cn/bmxx/qnyjdbsc/zwxxgk/xxgknb/content/post_4018400.html", "2018年深圳市福田区南园街道政府信息公开工作年度报告",
         ["二、政府信息主动公开情况", "（一）公开情况",
          "本街道2018年通过福田政府在线共主动公开政府信息433条，其中全文电子化率达100%。本街道2018年通过街道官方微信"
          "公众号共发布有关图文387条，向图书馆、档案馆报送纸质信息各30条。"],
         date="2019-02-20", facts={"active.items_total": (433, None), "active.channel.wechat": (387, None)},
         id="wechat-gongzhonghao-fabu-tuwen"),
    case("http://www.tjhx.gov.cn/zw/zfxxgk/zfgbm/qsw/zfxxgknb/202003/t20200320_5250012.html",
         "某区商务局2019年政府信息公开工作年度报告",
         ["一、总体情况",
          "我局在区政府门户网站发布信息21条，政务微信号公开政务信息及工作动态信息累计60余条。"],
         date="2020-03-20", facts={"active.channel.website": (21, None), "active.channel.wechat": (60, "approx")},
         id="wechat-weixinhao-leiji-approx"),
    case("http://rongchang.gov.cn/jz/sjz/zwgk_70900/zfxxgknb_70910/202101/t20210129_8844000.html",
         "石金镇2020年政府信息公开工作年度报告",
         ["（本报告所列数据统计期限自2020年1月1日起至2020年12月31日止）", "一、总体情况",
          "2020年，通过区政府门户网站公开镇财政信息，2条；通过“石金镇政务”微信公众号推送涉及教育、医疗、社会保障等的"
          "政务动态75余条。"],
         date="2021-01-29", facts={"active.channel.website": (2, None), "active.channel.wechat": (75, "approx")},
         id="channels-comma-before-count-and-tuisong-approx"),

    # ================= staff, training, consultations =================
    case("https://www.bjdc.gov.cn/zfxxgkzl/zfxxgknb/2016nb/dcqjd2016/201702/t20170210_2995600.html",
         "东四街道2016年度政府信息公开年度报告",
         ["一、概述", "根据《条例》要求，自2008年5月1日起我街道开始开展政府信息公开工作。为此，专门配备了2名工作人员。"],
         date="2017-02-10", facts={"org.staff_total": (2, None)}, id="staff-peibei-ming-gongzuorenyuan"),
    case("http://www.qfxx.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=49417463-9&fbtime=2018", "书院街道办事处2018年度政府信息公开工作年度报告",
         ["一、概述", "我街道成立了政务信息公开工作领导小组，安排了4名工作人员兼职负责政务公开的日常工作。"],
         date="2019-01-28", facts={"org.staff_parttime": (4, None)}, id="staff-ming-renyuan-jianzhi-fuze"),
    case("http://www.qdsbx.gov.cn/zwgk/xxgknb/2020/0120.html", "某区2019年政府信息公开工作年度报告",
         ["本报告所列数据统计期限自2019年1月1日起至2019年12月31日止。", "（五）注重培训考核，切实加强监督保障",
          "一是加强业务培训。举办全区政务公开工作专题会议、全区政务公开第三方评估迎检培训会等全区性培训会 4 次，"
          "部署政务公开工作，进行业务培训，300 余人次参加培训。"],
         date="2020-01-20", facts={"training.courses": (4, None), "training.trainees": (300, "approx")},
         id="training-peixunhui-ci-and-renci-canjia"),
    case("http://www.hasqjp.gov.cn/col/11399_485800/art/202002/158277267483755.html", "某区人民政府2019年政府信息公开工作年度报告",
         ["本报告数据统计时限为2019年1月1日至12月31日。", "一、总体情况",
          "（一）新《条例》宣传教育培训情况。全年共举办政务公开相关培训6次，其中召开信息公开平台录入培训会3次。"],
         date="2020-02-27", facts={"training.courses": (6, None)}, id="training-juban-xiangguan-peixun-ci"),
    case("https://www.szgm.gov.cn/tcbs/gkmlpt/content/8/8526/post_8526700.html", "玉塘街道2020年政府信息公开工作年度报告",
         ["起止时间为2020年1月1日至12月31日。", "一、总体情况", "（三）做好咨询投诉回复工作",
          "继续完善网上咨询、部门信箱等互动栏目。2020年，玉塘街道共收到网上咨询37件，部门信箱2件，均已认真办理回复。"],
         date="2021-01-15", facts={"consult.online": (37, None)}, id="consult-online-shoudao-wangshang-zixun-jian"),

    # ================= false positives: not the statistic =================
    case("http://www.xyxx.gov.cn/2018/02-26/483101.html", "西关街道办事处政府信息公开工作2017年度报告",
         ["现将西关街道2017年政府信息公开情况报告如下：", "二、主动公开政府信息情况",
          "2017年共公开政府信息97条；办理市长热线交办件30余件，接听群众电话咨询600余人次，接受处理群众生产生活问题"
          "反映900余人次。", "三、依申请公开信息办理情况", "未收到公众申请公开信息要求。"],
         date="2018-02-26", facts={"apply.received.total": (0, ANY)}, absent=("consult.phone",),
         id="fp-hotline-calls-not-disclosure-consultations"),
    case("http://www.gsxx.gov.cn/zwgk/nb/2016/0310.html", "某镇2015年政府信息公开工作年度报告",
         ["本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。", "三、依申请公开政府信息情况",
          "2015年，我镇便民服务中心共受理群众办件3215件，办结率100%。全年未收到政府信息公开申请。"],
         date="2016-03-10", facts={"apply.received.total": (0, ANY)}, id="fp-service-centre-cases-not-requests"),

    # ================= reporting year when the title puts it after 工作 =================
    case("http://www.xyxx.gov.cn/2018/02-26/483102.html", "南关街道办事处政府信息公开工作2017年度报告",
         ["现将南关街道2017年政府信息公开情况报告如下：", "一、政府信息公开工作概述", "2017年街道办事处明确政府信息公开责任。"],
         date="2018-02-26", meta={"year": 2017, "template": "e2014"}, id="meta-year-in-title-after-gongzuo"),
]


@pytest.mark.parametrize(("url", "title", "lines", "kw", "facts", "absent", "meta", "checks"), CASES)
def test_real_prose(url, title, lines, kw, facts, absent, meta, checks):
    r = parse(url, title, lines, **kw)
    got = text_facts(r)
    for key, (value, flag) in facts.items():
        hit = [got[k] for k in key.split("|") if k in got]
        assert hit, f"missing text fact {key}={value}; got: {show(r)}"
        f = hit[0]
        assert f.value == pytest.approx(value), f"{key}: expected {value}, got {f.value} ({f.raw_value!r})"
        if flag is not ANY:
            assert f.value_flag == flag, f"{key}: expected flag {flag}, got {f.value_flag} ({f.raw_value!r})"
    for key in absent:
        assert key not in got, f"{key} should not be read from this text, got {got[key].value} ({got[key].raw_value!r})"
    for field, value in meta.items():
        assert getattr(r, field) == value, f"{field}: expected {value!r}, got {getattr(r, field)!r}"
    for rule, passed in checks.items():
        hits = [c for c in r.checks if c.rule == rule or c.rule.startswith(rule + ".")]
        assert hits, f"check {rule} missing; checks: {[(c.rule, c.passed) for c in r.checks]}; facts: {show(r)}"
        assert all(c.passed == passed for c in hits), [(c.rule, c.passed, c.detail) for c in hits]


# ---------------------------------------------------------------------------------------------------------------
# R10 (spec 1(d)): the 总体情况 sentence of a 2019-format report against its section-三 table
# ---------------------------------------------------------------------------------------------------------------

R10_CASES = [
    pytest.param(
        "https://yyxq.yueyang.gov.cn/29509/29510/55038/55040/55223/55400/content_1650000.html",
        "某新区自然资源分局2019年政府信息公开工作年度报告",
        ["一、总体情况", "2019年我局政府信息公开工作运行良好。", "2、主动公开信息情况。全年我局主动公开信息31条。",
         "3、依申请公开信息情况。全年收到依申请公开信息4条，答复率100%。"],
        sec3_2019(4, 3, 1), 4, True, id="r10-pin-2019-received-unit-tiao-matches-table"),
    pytest.param(
        "http://mhx.gov.cn/zwgk/xxgk/xzj/jmjd/ndbg/202101/t20210125_44800.html",
        "建民街道办事处2020年政府信息公开工作年度报告",
        ["一、总体情况", "（一）主动公开情况",
         "2020年建民街道主动公开政府信息58条，其中依托市政府网站主动公开信息58条。",
         "（二）依申请公开情况", "2020年度建民街道发生依申请公开2次。"],
        sec3_2019(1, 1), 2, False, id="r10-2020-fasheng-yishenqing-ci-differs-from-table"),
]


@pytest.mark.parametrize(("url", "title", "lines", "sec3", "text_received", "r10_passed"), R10_CASES)
def test_real_prose_r10(url, title, lines, sec3, text_received, r10_passed):
    r = parse(url, title, lines, date="2021-01-25", tables=SEC2_2019 + sec3 + SEC4_ZERO)
    got = text_facts(r)
    assert r.template == "t2019", r.template
    assert "apply.received.total" in got, f"prose count missing; got: {show(r)}"
    assert got["apply.received.total"].value == text_received, show(r)
    r10 = [c for c in r.checks if c.rule.startswith("R10")]
    assert r10, f"expected R10 checks; checks: {[(c.rule, c.passed) for c in r.checks]}"
    assert any(c.passed is r10_passed for c in r10), [(c.rule, c.passed, c.detail) for c in r10]
    if r10_passed:
        assert all(c.passed for c in r10), [(c.rule, c.passed, c.detail) for c in r10]
