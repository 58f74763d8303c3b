"""Black-box probe: real 2019/2020 (t2019) reports whose tables reached the page as text.

Studied on stored copies of real county, city, department and township reports of 2019 and 2020 (template of
国办公开办函〔2019〕60号, spec 1(b), 2.1-2.3). Their tables of sections 二, 三 and 四 arrive flattened: cells joined
by pipes on one line, one cell per line (optionally ending in " |", an empty cell then being a lone "|"), cells
separated by spaces (PDF flip-book text layers, with header words broken into single characters over several lines),
header labels wrapped ("本年新" / "制作数量") or truncated ("本年新 |", "本年增/"), the 申请人情况 column labels printed
on one or two lines, section 四 as one row of 15 numbers, and rows whose blank cells vanished (spec 2.7).

Every document here is written for this file: the LAYOUT, separators and the template's labels are those seen on
the real pages; numbers, agencies and sentences are our own. Expectations follow the spec, not the code: every cell a
careful reader can place with certainty, with its exact section-2 key, and NO fact where the text lost the
positions (2.7: a value whose column cannot be known is left out, never guessed).
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# page builder: a county portal article page (TRS-like), paragraphs as <p>
# ---------------------------------------------------------------------------------------------------------------


def portal_page(title: str, lines: list[str], *, publisher: str, date: str, index_no: str,
                charset: str = "utf-8", wrap: str = "p") -> bytes:
    if wrap == "p":
        body = "\n".join(f"<p>{html.escape(x)}</p>" if x.strip() else "<p>&nbsp;</p>" for x in lines)
    else:  # flip-book "basic-html" page: text layer, one <div> per printed line
        body = "\n".join(f'<div class="textLine">{html.escape(x)}</div>' for x in lines)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}</title>
<meta name="ArticleTitle" content="{html.escape(title)}"><meta name="PubDate" content="{date} 09:30">
</head><body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> |
<a href="/hdjl/">互动交流</a> | <a href="#">无障碍浏览</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt;
<a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<table class="xxgk-meta">
<tr><th>索 引 号</th><td>{html.escape(index_no)}</td><th>主题分类</th><td>政务公开</td></tr>
<tr><th>发布机构</th><td>{html.escape(publisher)}</td><th>发布日期</th><td>{date}</td></tr>
<tr><th>名　　称</th><td colspan="3">{html.escape(title)}</td></tr></table>
<div class="article"><h1>{html.escape(title)}</h1>
<div class="info">发布时间：{date} 信息来源：{html.escape(publisher)} 【字体：大 中 小】</div>
<div class="TRS_Editor">
{body}
</div></div>
<div class="share">【打印本页】 【关闭窗口】</div>
<div class="foot">版权所有：{html.escape(publisher)} 网站标识码：5101000031 ICP备案号：蜀ICP备05003219号</div>
</body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset)


def parse(lines: list[str], *, title: str, url: str, publisher: str = "某县人民政府办公室",
          date: str = "2020-01-16", index_no: str = "113300000026455001/2020-00003", charset: str = "utf-8",
          wrap: str = "p") -> Report:
    body = portal_page(title, lines, publisher=publisher, date=date, index_no=index_no, charset=charset, wrap=wrap)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={charset}"})])


def table_facts(report: Report) -> dict:
    return {f.key: f for f in report.facts if f.source == "table"}


def assert_table(report: Report, expected: dict, absent: tuple = ()) -> None:
    got = table_facts(report)
    wrong = {}
    for key, want in expected.items():
        if isinstance(want, tuple):  # (value, value_flag)
            value, flag = want
        else:
            value, flag = want, "any"
        f = got.get(key)
        if f is None or f.value is None or abs(f.value - value) > 1e-9 or (flag != "any" and f.value_flag != flag):
            wrong[key] = (want, None if f is None else (f.value, f.value_flag, f.raw_value))
    present = {k: (got[k].value, got[k].raw_value) for k in absent if k in got}
    assert not wrong and not present, f"wrong/missing: {wrong}; must be absent: {present}"


INTRO_2019 = [
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2019〕60号要求编制，"
    "所列数据的统计期限自2019年1月1日起至2019年12月31日止。",
    "一、总体情况",
    "2019年，我单位明确专人负责政府信息公开日常工作，按时更新公开专栏。",
    "二、主动公开政府信息情况",
]
INTRO_2020 = [x.replace("2019", "2020") for x in INTRO_2019]

S2_HEAD_1 = ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]
S2_HEAD_5 = ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"]

# ===============================================================================================================
# A. Section 二 as it reaches the page
# ===============================================================================================================


def s2_pipes_full() -> list[str]:  # one row per line, cells joined by " | ", trailing empty cells
    return INTRO_2020 + [
        "第二十条第(一)项 | ||||",
        "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |",
        "规章 | 0 | 0 | 0 | |",
        "规范性文件 | 3 | 3 | 17 | |",
        "第二十条第(五)项 | ||||",
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |",
        "行政许可 | 12 | +3 | 208 | |",
        "其他对外管理服务事项 | 5 | 0 | 46 | |",
        "第二十条第(六)项 | ||||",
        "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |",
        "行政处罚 | 31 | -2 | 14 | |",
        "行政强制 | 2 | 0 | 1 | |",
        "第二十条第(八)项 | ||||",
        "信息内容 | 上一年项目数量 | 本年增/减 | ||",
        "行政事业性收费 | 4 | -1 | ||",
        "第二十条第(九)项 | ||||",
        "信息内容 | 采购项目数量 | 采购总金额 | ||",
        "政府集中采购 | 7 | 86.4 | ||",
        "三、收到和处理政府信息公开申请情况",
    ]


S2_PIPES_FULL_EXPECT = {
    "active.regulation.issued": 0, "active.regulation.published_new": 0, "active.regulation.public_total": 0,
    "active.normative.issued": 3, "active.normative.published_new": 3, "active.normative.public_total": 17,
    "active.permit.items_prev": 12, "active.permit.items_delta": 3, "active.permit.decisions": 208,
    "active.other_service.items_prev": 5, "active.other_service.items_delta": 0,
    "active.other_service.decisions": 46,
    "active.penalty.items_prev": 31, "active.penalty.items_delta": -2, "active.penalty.decisions": 14,
    "active.coercion.items_prev": 2, "active.coercion.items_delta": 0, "active.coercion.decisions": 1,
    "active.admin_fee.items_prev": 4, "active.admin_fee.items_delta": -1,
    "active.procurement.projects": 7, "active.procurement.amount": 86.4,
}


def s2_one_cell_per_line_wrapped() -> list[str]:  # one cell per line; header words wrapped over two lines
    return INTRO_2019 + [
        "第二十条第(一)项", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开总数量",
        "规章", "  0", " 0", " 0",
        "规范性文件", " 2", "2", " 9",
        "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
        "行政许可", " 4", " 1", " 37",
        "其他对外管理服务事项", " 0", " 0", " 0",
        "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
        "行政处罚", " 6", " 0", " 3",
        "行政强制", " 0", " 0", " 0",
        "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减",
        "行政事业性收费", " 0", " 0",
        "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额",
        "政府集中采购", "1", "5260",
        "三、收到和处理政府信息公开申请情况",
    ]


S2_ONE_CELL_EXPECT = {
    "active.normative.issued": 2, "active.normative.published_new": 2, "active.normative.public_total": 9,
    "active.permit.items_prev": 4, "active.permit.items_delta": 1, "active.permit.decisions": 37,
    "active.penalty.items_prev": 6, "active.penalty.items_delta": 0, "active.penalty.decisions": 3,
    "active.procurement.projects": 1, "active.procurement.amount": 5260,
}


def s2_cell_pipe_lines() -> list[str]:  # every cell on its own line ending in " |"; row ends with a lone "|"
    return INTRO_2019 + [
        "第二十条第(一)项 |", "||||",
        "信息内容 |", "本年新 制作数量 |", "本年新 公开数量 |", "对外公开总数量 |", "|",
        "规章 |", "0 |", "0 |", "0 |", "|",
        "规范性文件 |", "4 |", "4 |", "22 |", "|",
        "第二十条第(五)项 |", "||||",
        "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
        "行政许可 |", "9 |", "2 |", "61 |", "|",
        "其他对外管理服务事项 |", "3 |", "0 |", "15 |", "|",
        "第二十条第(六)项 |", "||||",
        "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
        "行政处罚 |", "18 |", "0 |", "7 |", "|",
        "行政强制 |", "0 |", "0 |", "0 |", "|",
        "第二十条第(八)项 |", "||||",
        "信息内容 |", "上一年项目数量 |", "本年增/减 |", "||",
        "行政事业性收费 |", "0 |", "0 |", "||",
        "第二十条第(九)项 |", "||||",
        "信息内容 |", "采购项目数量 |", "采购总金额 |", "||",
        "政府集中采购 |", "2 |", "31.6 |", "||",
        "三、收到和处理政府信息公开申请情况",
    ]


S2_CELL_PIPE_EXPECT = {
    "active.normative.issued": 4, "active.normative.public_total": 22,
    "active.permit.items_prev": 9, "active.permit.items_delta": 2, "active.permit.decisions": 61,
    "active.other_service.items_prev": 3, "active.other_service.decisions": 15,
    "active.penalty.items_prev": 18, "active.penalty.decisions": 7,
    "active.procurement.projects": 2, "active.procurement.amount": 31.6,
}


def s2_cell_pipe_lines_blank_cell() -> list[str]:
    """An empty 本年增/减 cell printed as a lone "|" line between the two numbers (seen in a Sichuan 2019 report):
    the positions are still visible, so 上一年项目数量 and 处理决定数量 are certain and the blank reads as 0."""
    return INTRO_2019 + [
        "第二十条第(一)项 |", "||||",
        "信息内容 |", "本年新 |", "本年新 |", "对外公开总数量 |", "|",
        "规章 |", "0 |", "0 |", "0 |", "|",
        "规范性文件 |", "0 |", "0 |", "0 |", "|",
        "第二十条第(五)项 |", "||||",
        "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
        "行政许可 |", "7 |", "|", "52 |", "|",
        "其他对外管理服务事项 |", "3 |", "|", "11 |", "|",
        "第二十条第(六)项 |", "||||",
        "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
        "行政处罚 |", "5 |", "|", "8 |", "|",
        "行政强制 |", "0 |", "|", "0 |", "|",
        "三、收到和处理政府信息公开申请情况",
    ]


def s2_hubei_long_headers() -> list[str]:
    """Hubei 2020 local variant: explanations inside the column headers and the extra row 其他主动公开文件."""
    return INTRO_2020 + [
        "第二十条第(一)项 | |||||",
        "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | ||",
        "规章(设区的市、自治州人民政府应提供相关数据) | 0 | 0 | 0 | ||",
        "规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用“规定”“办法”“细则”等字样的公文)"
        " | 5 | 5 | 28 | ||",
        "其他主动公开文件(含以本单位或本单位办公室名义正式签发的、除规范性文件以外的主动公开文件) | 143 | 97 | 611 | ||",
        "第二十条第(五)项 | |||||",
        "信息内容 | 上一年项目数量(指2019年事项数) | 本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)"
        " | 处理决定数量(指2020年办件量) | ||",
        "行政许可 | 14 | -3 | 126 | ||",
        "其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、行政奖励、行政裁决、行政给付等) | 58 | 2 | 340 | ||",
        "第二十条第(六)项 | |||||",
        "信息内容 | 上一年项目数量(指2019年事项数) | 本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)"
        " | 处理决定数量(指2020年办件量) | ||",
        "行政处罚 | 77 | 0 | 19 | ||",
        "行政强制 | 6 | 1 | - | ||",
        "三、收到和处理政府信息公开申请情况",
    ]


S2_HUBEI_EXPECT = {
    "active.normative.issued": 5, "active.normative.published_new": 5, "active.normative.public_total": 28,
    "active.permit.items_prev": 14, "active.permit.items_delta": -3, "active.permit.decisions": 126,
    "active.other_service.items_prev": 58, "active.other_service.items_delta": 2,
    "active.other_service.decisions": 340,
    "active.penalty.items_prev": 77, "active.penalty.decisions": 19,
    "active.coercion.items_prev": 6, "active.coercion.items_delta": 1, "active.coercion.decisions": (0, "dash"),
}


def s2_hubei_other_doc() -> list[str]:
    return s2_hubei_long_headers()


def s2_broken_header_zengjian() -> list[str]:  # "本年增/减" printed as "本年增/" (the 减 lost), one cell per line
    return INTRO_2019 + [
        "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
        "行政许可", "3", "0", "25",
        "其他对外管理服务事项", "1", "1", "6",
        "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
        "行政处罚", "2", "0", "4",
        "行政强制", "0", "0", "0",
        "三、收到和处理政府信息公开申请情况",
    ]


def s2_fee_and_procurement_units() -> list[str]:
    """A 2019 township page: the fee row has two numbers, procurement's amount is printed with its unit in the cell."""
    return INTRO_2019 + [
        "第二十条第(一)项", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开总数量",
        "规章", "  0", " 0", " 0",
        "规范性文件", "  1", " 1", " 1",
        "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
        "行政许可", " 2", " 0", " 9",
        "其他对外管理服务事项", " 0", " 0", " 0",
        "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
        "行政处罚", " 0", " 0", " 0",
        "行政强制", " 0", " 0", " 0",
        "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减",
        "行政事业性收费", " 640", " 215",
        "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额",
        "政府集中采购", " 4", "318.52万元",
        "三、收到和处理政府信息公开申请情况",
    ]


