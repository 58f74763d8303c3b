"""Black-box probe: the statistics tables of real reports as portals serve them, flattened to text.

Real pages rarely carry a clean <table>: the tables of sections 二/三/四 (t2019/t2021) and the e2014 统计表
arrive as text lines: pipes ("a | b | c", sometimes with leading or trailing empty cells), one cell per line
(optionally ending in " |"), cells separated by spaces (PDF text layers, flip-book HTML) or tabs (pasted from
WPS/Excel), header words broken into single characters, blank cells that vanish (spec 2.7). Each document
below is written for this file: the LAYOUT, the separators and the template's row labels are those seen on real
pages; the numbers, agencies and sentences are our own. Expectations follow the domain spec (1(a)-1(d), 2.1-2.4,
2.7), not the code: every fact a careful reader can place with certainty, and no fact invented where the
position of a number is lost.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# page builder
# ---------------------------------------------------------------------------------------------------------------


def portal_page(title: str, lines: list[str], *, date: str, publisher: str, index_no: str,
                charset: str = "utf-8", wrap: str = "p") -> bytes:
    if wrap == "p":
        body = "\n".join(f"<p>{html.escape(line)}</p>" if line else "<p>&nbsp;</p>" for line in lines)
    else:  # text layer of a PDF flip-book page: one <div> per line
        body = "\n".join(f'<div class="t">{html.escape(line)}</div>' for line in lines)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="ArticleTitle" content="{html.escape(title)}">
<title>{html.escape(title)}</title></head>
<body>
<div class="head"><span>{html.escape(publisher)}</span> <a href="/">网站首页</a> | <a href="#">无障碍</a> | <a href="#">繁體</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/zwfw/">政务服务</a>
<a href="/hdjl/">互动交流</a></div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt;
<a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<table class="xxgk_table"><tr><td>索 引 号：</td><td>{html.escape(index_no)}</td><td>主题分类：</td><td>综合政务</td></tr>
<tr><td>发布机构：</td><td>{html.escape(publisher)}</td><td>发布日期：</td><td>{date}</td></tr></table>
<div class="article"><h2 class="title">{html.escape(title)}</h2>
<div class="source">来源：{html.escape(publisher)} 发布时间：{date} 浏览次数：<span>12</span></div>
<div class="TRS_Editor" id="zoom">
{body}
</div></div>
<div class="bottom">扫一扫在手机打开当前页 【打印】 【关闭】</div>
<div class="footer">主办：{html.escape(publisher)} 网站标识码：4306000012 备案号：湘ICP备05000012号</div>
</body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset)


def parse(url: str, title: str, lines: list[str], *, date: str = "2022-01-18", publisher: str = "某某县人民政府办公室",
          index_no: str = "11430600MB0000000X/2022-00007", charset: str = "utf-8", wrap: str = "p") -> Report:
    body = portal_page(title, lines, date=date, publisher=publisher, index_no=index_no, charset=charset, wrap=wrap)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={charset}"})])


def table_facts(report: Report) -> dict[str, object]:
    out = {}
    for f in report.facts:
        if f.source == "table":
            out.setdefault(f.key, f)
    return out


def describe(report: Report, prefix: str = "") -> str:
    return "; ".join(f"{f.source}:{f.key}={f.value}/{f.value_flag}/{f.confidence}" for f in report.facts
                     if f.key.startswith(prefix) and f.source != "derived")[:3000]


# ---------------------------------------------------------------------------------------------------------------
# section 三 (t2021 / t2019): one grid, several flattenings
# ---------------------------------------------------------------------------------------------------------------

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

# (label cells, key) — labels exactly as the templates print them; the first row of a block carries its
# level-1/level-2 label cell too (rowspan text lands on the first row when flattened)
SEC3_ROWS_2021 = [
    (["一、本年新收政府信息公开申请数量"], "apply.received_new"),
    (["二、上年结转政府信息公开申请数量"], "apply.carried_in"),
    (["三、本年度办理结果", "（一）予以公开"], "apply.outcome.granted"),
    (["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "apply.outcome.partial"),
    (["（三）不予公开", "1.属于国家秘密"], "apply.outcome.withheld.state_secret"),
    (["2.其他法律行政法规禁止公开"], "apply.outcome.withheld.law_prohibited"),
    (["3.危及“三安全一稳定”"], "apply.outcome.withheld.security_stability"),
    (["4.保护第三方合法权益"], "apply.outcome.withheld.third_party"),
    (["5.属于三类内部事务信息"], "apply.outcome.withheld.internal_affairs"),
    (["6.属于四类过程性信息"], "apply.outcome.withheld.process_info"),
    (["7.属于行政执法案卷"], "apply.outcome.withheld.enforcement_file"),
    (["8.属于行政查询事项"], "apply.outcome.withheld.admin_query"),
    (["（四）无法提供", "1.本机关不掌握相关政府信息"], "apply.outcome.unavailable.not_held"),
    (["2.没有现成信息需要另行制作"], "apply.outcome.unavailable.needs_creation"),
    (["3.补正后申请内容仍不明确"], "apply.outcome.unavailable.unclear"),
    (["（五）不予处理", "1.信访举报投诉类申请"], "apply.outcome.not_processed.petition"),
    (["2.重复申请"], "apply.outcome.not_processed.duplicate"),
    (["3.要求提供公开出版物"], "apply.outcome.not_processed.publication"),
    (["4.无正当理由大量反复申请"], "apply.outcome.not_processed.mass_repeat"),
    (["5.要求行政机关确认或重新出具已获取信息"], "apply.outcome.not_processed.confirm_reissue"),
    (["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
     "apply.outcome.other.no_correction"),
    (["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], "apply.outcome.other.fee_unpaid"),
    (["3.其他"], "apply.outcome.other.misc"),
    (["（七）总计"], "apply.outcome.total"),
    (["四、结转下年度继续办理"], "apply.carried_out"),
]

SEC3_ROWS_2019 = SEC3_ROWS_2021[:20] + [(["（六）其他处理"], "apply.outcome.other")] + SEC3_ROWS_2021[23:]

# a consistent grid with numbers in several columns, so that a shifted column shows up
GRID = {
    "apply.received_new": [7, 2, 0, 1, 0, 0, 10],
    "apply.carried_in": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.granted": [3, 1, 0, 0, 0, 0, 4],
    "apply.outcome.partial": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.withheld.third_party": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.unavailable.not_held": [2, 0, 0, 1, 0, 0, 3],
    "apply.outcome.not_processed.duplicate": [0, 1, 0, 0, 0, 0, 1],
    "apply.outcome.total": [7, 2, 0, 1, 0, 0, 10],
    "apply.carried_out": [1, 0, 0, 0, 0, 0, 1],
}


def grid_row(key: str) -> list[int]:
    return GRID.get(key, [0] * 7)


SEC3_HEAD_CELLS = [
    ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
    ["自然人", "法人或其他组织", "总计"],
    ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
]


def sec3_lines(layout: str, rows=SEC3_ROWS_2021) -> list[str]:
    out = ["三、收到和处理政府信息公开申请情况"]
    if layout == "spaces":  # PDF text layer / flip-book: header words split, cells separated by one space
        out += ["（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）", "申请人情况",
                "法人或其他组织", "商业 科研 社会公 法律服", "自然人 其他 总计", "企业 机构 益组织 务机构"]
    elif layout == "tabs":
        out += ["\t".join(h) for h in SEC3_HEAD_CELLS]
    elif layout in ("cells", "cells_pipe"):
        end = " |" if layout == "cells_pipe" else ""
        out += [c + end for h in SEC3_HEAD_CELLS for c in h]
    elif layout == "lead_pipes":
        out += ["| " + " | ".join(h) + " |" for h in SEC3_HEAD_CELLS]
    for labels, key in rows:
        vals = [str(v) for v in grid_row(key)]
        if layout == "spaces":
            out.append(" ".join(labels + vals))
        elif layout == "tabs":
            out.append("\t".join(labels + vals))
        elif layout in ("cells", "cells_pipe"):
            end = " |" if layout == "cells_pipe" else ""
            out += [c + end for c in labels + vals]
        elif layout == "lead_pipes":
            out.append("| " + " | ".join(labels + vals) + " |")
    return out


SEC1_2021 = ["一、总体情况", "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。"]
SEC1_2020 = ["一、总体情况", "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。"]
TAIL = ["五、存在的主要问题及改进情况", "我局政府信息公开工作仍有不足，将进一步加强培训。",
        "六、其他需要报告的事项", "本年度未收取信息处理费。"]


def expect_grid(rows=SEC3_ROWS_2021) -> dict[str, float]:
    exp = {}
    for _labels, key in rows:
        for col, v in zip(COLS, grid_row(key), strict=True):
            exp[f"{key}.{col}"] = v
    return exp


def sec3_case(layout: str, rows=SEC3_ROWS_2021, year: int = 2022):
    lines = (SEC1_2021 if year >= 2021 else SEC1_2020) + sec3_lines(layout, rows) + TAIL
    return lines, expect_grid(rows)


# ---------------------------------------------------------------------------------------------------------------
# section 四: 15 numbers
# ---------------------------------------------------------------------------------------------------------------

SEC4_KEYS = [f"{blk}.{c}" for blk in ("review", "litigation.direct", "litigation.after_review")
             for c in ("upheld", "corrected", "other", "pending", "total")]
SEC4_VALS = [2, 1, 0, 1, 4, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1]


def sec4_expect() -> dict[str, float]:
    return dict(zip(SEC4_KEYS, SEC4_VALS, strict=True))


SEC4_VERTICAL = [  # flip-book text of a PDF page whose header cells print one character per line
    "四、政府信息公开行政复议、行政诉讼情况",
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
    " ".join(str(v) for v in SEC4_VALS),
]

SEC4_TWO_LINE = [  # PDF text layer: each header word broken in two lines
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼",
    "未经复议直接起诉 复议后起诉",
    "结果 结果 其他 尚未 总",
    "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
    "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计",
    " ".join(str(v) for v in SEC4_VALS),
]

SEC4_CELLS = (["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
              + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3
              + [str(v) for v in SEC4_VALS])

SEC4_TABS = ["四、政府信息公开行政复议、行政诉讼情况",
             "行政复议\t行政诉讼",
             "\t未经复议直接起诉\t复议后起诉",
             "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3),
             "\t".join(str(v) for v in SEC4_VALS)]

SEC4_PIPES_SPACED = ["四、政府信息公开行政复议、行政诉讼情况",
                     "行政复议 | 行政诉讼 |",
                     "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
                     "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 |",
                     " | ".join(str(v) for v in SEC4_VALS) + " |"]

# ---------------------------------------------------------------------------------------------------------------
# section 二
# ---------------------------------------------------------------------------------------------------------------

SEC2_2021_ROWS = [  # (caption, header cells, [(row label, values)])
    ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", ["0", "0", "0"]), ("行政规范性文件", ["4", "1", "23"])]),
    ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", ["156"])]),
    ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [("行政处罚", ["37"]), ("行政强制", ["2"])]),
    ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", ["12.35"])]),
]
SEC2_2021_EXPECT = {
    "active.regulation.issued": 0, "active.regulation.repealed": 0, "active.regulation.in_force": 0,
    "active.normative.issued": 4, "active.normative.repealed": 1, "active.normative.in_force": 23,
    "active.permit.decisions": 156, "active.penalty.decisions": 37, "active.coercion.decisions": 2,
    "active.admin_fee.amount": 12.35,
}

SEC2_2019_ROWS = [
    ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("规章", ["0", "0", "0"]), ("规范性文件", ["3", "3", "18"])]),
    ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政许可", ["41", "+3", "620"]), ("其他对外管理服务事项", ["12", "-2", "75"])]),
    ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
     [("行政处罚", ["230", "0", "48"]), ("行政强制", ["9", "0", "3"])]),
    ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], [("行政事业性收费", ["6", "-1"])]),
    ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], [("政府集中采购", ["5", "86.4"])]),
]
SEC2_2019_EXPECT = {
    "active.regulation.issued": 0, "active.regulation.published_new": 0, "active.regulation.public_total": 0,
    "active.normative.issued": 3, "active.normative.published_new": 3, "active.normative.public_total": 18,
    "active.permit.items_prev": 41, "active.permit.items_delta": 3, "active.permit.decisions": 620,
    "active.other_service.items_prev": 12, "active.other_service.items_delta": -2,
    "active.other_service.decisions": 75,
    "active.penalty.items_prev": 230, "active.penalty.items_delta": 0, "active.penalty.decisions": 48,
    "active.coercion.items_prev": 9, "active.coercion.items_delta": 0, "active.coercion.decisions": 3,
    "active.admin_fee.items_prev": 6, "active.admin_fee.items_delta": -1,
    "active.procurement.projects": 5, "active.procurement.amount": 86.4,
}


def sec2_lines(spec, layout: str) -> list[str]:
    out = ["二、主动公开政府信息情况"]
    for caption, head, rows in spec:
        cells = [[caption], head] + [[label] + vals for label, vals in rows]
        for row in cells:
            if layout == "cells":
                out += row
            elif layout == "cells_pipe":
                out += [c + " |" for c in row]
            elif layout == "spaces":
                out.append(" ".join(row))
            elif layout == "tabs":
                out.append("\t".join(row))
            elif layout == "lead_pipes":
                out.append("| " + " | ".join(row) + " |")
    return out


# ---------------------------------------------------------------------------------------------------------------
# e2014 统计表
# ---------------------------------------------------------------------------------------------------------------

E2014_ROWS = [  # (label as printed, unit, value, key)
    ("一、主动公开情况", "—", None, None),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "486", "active.items_total"),
    ("其中：主动公开规范性文件数", "条", "9", "active.normative.published"),
    ("制发规范性文件总数", "件", "11", "active.normative.issued_total"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "—", None, None),
    ("1.政府公报公开政府信息数", "条", "0", "active.channel.gazette"),
    ("2.政府网站公开政府信息数", "条", "452", "active.channel.website"),
    ("3.政务微博公开政府信息数", "条", "37", "active.channel.weibo"),
    ("4.政务微信公开政府信息数", "条", "120", "active.channel.wechat"),
    ("5.其他方式公开政府信息数", "条", "15", "active.channel.other"),
    ("二、回应解读情况", "—", None, None),
    ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "3", "response.hot_topics"),
    ("（二）通过不同渠道和方式回应解读的情况", "—", None, None),
    ("1.参加或举办新闻发布会总次数", "次", "2", "response.press_conf"),
    ("其中：主要负责同志参加新闻发布会次数", "次", "1", "response.press_conf_by_head"),
    ("2.政府网站在线访谈次数", "次", "4", "response.online_interviews"),
    ("其中：主要负责同志参加政府网站在线访谈次数", "次", "2", "response.online_interviews_by_head"),
    ("3.政策解读稿件发布数", "篇", "6", "response.interpretations"),
    ("4.微博微信回应事件数", "次", "5", "response.weibo_wechat_events"),
    ("5.其他方式回应事件数", "次", "0", "response.other_events"),
    ("三、依申请公开情况", "—", None, None),
    ("（一）收到申请数", "件", "17", "apply.received.total"),
    ("1.当面申请数", "件", "8", "apply.channel.in_person"),
    ("2.传真申请数", "件", "0", "apply.channel.fax"),
    ("3.网络申请数", "件", "6", "apply.channel.online"),
    ("4.信函申请数", "件", "3", "apply.channel.letter"),
    ("（二）申请办结数", "件", "16", "apply.closed.total"),
    ("1.按时办结数", "件", "15", "apply.closed.on_time"),
    ("2.延期办结数", "件", "1", "apply.closed.extended"),
    ("（三）申请答复数", "件", "16", "apply.answer.total"),
    ("1.属于已主动公开范围数", "件", "2", "apply.answer.already_public"),
    ("2.同意公开答复数", "件", "7", "apply.answer.granted"),
    ("3.同意部分公开答复数", "件", "1", "apply.answer.partial"),
    ("4.不同意公开答复数", "件", "2", "apply.answer.denied"),
    ("其中：涉及国家秘密", "件", "0", "apply.answer.denied.state_secret"),
    ("涉及商业秘密", "件", "1", "apply.answer.denied.commercial_secret"),
    ("涉及个人隐私", "件", "1", "apply.answer.denied.privacy"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "0", "apply.answer.denied.security_stability"),
    ("不是《条例》所指政府信息", "件", "0", "apply.answer.denied.not_gov_info"),
    ("法律法规规定的其他情形", "件", "0", "apply.answer.denied.law_other"),
    ("5.不属于本行政机关公开数", "件", "2", "apply.answer.not_this_agency"),
    ("6.申请信息不存在数", "件", "1", "apply.answer.not_exist"),
    ("7.告知作出更改补充数", "件", "1", "apply.answer.ask_correction"),
    ("8.告知通过其他途径办理数", "件", "0", "apply.answer.other_channel"),
    ("四、行政复议数量", "件", "1", "review.total"),
    ("（一）维持具体行政行为数", "件", "1", "review.upheld"),
    ("（二）被依法纠错数", "件", "0", "review.corrected"),
    ("（三）其他情形数", "件", "0", "review.other"),
    ("五、行政诉讼数量", "件", "0", "litigation.total"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "0", "litigation.upheld"),
    ("（二）被依法纠错数", "件", "0", "litigation.corrected"),
    ("（三）其他情形数", "件", "0", "litigation.other"),
    ("六、举报投诉数量", "件", "0", "complaint.total"),
    ("七、依申请公开信息收取的费用", "万元", "0", "fee.request_fees"),
    ("八、机构建设和保障经费情况", "—", None, None),
    ("（一）政府信息公开工作专门机构数", "个", "1", "org.dedicated_units"),
    ("（二）设置政府信息公开查阅点数", "个", "3", "org.reading_points"),
    ("（三）从事政府信息公开工作人员数", "人", "4", "org.staff_total"),
    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "1", "org.staff_fulltime"),
    ("2.兼职人员数", "人", "3", "org.staff_parttime"),
    ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "2.5",
     "org.budget"),
    ("九、政府信息公开会议和培训情况", "—", None, None),
    ("（一）召开政府信息公开工作会议或专题会议数", "次", "2", "training.meetings"),
    ("（二）举办各类培训班数", "次", "1", "training.courses"),
    ("（三）接受培训人员数", "人次", "35", "training.trainees"),
]
E2014_EXPECT = {key: float(v) for _l, _u, v, key in E2014_ROWS if key}

E2014_PROSE = ["一、概述",
               "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
               "二、主动公开政府信息情况", "全年主动公开政府信息情况详见附表。",
               "七、附表", "政府信息公开情况统计表（2016年度）", "填报单位（盖章）：某某县住房和城乡建设局"]


def e2014_lines(layout: str) -> list[str]:
    out = list(E2014_PROSE)
    if layout == "per_line":  # one cell per line: label, unit, value (seed 002 shape)
        out += ["统计指标", "单位", "统计数"]
        for label, unit, value, _k in E2014_ROWS:
            out += [label, unit] + ([value] if value is not None else [])
    elif layout == "numbered_pipes":  # a 序号 column in front, as many county forms print it
        out.append("| 序号 | 统计指标 | 单位 | 统计数 |")
        n = 0
        for label, unit, value, _k in E2014_ROWS:
            n += 1
            out.append(f"| {n} | {label} | {unit} | {value if value is not None else ''} |")
    elif layout == "spaces":
        out.append("统计指标 单位 统计数")
        for label, unit, value, _k in E2014_ROWS:
            out.append(" ".join([label, unit] + ([value] if value is not None else [])))
    elif layout == "tabs":
        out.append("统计指标\t单位\t统计数")
        for label, unit, value, _k in E2014_ROWS:
            out.append("\t".join([label, unit, value or ""]))
    elif layout == "wrapped_pipes":  # long labels wrap inside the cell: the wrapped part is its own line
        out.append("统计指标 | 单位 | 统计数 |")
        for label, unit, value, _k in E2014_ROWS:
            if "（不" in label and value is not None:
                head, _, rest = label.partition("（不")
                out += [head, f"（不{rest} | {unit} | {value} |"]
            else:
                out.append(f"{label} | {unit} | {value if value is not None else ''} |")
    out += ["单位负责人：王某 审核人：李某 填报人：张某 联系电话：0000-1234567 填表日期：2017年1月10日"]
    return out


# ---------------------------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------------------------

def _c(id_, url, title, lines, expect, *, year, template, forbid=(), wrap="p", charset="utf-8", extra=None):
    return pytest.param(dict(url=url, title=title, lines=lines, expect=expect, year=year, template=template,
                             forbid=forbid, wrap=wrap, charset=charset, extra=extra), id=id_)


def _sec3_2021(layout):
    lines, exp = sec3_case(layout)
    return lines, exp


CASES = []

# --- section 三, 2021, five flattenings -------------------------------------------------------------------------
for _layout, _url in [
    ("spaces", "http://www.xzq.gov.cn/book/2022nb/sjj/files/basic-html/page7.html"),
    ("tabs", "http://www.hxx.gov.cn/zwgk/xxgknb/202301/t20230116_100231.html"),
    ("cells", "http://www.xiangxian.gov.cn/zwgkcontent-888888646-60117.html"),
    ("cells_pipe", "https://www.lqx.gov.cn/xxgk/xxgknb/bmgzbm/content/post_1195601.html"),
    ("lead_pipes", "http://www.nhx.gov.cn/29509/29510/55038/content_2355999.html"),
]:
    _lines, _exp = sec3_case(_layout)
    CASES.append(_c(f"sec3-2021-{_layout}", _url, "某县财政局2022年政府信息公开工作年度报告",
                    SEC1_2021 + ["二、主动公开政府信息情况", "本年度主动公开政府信息156条。"] + _lines[len(SEC1_2021):],
                    _exp, year=2022, template="t2021"))

# --- section 三, 2019 (single （六）其他处理 row), spaces and cells ----------------------------------------------------
for _layout in ("spaces", "cells", "tabs", "cells_pipe", "lead_pipes"):
    _lines, _exp = sec3_case(_layout, rows=SEC3_ROWS_2019, year=2020)
    CASES.append(_c(f"sec3-2019-{_layout}", "http://www.ybx.gov.cn/xxgk/xxgknb/xzbm/2020nb/202101/t20210115_22501.shtml",
                    "某镇人民政府2020年政府信息公开工作年度报告", _lines, _exp, year=2020, template="t2019"))

# --- section 四 -----------------------------------------------------------------------------------------------------
for _name, _block, _wrap in [("vertical-header", SEC4_VERTICAL, "div"), ("two-line-header", SEC4_TWO_LINE, "div"),
                             ("cells", SEC4_CELLS, "p"), ("tabs", SEC4_TABS, "p"),
                             ("pipes-spaced-header", SEC4_PIPES_SPACED, "p")]:
    CASES.append(_c(f"sec4-{_name}", f"http://180.76.0.1:88/book/2022dzs/sec4{_name}/files/basic-html/page8.html",
                    "某区信访局2022年政府信息公开工作年度报告",
                    SEC1_2021 + _block + TAIL,
                    sec4_expect(), year=2022, template="t2021", wrap=_wrap))

# --- section 二 -------------------------------------------------------------------------------------------------------
for _layout in ("cells", "cells_pipe", "spaces", "tabs", "lead_pipes"):
    CASES.append(_c(f"sec2-2021-{_layout}", f"http://www.xzx.gov.cn/zwgk/xxgknb/{_layout}/202301/t20230120_5501.html",
                    "某县市场监督管理局2022年政府信息公开工作年度报告",
                    SEC1_2021 + sec2_lines(SEC2_2021_ROWS, _layout) + ["三、收到和处理政府信息公开申请情况",
                                                                       "本年度未收到政府信息公开申请。"] + TAIL,
                    SEC2_2021_EXPECT, year=2022, template="t2021"))
for _layout in ("cells", "spaces", "tabs", "cells_pipe", "lead_pipes"):
    CASES.append(_c(f"sec2-2019-{_layout}", f"http://www.xxa.gov.cn/zwgkcontent-888888646-{len(_layout)}8014.html",
                    "某县行政审批局2020年政府信息公开工作年度报告",
                    SEC1_2020 + sec2_lines(SEC2_2019_ROWS, _layout) + ["三、收到和处理政府信息公开申请情况",
                                                                       "本年度未收到政府信息公开申请。"] + TAIL,
                    SEC2_2019_EXPECT, year=2020, template="t2019"))

# --- e2014 统计表 ---------------------------------------------------------------------------------------------------
for _layout in ("per_line", "numbered_pipes", "spaces", "tabs", "wrapped_pipes"):
    CASES.append(_c(f"e2014-{_layout}", f"http://www.cexz.gov.cn/read_gkml.php?brow={len(_layout)}71",
                    "某县住房和城乡建设局2016年政府信息公开工作年度报告", e2014_lines(_layout), E2014_EXPECT,
                    year=2016, template="e2014"))
CASES.append(_c("e2014-per_line-gbk", "http://www.cexz.gov.cn/read_gkml.php?brow=2090",
                "某县住房和城乡建设局2016年政府信息公开工作年度报告", e2014_lines("per_line"), E2014_EXPECT,
                year=2016, template="e2014", charset="gbk"))


@pytest.mark.parametrize("case", CASES)
def test_flattened_table(case: dict) -> None:
    r = parse(case["url"], case["title"], case["lines"], wrap=case["wrap"], charset=case["charset"])
    assert r.year == case["year"], (r.year, r.year_source)
    assert r.template == case["template"]
    got = table_facts(r)
    missing = {k: v for k, v in case["expect"].items() if k not in got}
    wrong = {k: (got[k].value, v) for k, v in case["expect"].items() if k in got and got[k].value != v}
    assert not missing and not wrong, f"missing={missing} wrong(got,exp)={wrong} :: {describe(r)}"
    for k in case["forbid"]:
        assert k not in got, f"{k} must not be emitted: {got[k]}"
    # positions are certain in these layouts: full confidence, no invented flag
    low = {k: got[k].confidence for k in case["expect"] if got[k].confidence < 1}
    assert not low, f"certain cells read with low confidence: {low}"


# ---------------------------------------------------------------------------------------------------------------
# special layouts: wrapped labels, lost blank cells, trailing blank cells, flags
# ---------------------------------------------------------------------------------------------------------------

ANY = object()


def _wrap_row(lines: list[str], starts: str, first: str, second: str) -> list[str]:
    out = list(lines)
    i = next(k for k, line in enumerate(out) if line.startswith(starts))
    out[i:i + 1] = [first, second]
    return out


def _sec3_wrapped(numbers_last: bool) -> list[str]:
    lines = SEC1_2021 + sec3_lines("spaces")
    z = " 0 0 0 0 0 0 0"
    if numbers_last:  # PDF text: the label wraps, the numbers come with its last line
        lines = _wrap_row(lines, "（二）部分公开", "（二）部分公开（区分处理的，只计", "这一情形，不计其他情形） 1 0 0 0 0 0 1")
        lines = _wrap_row(lines, "（六）其他处理", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不",
                          "再处理其政府信息公开申请" + z)
        lines = _wrap_row(lines, "2.申请人逾期", "2.申请人逾期未按收费通知要求缴纳费用、",
                          "行政机关不再处理其政府信息公开申请" + z)
    else:  # the numbers come with the first line, the rest of the label follows alone
        lines = _wrap_row(lines, "（二）部分公开", "（二）部分公开（区分处理的，只计 1 0 0 0 0 0 1", "这一情形，不计其他情形）")
        lines = _wrap_row(lines, "（六）其他处理", "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不" + z,
                          "再处理其政府信息公开申请")
        lines = _wrap_row(lines, "2.申请人逾期", "2.申请人逾期未按收费通知要求缴纳费用、" + z, "行政机关不再处理其政府信息公开申请")
    return lines + TAIL


SEC3_HEAD_PIPES_2019 = [
    "三、收到和处理政府信息公开申请情况",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | ||||||",
    "自然人 | 法人或其他组织 | 总计 | |||||",
    "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ||",
]
LOST = {"apply.received_new": 5, "apply.outcome.granted": 3, "apply.outcome.partial": 1,
        "apply.outcome.unavailable.not_held": 1, "apply.outcome.total": 5}


def _sec3_blank_cells_lost() -> list[str]:
    """2019 grid where every zero was left blank and the flattening dropped blank cells: a row with one
    non-zero column reads "label | 5 | 5 |" followed by a run of empty pipes; an all-blank row keeps its pipes."""
    rows = []
    for labels, key in SEC3_ROWS_2019:
        if key in LOST:
            rows += [" | ".join(labels + [str(LOST[key]), str(LOST[key])]) + " |", "| | | | |"]
        else:
            rows.append(" | ".join(labels) + " | | | | | | | |")
    return SEC1_2020 + SEC3_HEAD_PIPES_2019 + rows + TAIL


SEC2_2019_FLAGS = [
    "二、主动公开政府信息情况",
    "第二十条第（一）项 | |||",
    "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
    "规章 | 0 | 0 | 0 |",
    "规范性文件 | 2 | 2 | |",  # last cell blank, its pipe kept
    "第二十条第（五）项 | |||",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
    "行政许可 | 36 |",  # blank cells dropped: the column of 36 is unknown
    "其他对外管理服务事项 | / | / | / |",
    "第二十条第（六）项 | |||",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |",
    "行政处罚 | 12 | 无 | 5 |",
    "行政强制 | — | — | — |",
    "第二十条第（八）项 | |||",
    "信息内容 | 上一年项目数量 | 本年增/减 |",
    "行政事业性收费 | ３ | ０ |",
    "第二十条第（九）项 | |||",
    "信息内容 | 采购项目数量 | 采购总金额 |",
    "政府集中采购 | 2 | 15.6 |",
]


def _sec3_subtotal_column() -> list[str]:
    """Some reports add a 法人或其他组织小计 column (8 numbers a row); the seven template columns keep their meaning."""
    out = SEC1_2021 + ["三、收到和处理政府信息公开申请情况",
                       "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况",
                       "自然人 法人或其他组织 总计",
                       "商业企业 科研机构 社会公益组织 法律服务机构 其他 小计"]
    for labels, key in SEC3_ROWS_2021:
        v = grid_row(key)
        out.append(" ".join(labels + [str(x) for x in v[:6]] + [str(sum(v[1:6])), str(v[6])]))
    return out + TAIL


def _e2014_pipes_with_blanks() -> list[str]:
    lines = list(E2014_PROSE) + ["| 统计指标 | 单位 | 统计数 |"]
    for label, unit, value, key in E2014_ROWS:
        v = value if value is not None else ""
        if key in ("apply.channel.fax", "apply.answer.denied.state_secret"):
            v = ""
        elif key == "complaint.total":
            v = "—"
        elif key == "fee.request_fees":
            v = "0.00"
        lines.append(f"| {label} | {unit} | {v} |")
    return lines


def _e2014_per_line_wrapped() -> list[str]:
    lines = list(E2014_PROSE) + ["统计指标", "单位", "统计数"]
    for label, unit, value, _k in E2014_ROWS:
        if "（不" in label and not label.startswith(("1.专职", "（四）政府")):
            head, _, rest = label.partition("（不")
            lines += [head, "（不" + rest, unit, value]
        else:
            lines += [label, unit] + ([value] if value is not None else [])
    return lines


def _s(id_, title, lines, expect, *, year, template, uncertain=(), tables_missing=None, url=None, charset="utf-8"):
    return pytest.param(dict(title=title, lines=lines, expect=expect, year=year, template=template,
                             uncertain=uncertain, tables_missing=tables_missing, charset=charset,
                             url=url or "http://www.lxq.gov.cn/xxgk/xxgknb/202301/t20230112_301.html"), id=id_)


SPECIAL = [
    _s("sec3-2021-pdf-label-wrap-numbers-on-last-line", "某县司法局2022年政府信息公开工作年度报告",
       _sec3_wrapped(numbers_last=True), expect_grid(), year=2022, template="t2021"),
    _s("sec3-2021-pdf-label-wrap-numbers-on-first-line", "某县司法局2022年政府信息公开工作年度报告",
       _sec3_wrapped(numbers_last=False), expect_grid(), year=2022, template="t2021"),
    _s("sec3-2021-subtotal-column-8-numbers", "某区人力资源和社会保障局2022年政府信息公开工作年度报告",
       _sec3_subtotal_column(), expect_grid(), year=2022, template="t2021"),
    _s("sec3-2021-tabs-gbk", "某县教育局2022年政府信息公开工作年度报告",
       sec3_case("tabs")[0] + TAIL, expect_grid(), year=2022, template="t2021", charset="gbk"),
    # spec 2.7: positions lost -> totals are certain (R3), the single non-zero column is not
    _s("sec3-2019-blank-cells-lost-totals-placed", "某街道办事处2020年政府信息公开工作年度报告",
       _sec3_blank_cells_lost(),
       {f"{k}.total": (v, ANY) for k, v in LOST.items()}, year=2020, template="t2019",
       uncertain=[f"{k}.{c}" for k in LOST for c in COLS[:6]], tables_missing=False),
    # "规范性文件 | 2 | 2 | |": empty cells at the end of a row are what spec 2.7's real example shows for blanks moved
    # to the end ("3 | 3 |" and a run of empty pipes): which columns the 2s are in is lost (lead's decision)
    _s("sec2-2019-trailing-blank-cell", "某县交通运输局2020年政府信息公开工作年度报告",
       SEC1_2020 + SEC2_2019_FLAGS + TAIL, {"active.regulation.issued": (0, None)}, year=2020, template="t2019",
       uncertain=["active.normative.issued", "active.normative.published_new", "active.normative.public_total"]),
    _s("sec2-2019-flags-and-lost-position", "某县交通运输局2020年政府信息公开工作年度报告",
       SEC1_2020 + SEC2_2019_FLAGS + TAIL,
       {"active.regulation.issued": (0, None), "active.other_service.items_prev": (0, "slash"),
        "active.other_service.decisions": (0, "slash"), "active.penalty.items_prev": (12, None),
        "active.penalty.items_delta": (0, "wu"), "active.penalty.decisions": (5, None),
        "active.coercion.decisions": (0, "dash"), "active.admin_fee.items_prev": (3, None),
        "active.admin_fee.items_delta": (0, None), "active.procurement.projects": (2, None),
        "active.procurement.amount": (15.6, None)},
       year=2020, template="t2019",
       uncertain=["active.permit.items_prev", "active.permit.items_delta", "active.permit.decisions"]),
    _s("e2014-pipes-blank-and-dash-cells", "某县住房和城乡建设局2016年政府信息公开工作年度报告",
       _e2014_pipes_with_blanks(),
       {"apply.received.total": (17, None), "apply.channel.fax": (0, "blank"),
        "apply.channel.online": (6, None), "apply.answer.denied.state_secret": (0, "blank"),
        "complaint.total": (0, "dash"), "fee.request_fees": (0, None), "org.budget": (2.5, None)},
       year=2016, template="e2014"),
    _s("e2014-per-line-wrapped-labels", "某县住房和城乡建设局2016年政府信息公开工作年度报告",
       _e2014_per_line_wrapped(), {k: (v, ANY) for k, v in E2014_EXPECT.items()}, year=2016, template="e2014"),
]


@pytest.mark.parametrize("case", SPECIAL)
def test_special_layout(case: dict) -> None:
    r = parse(case["url"], case["title"], case["lines"], charset=case["charset"])
    assert r.year == case["year"]
    assert r.template == case["template"]
    got = table_facts(r)
    expect = {k: (v if isinstance(v, tuple) else (v, ANY)) for k, v in case["expect"].items()}
    problems = {}
    if case["tables_missing"] is not None and r.tables_missing is not case["tables_missing"]:
        problems["tables_missing"] = f"got {r.tables_missing}, expected {case['tables_missing']}"
    for key, (value, flag) in expect.items():
        f = got.get(key)
        if f is None:
            problems[key] = "missing"
        elif f.value != value or (flag is not ANY and f.value_flag != flag):
            problems[key] = f"got {f.value}/{f.value_flag}, expected {value}/{'any' if flag is ANY else flag}"
    for key in case["uncertain"]:
        f = got.get(key)
        if f is not None and f.confidence >= 1:
            problems[key] = f"position lost, yet read as certain: {f.value}/{f.value_flag}"
    assert not problems, f"{problems} :: {describe(r)}"