def s2_other_service_subrows() -> list[str]:
    """A Beijing street office 2019: 其他对外管理服务事项 printed as a spanning label over two local sub-rows
    (行政检查, 行政确认). The parent row has no numbers of its own: it is NOT 0."""
    return INTRO_2019 + [
        "第二十条第(一)项 |", "|||||",
        "信息内容 |", "本年新 |", "本年新 |", "对外公开总数量 |", "||",
        "规章 |", "0 |", "0 |", "0 |", "||",
        "规范性文件 |", "2 |", "2 |", "2 |", "||",
        "第二十条第(五)项 |", "|||||",
        "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "||",
        "行政许可 |", "0 |", "0 |", "0 |", "||",
        "其他对外管理服务事项 |", "行政检查 |", "6 |", "0 |", "13 |", "|",
        "行政确认 |", "2 |", "1 |", "9 |", "||",
        "第二十条第(六)项 |", "|||||",
        "信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "||",
        "行政处罚 |", "4 |", "0 |", "2 |", "||",
        "三、收到和处理政府信息公开申请情况",
    ]


S2_CASES = [
    pytest.param(s2_pipes_full, S2_PIPES_FULL_EXPECT, (), id="s2-pipes-rows-signed-delta"),
    pytest.param(s2_one_cell_per_line_wrapped, S2_ONE_CELL_EXPECT, (), id="s2-one-cell-per-line-wrapped-header"),
    pytest.param(s2_cell_pipe_lines, S2_CELL_PIPE_EXPECT, (), id="s2-cell-per-line-trailing-pipe"),
    pytest.param(s2_cell_pipe_lines_blank_cell,
                 {"active.permit.items_prev": 7, "active.permit.decisions": 52,
                  "active.permit.items_delta": (0, "blank"),
                  "active.other_service.items_prev": 3, "active.other_service.decisions": 11,
                  "active.penalty.items_prev": 5, "active.penalty.decisions": 8,
                  "active.penalty.items_delta": (0, "blank")},
                 (), id="s2-lone-pipe-is-blank-cell"),
    pytest.param(s2_hubei_long_headers, S2_HUBEI_EXPECT, (), id="s2-hubei-parenthetical-headers"),
    pytest.param(s2_hubei_other_doc,
                 {"active.other_doc.issued": 143, "active.other_doc.published_new": 97,
                  "active.other_doc.public_total": 611},
                 (), id="s2-hubei-other-doc-row"),
    pytest.param(s2_broken_header_zengjian,
                 {"active.permit.items_prev": 3, "active.permit.items_delta": 0, "active.permit.decisions": 25,
                  "active.other_service.items_delta": 1, "active.other_service.decisions": 6,
                  "active.penalty.items_prev": 2, "active.penalty.decisions": 4},
                 (), id="s2-header-zengjian-truncated"),
    pytest.param(s2_fee_and_procurement_units,
                 {"active.admin_fee.items_prev": 640, "active.admin_fee.items_delta": 215,
                  "active.procurement.projects": 4, "active.procurement.amount": 318.52},
                 (), id="s2-procurement-amount-with-unit"),
]


@pytest.mark.parametrize(("build", "expected", "absent"), S2_CASES)
def test_section2_layouts(build, expected, absent):
    rep = parse(build(), title="某县自然资源局2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/zwgk/xxgknb/202001/t20200116_1180021.html")
    assert rep.template == "t2019"
    assert_table(rep, expected, absent)


def test_section2_procurement_unit_kept():
    rep = parse(s2_fee_and_procurement_units(), title="某镇人民政府2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/xzjd/mz/xxgknb/202001/t20200110_88.html")
    f = table_facts(rep).get("active.procurement.amount")
    assert f is not None and f.value == pytest.approx(318.52) and f.unit == "万元"


def test_section2_other_service_subrows_not_zero():
    rep = parse(s2_other_service_subrows(), title="某街道办事处2019年政府信息公开工作年度报告",
                url="http://www.example-district.gov.cn/zfxxgk/c109617/202009/1314001.shtml")
    got = table_facts(rep)
    # the spanning parent label carries no numbers: a reader records the sub-rows' sum or nothing, never 0
    for key, total in (("active.other_service.items_prev", 8), ("active.other_service.items_delta", 1),
                       ("active.other_service.decisions", 22)):
        if key in got:
            assert got[key].value == total, (key, got[key].value, got[key].value_flag)
    # and the sub-rows' numbers must not leak into neighbouring rows
    assert got["active.permit.items_prev"].value == 0 and got["active.permit.decisions"].value == 0
    assert got["active.penalty.items_prev"].value == 4 and got["active.penalty.decisions"].value == 2


def test_section2_traditional_mirror_hubei():
    """A traditional-character wiki copy of a Hubei 2020 report (文件 over-converted to 檔案)."""
    lines = [
        "根據《湖北省人民政府辦公廳關於做好2020年政府信息公開年度報告編制和發布工作的通知》有關要求,"
        "現將我局2020年度政府信息公開情況報告如下。",
        "第二十條第(一)項 | |||||",
        "信息內容 | 本年新 製作數量 | 本年新 公開數量 | 對外公開總數量 | ||",
        "規章 | 0 | 0 | 0 | ||",
        "規範性檔案(行政機關制定發布的決定、公告、通告、意見、通知) | 3 | 3 | 24 | ||",
        "第二十條第(五)項 | |||||",
        "信息內容 | 上一年項目數量(指2019年事項數) | 本年增/減(指2020年增加或減少的事項數,減用負值表示,如-8)"
        " | 處理決定數量(指2020年辦件量) | ||",
        "行政許可 | 11 | 2 | 75 | ||",
        "第二十條第(六)項 | |||||",
        "信息內容 | 上一年項目數量(指2019年事項數) | 本年增/減(指2020年增加或減少的事項數,減用負值表示,如-8)"
        " | 處理決定數量(指2020年辦件量) | ||",
        "行政處罰 | 64 | -4 | 30 | ||",
        "行政強制 | 3 | 0 | - | ||",
    ]
    rep = parse(lines, title="某市水務局2020年政府信息公開工作年度報告",
                url="https://newton.example.com.tw/wiki/某市水務局2020年政府信息公開工作年度報告/60000001",
                publisher="某市水務局")
    assert rep.year == 2020 and rep.template == "t2019"
    assert_table(rep, {"active.normative.issued": 3, "active.normative.public_total": 24,
                       "active.permit.items_prev": 11, "active.permit.items_delta": 2,
                       "active.permit.decisions": 75, "active.penalty.items_delta": -4,
                       "active.penalty.decisions": 30, "active.coercion.decisions": (0, "dash")})


# ===============================================================================================================
# B. Section 三 (7 applicant columns × 23 rows of the 2019 grid)
# ===============================================================================================================

S3_LABELS = [
    ("apply.received_new", "一、本年新收政府信息公开申请数量"),
    ("apply.carried_in", "二、上年结转政府信息公开申请数量"),
    ("apply.outcome.granted", "(一)予以公开"),
    ("apply.outcome.partial", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"),
    ("apply.outcome.withheld.state_secret", "1.属于国家秘密"),
    ("apply.outcome.withheld.law_prohibited", "2.其他法律行政法规禁止公开"),
    ("apply.outcome.withheld.security_stability", "3.危及“三安全一稳定”"),
    ("apply.outcome.withheld.third_party", "4.保护第三方合法权益"),
    ("apply.outcome.withheld.internal_affairs", "5.属于三类内部事务信息"),
    ("apply.outcome.withheld.process_info", "6.属于四类过程性信息"),
    ("apply.outcome.withheld.enforcement_file", "7.属于行政执法案卷"),
    ("apply.outcome.withheld.admin_query", "8.属于行政查询事项"),
    ("apply.outcome.unavailable.not_held", "1.本机关不掌握相关政府信息"),
    ("apply.outcome.unavailable.needs_creation", "2.没有现成信息需要另行制作"),
    ("apply.outcome.unavailable.unclear", "3.补正后申请内容仍不明确"),
    ("apply.outcome.not_processed.petition", "1.信访举报投诉类申请"),
    ("apply.outcome.not_processed.duplicate", "2.重复申请"),
    ("apply.outcome.not_processed.publication", "3.要求提供公开出版物"),
    ("apply.outcome.not_processed.mass_repeat", "4.无正当理由大量反复申请"),
    ("apply.outcome.not_processed.confirm_reissue", "5.要求行政机关确认或重新出具已获取信息"),
    ("apply.outcome.other", "(六)其他处理"),
    ("apply.outcome.total", "(七)总计"),
    ("apply.carried_out", "四、结转下年度继续办理"),
]
COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
# consistent 2019 grid: R1 (8 + 1 = 8 + 1), R2, R3 all hold
S3_VALUES = {
    "apply.received_new": (6, 2, 0, 0, 0, 0, 8),
    "apply.carried_in": (1, 0, 0, 0, 0, 0, 1),
    "apply.outcome.granted": (3, 1, 0, 0, 0, 0, 4),
    "apply.outcome.partial": (1, 0, 0, 0, 0, 0, 1),
    "apply.outcome.withheld.third_party": (0, 1, 0, 0, 0, 0, 1),
    "apply.outcome.unavailable.not_held": (1, 0, 0, 0, 0, 0, 1),
    "apply.outcome.other": (1, 0, 0, 0, 0, 0, 1),
    "apply.outcome.total": (6, 2, 0, 0, 0, 0, 8),
    "apply.carried_out": (1, 0, 0, 0, 0, 0, 1),
}
S3_CAPTION = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"


def s3_values(key: str) -> tuple:
    return S3_VALUES.get(key, (0,) * 7)


def s3_prefix(key: str) -> list[str]:
    """Spanning labels printed in front of the first row of a block, as the flattened HTML shows them."""
    return {"apply.outcome.granted": ["三、本年度办理结果"],
            "apply.outcome.withheld.state_secret": ["(三)不予公开"],
            "apply.outcome.unavailable.not_held": ["(四)无法提供"],
            "apply.outcome.not_processed.petition": ["(五)不予处理"]}.get(key, [])


def s3_pipes() -> list[str]:
    out = ["三、收到和处理政府信息公开申请情况",
           f"{S3_CAPTION} | 申请人情况 | ||||||||",
           "自然人 | 法人或其他组织 | 总计 | |||||||",
           "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||"]
    for key, label in S3_LABELS:
        cells = s3_prefix(key) + [label] + [str(v) for v in s3_values(key)]
        out.append(" | ".join(cells) + " | ||")
    return out + ["四、政府信息公开行政复议、行政诉讼情况"]


def s3_one_cell_per_line() -> list[str]:
    out = ["三、收到和处理政府信息公开申请情况", S3_CAPTION, "申请人情况", "自然人", "法人或其他组织", "总计",
           "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    for key, label in S3_LABELS:
        out += s3_prefix(key) + [label] + [str(v) for v in s3_values(key)]
    return out + ["四、政府信息公开行政复议、行政诉讼情况"]


def s3_spaces_flipbook() -> list[str]:
    """PDF flip-book text layer: header words spaced and wrapped, each data row one line of 7 numbers."""
    out = ["三、收到和处理政府信息公开申请情况",
           "(本列数据的勾稽关系为:第一项加第二项之和,等于第三",
           "项加第四项之和)",
           "申请人情况",
           "法人或其他组织",
           "商 科 社会 法律",
           "自然人 业 研 公益 服务 其他 总计",
           "企 机 组织 机构",
           "业 构"]
    for key, label in S3_LABELS:
        out.append(" ".join(s3_prefix(key) + [label] + [str(v) for v in s3_values(key)]))
    return out + ["四、政府信息公开行政复议、行政诉讼情况"]


def s3_full_expect() -> dict:
    exp = {}
    for key, _ in S3_LABELS:
        for col, v in zip(COLS, s3_values(key), strict=True):
            exp[f"{key}.{col}"] = v
    return exp


S3_FULL_CASES = [
    pytest.param(s3_pipes, id="s3-pipes-rows"),
    pytest.param(s3_one_cell_per_line, id="s3-one-cell-per-line"),
    pytest.param(s3_spaces_flipbook, id="s3-flipbook-space-rows"),
]


@pytest.mark.parametrize("build", S3_FULL_CASES)
def test_section3_full_grid(build):
    rep = parse(INTRO_2019 + build(), title="某县统计局2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/bm/tjj/xxgknb/202001/t20200115_3301.html",
                publisher="某县统计局")
    assert rep.year == 2019 and rep.template == "t2019"
    assert_table(rep, s3_full_expect(), absent=("apply.outcome.other.misc.total",
                                                 "apply.outcome.other.no_correction.total"))


@pytest.mark.parametrize("build", S3_FULL_CASES)
def test_section3_checks_r1_pass(build):
    rep = parse(INTRO_2019 + build(), title="某县统计局2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/bm/tjj/xxgknb/202001/t20200115_3302.html",
                publisher="某县统计局")
    r1 = [c for c in rep.checks if c.rule.startswith("R1")]
    assert r1 and all(c.passed for c in r1), [(c.rule, c.passed, c.detail) for c in r1]


def s3_rows(rows: list[str], *, header: str = "pipes") -> list[str]:
    if header == "pipes":
        head = [f"{S3_CAPTION} | 申请人情况 | ||||||||", "自然人 | 法人或其他组织 | 总计 | |||||||",
                "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||"]
    else:
        head = [S3_CAPTION, "申请人情况", "自然人", "法人或其他组织", "总计",
                "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    return s2_cell_pipe_lines()[:-1] + ["三、收到和处理政府信息公开申请情况"] + head + rows + \
        ["四、政府信息公开行政复议、行政诉讼情况"]


def s3_lost_blanks_equal() -> list[str]:
    """A Hunan 2019 department: the grid's blank cells vanished, the 本年新收 row reads "3 | 3 |" then empty pipes."""
    return s3_rows([
        "一、本年新收政府信息公开申请数量 | 5 | 5 | |||||||",
        "二、上年结转政府信息公开申请数量 | 0 | 0 | |||||||",
        "三、本年度办理结果 | (一)予以公开 | 5 | 5 | ||||||",
        "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 0 | ||||||||",
    ])


def s3_lost_blanks_distinct() -> list[str]:
    return s3_rows([
        "一、本年新收政府信息公开申请数量 | 4 | 2 | 6 | ||||||",
        "二、上年结转政府信息公开申请数量 | 0 | ||||||||",
        "三、本年度办理结果 | (一)予以公开 | 3 | 1 | 4 | |||||",
    ])


def s3_lone_pipe_blanks() -> list[str]:
    """One cell per line ending in " |": blank cells kept as lone "|" lines, so every position is visible."""
    return s3_rows([
        "一、本年新收政府信息公开申请数量 |", "4 |", "|", "|", "|", "1 |", "|", "5 |", "||",
        "二、上年结转政府信息公开申请数量 |", "|", "|", "|", "|", "|", "|", "0 |", "||",
    ], header="lines")


def s3_blank_lines_total_only() -> list[str]:
    """A Shaanxi 2020 street office: blank cells rendered as empty paragraphs, only the total printed."""
    return s3_rows([
        "一、本年新收政府信息公开申请数量", "", "", "", "", "", "", " 0",
        "二、上年结转政府信息公开申请数量", "", "", "", "", "", "", " 0",
    ], header="lines")


S3_PARTIAL_CASES = [
    pytest.param(s3_lost_blanks_equal, {"apply.received_new.total": 5, "apply.outcome.granted.total": 5},
                 ("apply.received_new.business", "apply.received_new.research", "apply.received_new.other_org",
                  "apply.outcome.granted.business", "apply.outcome.granted.legal_service"),
                 id="s3-lost-blanks-equal-pair-only-total"),
    pytest.param(s3_lost_blanks_distinct, {"apply.received_new.total": 6, "apply.outcome.granted.total": 4},
                 ("apply.received_new.natural_person", "apply.received_new.business",
                  "apply.received_new.research", "apply.outcome.granted.natural_person",
                  "apply.outcome.granted.business", "apply.outcome.granted.nonprofit"),
                 id="s3-lost-blanks-distinct-no-guess"),
    pytest.param(s3_lone_pipe_blanks,
                 {"apply.received_new.natural_person": 4, "apply.received_new.legal_service": 1,
                  "apply.received_new.total": 5, "apply.received_new.business": (0, "blank"),
                  "apply.carried_in.total": 0},
                 ("apply.received_new.nonprofit.x",),
                 id="s3-lone-pipe-blank-cells-positioned"),
    pytest.param(s3_blank_lines_total_only, {"apply.received_new.total": 0, "apply.carried_in.total": 0}, (),
                 id="s3-empty-paragraph-cells-total-zero"),
]


@pytest.mark.parametrize(("build", "expected", "absent"), S3_PARTIAL_CASES)
def test_section3_lost_cells(build, expected, absent):
    rep = parse(build(), title="某区民政局2019年政府信息公开工作年度报告",
                url="https://www.example-district.gov.cn/29509/55306/content_1649001.html", publisher="某区民政局")
    assert_table(rep, expected, absent)


def test_section3_lost_blanks_no_wrong_column_value():
    """Whatever is placed from a row whose blanks vanished, no organisation column may carry the number."""
    rep = parse(s3_lost_blanks_distinct(), title="某区民政局2019年政府信息公开工作年度报告",
                url="https://www.example-district.gov.cn/29509/55306/content_1649002.html", publisher="某区民政局")
    got = table_facts(rep)
    for key in ("apply.received_new", "apply.outcome.granted"):
        for col in ("business", "research", "nonprofit", "legal_service", "other_org"):
            f = got.get(f"{key}.{col}")
            assert f is None or f.value == 0, (key, col, f.value, f.raw_value)


def test_section3_2019_other_is_single_row():
    rep = parse(INTRO_2019 + s3_pipes(), title="某县统计局2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/bm/tjj/xxgknb/202001/t20200115_3303.html",
                publisher="某县统计局")
    keys = {f.key for f in rep.facts if f.source == "table"}
    assert "apply.outcome.other.natural_person" in keys
    assert not any(k.startswith(("apply.outcome.other.misc", "apply.outcome.other.no_correction",
                                 "apply.outcome.other.fee_unpaid")) for k in keys)


def test_section3_spaced_column_labels():
    """Column labels printed with spaces between characters ("商 业 企 业") on one header row."""
    rows = ["申请人情况 | 自 然 人 | 法人或其他组织 | 总 计 |",
            "商 业 企 业 | 科 研 机 构 | 社 会 公 益 组 织 | 法 律 服 务 机 构 | 其 他 |"]
    body = [f"{label} | " + " | ".join(str(v) for v in s3_values(key)) + " |" for key, label in S3_LABELS]
    lines = INTRO_2020 + ["三、收到和处理政府信息公开申请情况", S3_CAPTION] + rows + body + \
        ["四、政府信息公开行政复议、行政诉讼情况"]
    rep = parse(lines, title="某市司法局2020年政府信息公开工作年度报告",
                url="http://sfj.example-city.gov.cn/xxgk/xxgknb/202101/t20210112_2252001.shtml",
                publisher="某市司法局", date="2021-01-12")
    assert rep.year == 2020
    assert_table(rep, {"apply.received_new.natural_person": 6, "apply.received_new.business": 2,
                       "apply.received_new.total": 8, "apply.outcome.withheld.third_party.business": 1,
                       "apply.carried_out.total": 1})


# ===============================================================================================================
# C. Section 四: one row of 15 numbers
# ===============================================================================================================

S4_KEYS = [f"{b}.{c}" for b in ("review", "litigation.direct", "litigation.after_review")
           for c in ("upheld", "corrected", "other", "pending", "total")]
S4_VALUES = (1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 0, 0, 1, 1)
S4_EXPECT = dict(zip(S4_KEYS, S4_VALUES, strict=True))


def s4_pipes() -> list[str]:
    return ["四、政府信息公开行政复议、行政诉讼情况",
            "行政复议 | 行政诉讼 | |||||||||||||",
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||",
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||",
            " | ".join(str(v) for v in S4_VALUES) + " |",
            "五、存在的主要问题及改进情况", "一是公开内容不够丰富。下一步将加强培训。"]


def s4_one_per_line() -> list[str]:
    return (["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼",
             "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]
            + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2
            + [str(v) for v in S4_VALUES]
            + ["五、存在的主要问题及改进情况", "一是公开内容不够丰富。下一步将加强培训。"])


def s4_flipbook_vertical() -> list[str]:
    """Flip-book text layer: the header words are printed vertically, one character per line, in 3 interleaved runs."""
    return ["四、政府信息公开行政复议、行政诉讼情况",
            "2020 年,我局因政府信息公开被申请行政复议 2 件,被提起行政诉讼 2 件。",
            "行政复议 行政诉讼",
            "未经复议直接起诉 复议后起诉",
            "结 结 其 尚",
            "结 结 其 尚 结 结 其 尚",
            "果 果 他 未",
            "总计 果 果 他 未 总 果 果 他 未 总",
            "维 纠 结 审",
            "维 纠 结 审 计 维 纠 结 审 计",
            "持 正 果 结",
            "持 正 果 结 持 正 果 结",
            " ".join(str(v) for v in S4_VALUES),
            "五、存在的主要问题及改进情况",
            "2020 年,我局政务公开工作取得了一些成绩,但仍存在短板。"]


S4_CASES = [
    pytest.param(s4_pipes, id="s4-pipes-15-cells"),
    pytest.param(s4_one_per_line, id="s4-one-number-per-line"),
    pytest.param(s4_flipbook_vertical, id="s4-flipbook-vertical-header"),
]


@pytest.mark.parametrize("build", S4_CASES)
def test_section4_fifteen_cells(build):
    rep = parse(INTRO_2020 + build(), title="某区城市管理局2020年政府信息公开工作年度报告",
                url="http://www.example-district.gov.cn/zwgk/cgj/xxgknb/202101/t20210125_3937001.html",
                publisher="某区城市管理局", date="2021-01-25")
    assert rep.template == "t2019" and rep.year == 2020
    assert_table(rep, S4_EXPECT)


@pytest.mark.parametrize("build", S4_CASES)
def test_section4_r6_checks(build):
    rep = parse(INTRO_2020 + build(), title="某区城市管理局2020年政府信息公开工作年度报告",
                url="http://www.example-district.gov.cn/zwgk/cgj/xxgknb/202101/t20210125_3937002.html",
                publisher="某区城市管理局", date="2021-01-25")
    r6 = [c for c in rep.checks if c.rule.startswith("R6")]
    assert len(r6) >= 3 and all(c.passed for c in r6), [(c.rule, c.passed, c.detail) for c in r6]


def test_section4_lost_blanks_not_placed():
    """Only two numbers survived in the 15-cell row (the blanks vanished): which cells they were is unknown."""
    lines = INTRO_2020 + [
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议 | 行政诉讼 | |||||||||||||",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||",
        "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | |||||",
        "3 | 3 | ||||||||||||||",
        "五、存在的主要问题及改进情况", "一是公开内容不够丰富。"]
    rep = parse(lines, title="某区城市管理局2020年政府信息公开工作年度报告",
                url="http://www.example-district.gov.cn/zwgk/cgj/xxgknb/202101/t20210125_3937003.html",
                publisher="某区城市管理局", date="2021-01-25")
    got = table_facts(rep)
    placed = {k: got[k].value for k in S4_KEYS if k in got and got[k].value == 3}
    assert not placed, placed


# ===============================================================================================================
# D. Whole pages: metadata of flip-book pages and department reports
# ===============================================================================================================


def test_audit_bureau_report_is_not_a_look_alike():
    """An 审计局 (audit bureau) publishes its own disclosure annual report: that is not an 审计报告 look-alike."""
    lines = ["本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。"] + INTRO_2020[2:] + s4_flipbook_vertical()
    rep = parse(lines, title="某区审计局2020年政府信息公开工作年度报告",
                url="http://www.example-district.gov.cn/book/dzs/shenji/files/basic-html/page9.html",
                publisher="某区审计局", date="2021-01-20", wrap="div")
    assert not any("look-alike" in e for e in rep.errors), rep.errors
    assert rep.year == 2020 and rep.template == "t2019"
    assert_table(rep, {"review.total": 2, "litigation.direct.total": 1, "litigation.after_review.pending": 1})


def test_flipbook_page_title_year():
    """One page of a flip-book edition, titled "Page 9 - 2020年报_审计局" (seen on a district portal): it is a page of
    the audit bureau's 2020 disclosure report (sections 三/四 of the form), not an 审计工作报告 look-alike, and its
    year is the title's 2020, not one derived from the upload date."""
    lines = ["Page 9 - 2020年报_审计局", "P. 9", "四、结转下年度继续办理 0 0 0 0 0 0 0"] + s4_flipbook_vertical()
    rep = parse(lines, title="Page 9 - 2020年报_审计局",
                url="http://www.example-district.gov.cn/book/dzs/shenji/files/basic-html/page9.html",
                publisher="某区审计局", date="2022-03-01", wrap="div")
    assert not any("look-alike" in e for e in rep.errors), rep.errors
    assert (rep.year, rep.template) == (2020, "t2019")
    assert_table(rep, {"review.total": 2, "litigation.after_review.pending": 1})


@pytest.mark.parametrize(("charset", "wrap"), [pytest.param("utf-8", "p", id="utf8-p"),
                                               pytest.param("gbk", "p", id="gbk-p"),
                                               pytest.param("gb18030", "div", id="gb18030-div")])
def test_whole_2019_report_encodings(charset, wrap):
    lines = s2_cell_pipe_lines() + s3_one_cell_per_line()[1:] + s4_one_per_line()[1:]
    rep = parse(lines, title="某镇人民政府2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/xzjd/hjz/xxgknb/202002/0eda8479b0254014.shtml",
                publisher="某镇人民政府", date="2020-02-10", charset=charset, wrap=wrap)
    assert rep.year == 2019 and rep.template == "t2019"
    exp = dict(S2_CELL_PIPE_EXPECT)
    exp.update({k: v for k, v in s3_full_expect().items() if k.endswith((".total", ".natural_person"))})
    exp.update(S4_EXPECT)
    assert_table(rep, exp)


# ===============================================================================================================
# E. More layouts met on real pages
# ===============================================================================================================


def s2_pdf_text(h1: list[str], h5: list[str]) -> list[str]:
    """Section 二 from a PDF text layer: cells separated by spaces, multi-line header cells split over lines."""
    return INTRO_2020 + ["第二十条第(一)项"] + h1 + ["规章 0 0 0", "规范性文件 3 3 17", "第二十条第(五)项"] + h5 + [
        "行政许可 12 +3 208", "其他对外管理服务事项 5 0 46", "第二十条第(六)项"] + h5 + [
        "行政处罚 31 -2 14", "行政强制 2 0 1",
        "第二十条第(八)项", "信息内容 上一年项目数量 本年增/减", "行政事业性收费 4 -1",
        "第二十条第(九)项", "信息内容 采购项目数量 采购总金额", "政府集中采购 7 86.4"]


S2_PDF_CASES = [
    pytest.param(["信息内容 本年新制作数量 本年新公开数量 对外公开总数量"],
                 ["信息内容 上一年项目数量 本年增/减 处理决定数量"], id="s2-pdf-text-one-line-headers"),
    pytest.param(["信息内容 本年新 本年新 对外公开总数量", "制作数量 公开数量"],
                 ["信息内容 上一年项目数量 本年增/减 处理决定数量"], id="s2-pdf-text-header-wrapped-2-lines"),
    pytest.param(["信息内容 本年新 本年新 对外公开", "制作数量 公开数量 总数量"],
                 ["信息内容 上一年项 本年 处理决定", "目数量 增/减 数量"], id="s2-pdf-text-all-headers-wrapped"),
    pytest.param(["本年新 本年新 对外公开", "信息内容", "制作数量 公开数量 总数量"],
                 ["上一年项 本年 处理决定", "信息内容", "目数量 增/减 数量"], id="s2-pdf-text-header-label-centred"),
]


@pytest.mark.parametrize(("h1", "h5"), S2_PDF_CASES)
def test_section2_pdf_text_layer(h1, h5):
    lines = s2_pdf_text(h1, h5) + s3_spaces_flipbook() + s4_flipbook_vertical()[1:]
    rep = parse(lines, title="某区城市管理局2020年政府信息公开工作年度报告",
                url="http://www.example-district.gov.cn/book/cgj2020/files/basic-html/page3.html",
                publisher="某区城市管理局", date="2021-01-25", wrap="div")
    assert rep.year == 2020 and rep.template == "t2019"
    assert_table(rep, S2_PIPES_FULL_EXPECT)


def s3_with_header(head: list[str]) -> list[str]:
    body = [" | ".join(s3_prefix(k) + [label]) + " | " + " | ".join(str(v) for v in s3_values(k)) + " |"
            for k, label in S3_LABELS]
    return s2_cell_pipe_lines()[:-1] + ["三、收到和处理政府信息公开申请情况"] + head + body + s4_pipes()


S3_HEADER_CASES = [
    pytest.param(["申请人情况 | 自然人 | 法人或其他组织 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"],
                 id="s3-head-one-row-with-group-label"),
    pytest.param([f"{S3_CAPTION} | 申请人情况 | 自然人 | 法人或其他组织 | 总计 |",
                  "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |"], id="s3-head-two-rows-caption-first"),
    pytest.param(["申请人情况 自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"],
                 id="s3-head-space-separated"),
    pytest.param(["申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |"],
                 id="s3-head-one-row-no-group-label"),
]


@pytest.mark.parametrize("head", S3_HEADER_CASES)
def test_section3_header_variants(head):
    rep = parse(s3_with_header(head), title="某县统计局2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/bm/tjj/xxgknb/202001/t20200115_3310.html",
                publisher="某县统计局")
    assert_table(rep, s3_full_expect())


def s3_flipbook_wrapped_labels() -> list[str]:
    out = []
    for line in s3_spaces_flipbook():
        if line.startswith("(二)部分公开"):
            out += ["(二)部分公开(区分处理的,只计 " + " ".join(map(str, s3_values("apply.outcome.partial"))),
                    "这一情形,不计其他情形)"]
        elif line.startswith("5.要求行政机关"):
            out += ["5.要求行政机关确认或重新 0 0 0 0 0 0 0", "出具已获取信息"]
        elif line.startswith("三、本年度办理结果"):
            out += ["三、本年度办理结果", line.replace("三、本年度办理结果 ", "")]
        else:
            out.append(line)
    return out


def s3_flipbook_numbers_next_line() -> list[str]:
    out = []
    for line in s3_spaces_flipbook():
        parts = line.split(" ")
        if len(parts) >= 8 and all(p.isdigit() for p in parts[-7:]):
            out += [" ".join(parts[:-7]), " ".join(parts[-7:])]
        else:
            out.append(line)
    return out


@pytest.mark.parametrize("build", [pytest.param(s3_flipbook_wrapped_labels, id="s3-pdf-label-wraps-after-numbers"),
                                   pytest.param(s3_flipbook_numbers_next_line, id="s3-pdf-numbers-on-next-line")])
def test_section3_pdf_wrapping(build):
    lines = s2_cell_pipe_lines()[:-1] + build() + s4_flipbook_vertical()[1:]
    rep = parse(lines, title="某县统计局2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/book/tjj2019/files/basic-html/page4.html",
                publisher="某县统计局", wrap="div")
    assert_table(rep, s3_full_expect())


def test_text_total_disagrees_with_table_r10():
    intro = list(INTRO_2019)
    intro.insert(3, "全年共收到政府信息公开申请9件，均已按期答复。")
    lines = intro + s2_cell_pipe_lines()[len(INTRO_2019):-1] + s3_flipbook_numbers_next_line() + s4_pipes()
    rep = parse(lines, title="某县统计局2019年政府信息公开工作年度报告",
                url="http://www.example-county.gov.cn/book/tjj2019/files/basic-html/page2.html",
                publisher="某县统计局", wrap="div")
    assert table_facts(rep)["apply.received_new.total"].value == 8
    text = [f for f in rep.facts if f.source == "text" and f.key == "apply.received.total"]
    assert text and text[0].value == 9
    r10 = [c for c in rep.checks if c.rule.startswith("R10")]
    assert r10 and not any(c.passed for c in r10)


def test_dash_and_slash_cells():
    s4 = s4_pipes()
    s4[4] = "1 | / | / | / | 1 | / | / | / | / | 0 | — | — | — | — | 0 |"
    s3 = [x.replace("| 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "| — | — | — | — | — | — | 0 |") for x in s3_pipes()]
    lines = INTRO_2020 + s2_pipes_full()[len(INTRO_2020):-1] + s3 + s4[1:]
    rep = parse(lines, title="某区城市管理局2020年政府信息公开工作年度报告",
                url="http://www.example-district.gov.cn/zwgk/cgj/xxgknb/202101/t20210125_3937010.html",
                publisher="某区城市管理局", date="2021-01-25")
    assert_table(rep, {"review.upheld": 1, "review.corrected": (0, "slash"), "review.total": 1,
                       "litigation.direct.pending": (0, "slash"), "litigation.after_review.other": (0, "dash"),
                       "litigation.after_review.total": 0,
                       "apply.outcome.withheld.state_secret.business": (0, "dash"),
                       "apply.outcome.withheld.state_secret.total": 0,
                       "apply.received_new.natural_person": 6, "apply.received_new.total": 8})


@pytest.mark.parametrize(("lines", "url", "title"), [
    pytest.param(["一、總體情況 根據(jù)《中華人民共和國(guó)政府信息公開條例》的文件精神,特向社會(huì)公布2020年某市林業局"
                  "政府信息公開工作年度報(bào)告。本報(bào)告中所列數(shù)據(jù)的統(tǒng)計(jì)期限自2020年1月1日起至2020年12月31日止。",
                  "二、主動(dòng)公開政府信息情況", "三、收到和處理政府信息公開申請(qǐng)情況",
                  "四、政府信息公開行政復(fù)議、行政訴訟情況",
                  "五、存在的主要問題及改進(jìn)情況 我局2020年政府信息公開各項(xiàng)工作進(jìn)展順利,時效性仍有待提高。",
                  "六、其他需要報(bào)告的事項(xiàng) 我局暫無(wú)其他事項(xiàng)需要報(bào)告。", "相關(guān)附件:"],
                 "http://www.example-mirror.com/zwgk/lyj/content/post_2270001.html",
                 "2020年某市林業局政府信息公開工作年度報告", id="tables-dropped-traditional-mirror"),
    pytest.param(["一、总体情况 截止2020年12月31日,某镇通过政务网站共主动公开政府信息203条,其中更新工作动态172条。",
                  "二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 "
                  "五、存在的主要问题及改进情况 2020年,我镇扎实开展政府信息公开工作,但也存在一些不足。"],
                 "http://www.example-county.gov.cn/mgz/gkmlpt/content/2/2270002/post_2270002.html",
                 "某镇2020年政府信息公开工作年度报告", id="tables-dropped-gkmlpt-headings-run-together"),
])
def test_tables_dropped_no_zero_facts(lines, url, title):
    rep = parse(lines, title=title, url=url, publisher="某市林业局", date="2021-01-20")
    assert rep.year == 2020 and rep.template == "t2019"
    assert rep.tables_missing is True
    assert not [f.key for f in rep.facts if f.source == "table"]


def test_section2_fee_row_lost_blank_not_guessed():
    """A Heilongjiang 2020 bureau, one cell per line: the 行政事业性收费 row kept one number of its two cells."""
    lines = s2_one_cell_per_line_wrapped()[:-1]
    i = lines.index("行政事业性收费")
    lines[i + 1:i + 3] = [" 5"]
    rep = parse(lines, title="某区教育局2020年政府信息公开工作年度报告".replace("2020", "2019"),
                url="http://www.example-district.gov.cn/e/action/ShowInfo.php?classid=174&id=7001&tempid=14")
    got = table_facts(rep)
    assert not [k for k in ("active.admin_fee.items_prev", "active.admin_fee.items_delta")
                if k in got and got[k].value == 5]
    assert_table(rep, {"active.permit.items_prev": 4, "active.permit.decisions": 37,
                       "active.procurement.amount": 5260})
