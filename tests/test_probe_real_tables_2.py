"""Black-box probe, second pass: statistics tables of real reports as stored portal pages give them.

Every case rebuilds the LAYOUT of one real table excerpt seen in stored public pages (URL kept as the page URL):
its separators, line breaks, label wording, header wraps, truncated headers, stray empty cells, page breaks and
flip-book pages. Numbers, agencies and sentences are our own. Expectations follow the domain spec (1(a)-1(d),
2.1-2.4, 2.7), not the code: what a careful reader can place with certainty, and nothing placed with certainty
where the positions are lost.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

ANY = object()

# ---------------------------------------------------------------------------------------------------------------
# page builders
# ---------------------------------------------------------------------------------------------------------------


def cms_page(title: str, lines: list[str], *, publisher: str, date: str, charset: str = "utf-8") -> bytes:
    """A county CMS article page (TRS/Hanweb-like chrome); every text line is one <p>, '' is an empty paragraph."""
    body = "\n".join(f"<p>{html.escape(x)}</p>" if x else "<p>&nbsp;</p>" for x in lines)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="{html.escape(publisher)}"><meta name="ArticleTitle" content="{html.escape(title)}">
<title>{html.escape(title)}_{html.escape(publisher)}</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政府信息公开</a> | <a href="/hdjl/">政民互动</a>
 | <a href="#">长者模式</a> | <a href="#">无障碍浏览</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">年度报告</a></div>
<table class="meta"><tr><th>索引号：</th><td>000014349/{date[:4]}-00031</td><th>发布机构：</th><td>{html.escape(publisher)}</td></tr>
<tr><th>主题分类：</th><td>政务公开</td><th>发布日期：</th><td>{date}</td></tr></table>
<h1 class="title">{html.escape(title)}</h1>
<div class="info">发布时间：{date} 来源：{html.escape(publisher)} 【字体：大 中 小】</div>
<div class="content" id="zoom">
{body}
</div>
<div class="share">【打印本页】 【关闭窗口】</div>
<div class="foot">主办单位：{html.escape(publisher)} 网站标识码：3607000015 ICP备案号：赣ICP备05004081号</div>
</body></html>"""
    return page.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else "utf-8")


def flip_page(book_title: str, n: int, lines: list[str]) -> bytes:
    """One basic-html page of a PDF flip-book (FlipHTML5-style): the PDF text layer, one <div> per text line."""
    body = "\n".join(f'<div class="textLine">{html.escape(x)}</div>' for x in lines)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Page {n} - {html.escape(book_title)}</title></head>
<body><div class="header"><a href="../../index.html">Back</a> <span>Page {n}</span></div>
<div class="pageText">P. {n}
{body}
</div><div class="footer"><a href="page{n - 1}.html">Prev</a> <a href="page{n + 1}.html">Next</a></div></body></html>""".encode()


def table_facts(report: Report) -> dict:
    out: dict = {}
    for f in report.facts:
        if f.source == "table":
            out.setdefault(f.key, f)
    return out


def describe(report: Report) -> str:
    return "; ".join(f"{f.key}={f.value}/{f.value_flag}/{f.confidence}" for f in report.facts
                     if f.source == "table")[:2500]


# ---------------------------------------------------------------------------------------------------------------
# building blocks in the printed wording of the templates
# ---------------------------------------------------------------------------------------------------------------

SEC3_LABELS_2019 = [
    ("一、本年新收政府信息公开申请数量", "apply.received_new"),
    ("二、上年结转政府信息公开申请数量", "apply.carried_in"),
    ("（一）予以公开", "apply.outcome.granted"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "apply.outcome.partial"),
    ("1.属于国家秘密", "apply.outcome.withheld.state_secret"),
    ("2.其他法律行政法规禁止公开", "apply.outcome.withheld.law_prohibited"),
    ("3.危及“三安全一稳定”", "apply.outcome.withheld.security_stability"),
    ("4.保护第三方合法权益", "apply.outcome.withheld.third_party"),
    ("5.属于三类内部事务信息", "apply.outcome.withheld.internal_affairs"),
    ("6.属于四类过程性信息", "apply.outcome.withheld.process_info"),
    ("7.属于行政执法案卷", "apply.outcome.withheld.enforcement_file"),
    ("8.属于行政查询事项", "apply.outcome.withheld.admin_query"),
    ("1.本机关不掌握相关政府信息", "apply.outcome.unavailable.not_held"),
    ("2.没有现成信息需要另行制作", "apply.outcome.unavailable.needs_creation"),
    ("3.补正后申请内容仍不明确", "apply.outcome.unavailable.unclear"),
    ("1.信访举报投诉类申请", "apply.outcome.not_processed.petition"),
    ("2.重复申请", "apply.outcome.not_processed.duplicate"),
    ("3.要求提供公开出版物", "apply.outcome.not_processed.publication"),
    ("4.无正当理由大量反复申请", "apply.outcome.not_processed.mass_repeat"),
    ("5.要求行政机关确认或重新出具已获取信息", "apply.outcome.not_processed.confirm_reissue"),
    ("（六）其他处理", "apply.outcome.other"),
    ("（七）总计", "apply.outcome.total"),
    ("四、结转下年度继续办理", "apply.carried_out"),
]
SEC3_LABELS_2021 = SEC3_LABELS_2019[:20] + [
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "apply.outcome.other.no_correction"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "apply.outcome.other.fee_unpaid"),
    ("3.其他", "apply.outcome.other.misc"),
] + SEC3_LABELS_2019[21:]
COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

# a consistent grid (R1, R2, R3 hold)
GRID = {
    "apply.received_new": [4, 1, 0, 0, 1, 0, 6],
    "apply.carried_in": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.granted": [2, 1, 0, 0, 0, 0, 3],
    "apply.outcome.partial": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.unavailable.not_held": [1, 0, 0, 0, 1, 0, 2],
    "apply.outcome.total": [4, 1, 0, 0, 1, 0, 6],
    "apply.carried_out": [1, 0, 0, 0, 0, 0, 1],
}


def grid(key: str) -> list[int]:
    return GRID.get(key, [0] * 7)


def grid_expect(labels) -> dict:
    return {f"{key}.{c}": v for _l, key in labels for c, v in zip(COLS, grid(key), strict=True)}


def sec3_centred_rows(labels, sep: str) -> list[str]:
    """PDF text layer where a rowspan category cell is printed vertically centred: its text lands on the middle
    row of its block, not on the first one (三、本年度办理结果 on the (二) row, （三）不予公开 on row 5, ...)."""
    centred = {"（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "三、本年度办理结果",
               "5.属于三类内部事务信息": "（三）不予公开", "2.没有现成信息需要另行制作": "（四）无法提供",
               "3.要求提供公开出版物": "（五）不予处理",
               "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请": "（六）其他处理"}
    out = []
    for label, key in labels:
        cells = ([centred[label]] if label in centred else []) + [label] + [str(v) for v in grid(key)]
        out.append(sep.join(cells))
    return out


SEC3_HEAD_SPACES = ["三、收到和处理政府信息公开申请情况",
                    "（本列数据的勾稽关系为：第一项加第二项之和，", "等于第三项加第四项之和）", "申请人情况",
                    "法人或其他组织", "商业 科研 社会公 法律服", "自然人 其他 总计", "企业 机构 益组织 务机构"]
SEC3_HEAD_TABS = ["三、收到和处理政府信息公开申请情况",
                  "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
                  "\t自然人\t法人或其他组织\t\t\t\t\t总计",
                  "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]

TAIL_2019 = ["五、存在的主要问题及改进情况", "个别工作人员业务不熟，下一步将加强培训。",
             "六、其他需要报告的事项", "无。"]


def period(y: int) -> str:
    return f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def cells(*rows: list[str], end: str = "") -> list[str]:
    """One cell per line, optionally ending in ' |' (how many CMS pages flatten a <table>)."""
    return [c + end for row in rows for c in row]


# ---------------------------------------------------------------------------------------------------------------
# real layouts, section 二 (t2019 / t2021)
# ---------------------------------------------------------------------------------------------------------------

# qianan.gov.cn 大五里镇 2020: one cell per line; the header cells "本年新制作数量" / "本年新公开数量" wrap inside
# their cell, so each comes out as two lines "本年新" + "制作数量"
QIANAN = ([period(2020), "一、总体情况", "我镇通过不同渠道和方式主动公开政务信息共186条。", "二、主动公开政府信息情况"]
          + ["第二十条第(一)项", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开总数量",
             "规章", "0", "0", "0", "规范性文件", "3", "2", "9"]
          + ["第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
             "行政许可", "6", "1", "48", "其他对外管理服务事项", "2", "0", "17"]
          + ["第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
             "行政处罚", "11", "0", "5", "行政强制", "0", "0", "0"]
          + ["第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "1", "0"]
          + ["第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "2", "36.8"]
          + ["三、收到和处理政府信息公开申请情况", "本年度我镇未收到政府信息公开申请。"] + TAIL_2019)
QIANAN_EXPECT = {
    "active.regulation.issued": 0, "active.regulation.published_new": 0, "active.regulation.public_total": 0,
    "active.normative.issued": 3, "active.normative.published_new": 2, "active.normative.public_total": 9,
    "active.permit.items_prev": 6, "active.permit.items_delta": 1, "active.permit.decisions": 48,
    "active.other_service.decisions": 17, "active.penalty.items_prev": 11, "active.penalty.decisions": 5,
    "active.admin_fee.items_prev": 1, "active.procurement.projects": 2, "active.procurement.amount": 36.8,
}

# huichang.gov.cn 中村乡 2020: same wrap, with an empty paragraph between every cell and &nbsp; before numbers
HUICHANG = [period(2020), "一、总体情况", "全年主动发布政府信息260余条。", "二、主动公开政府信息情况"]
for _c in (["第二十条第(一)项", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开总数量",
            "规章", "\u00a00", "\u00a00", "\u00a00", "规范性文件", "\u00a04", "4", "\u00a012",
            "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
            "行政许可", "\u00a03", "\u00a00", "\u00a021", "其他对外管理服务事项", "0", "0", "0",
            "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
            "行政处罚", "\u00a00", "\u00a00", "\u00a00", "行政强制", "0", "0", "0",
            "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "\u00a00", "\u00a00",
            "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "1", "7250"]):
    HUICHANG += [_c, ""]
HUICHANG += ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"] + TAIL_2019
HUICHANG_EXPECT = {"active.normative.issued": 4, "active.normative.published_new": 4,
                   "active.normative.public_total": 12, "active.permit.items_prev": 3, "active.permit.decisions": 21,
                   "active.procurement.projects": 1, "active.procurement.amount": 7250}

# xxgk-fs.cbs.gov.cn 抚松县松江河镇 2020: the header 本年增/减 printed truncated as "本年增/" (the 减 lost),
# while the template order (上一年项目数量 | 本年增/减 | 处理决定数量) leaves no doubt about the column
FUSONG = ([period(2020), "一、总体情况", "我镇通过县政府网站公开信息94条。", "二、主动公开政府信息情况"]
          + ["第二十条第(一)项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
             "规章", "0", "0", "0", "规范性文件", "1", "1", "4"]
          + ["第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
             "行政许可", "7", "-2", "63", "其他对外管理服务事项", "0", "0", "0"]
          + ["第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/", "处理决定数量",
             "行政处罚", "4", "1", "9", "行政强制", "0", "0", "0"]
          + ["第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/", "行政事业性收费", "2", "0"]
          + ["第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "0", "0"]
          + ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"] + TAIL_2019)
FUSONG_EXPECT = {"active.normative.issued": 1, "active.normative.public_total": 4,
                 "active.permit.items_prev": 7, "active.permit.items_delta": -2, "active.permit.decisions": 63,
                 "active.penalty.items_prev": 4, "active.penalty.items_delta": 1, "active.penalty.decisions": 9,
                 "active.admin_fee.items_prev": 2, "active.admin_fee.items_delta": 0,
                 "active.procurement.projects": 0}

# china-zibo.gov.cn 中埠镇 2020: clean cell-per-line 2019 tables; the period sentence carries a typo ("202020年")
ZHONGBU = (["本报告中所列数据的统计期限自2020年1月1日起至202020年12月31日止。", "一、总体情况",
            "中埠镇2020年度累计主动公开政府信息35条。", "二、主动公开政府信息情况"]
           + cells(["第二十条第(一)项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                   ["规章", "0", "0", "0"], ["规范性文件", "2", "2", "5"],
                   ["第二十条第(五)项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                   ["行政许可", "0", "0", "0"], ["其他对外管理服务事项", "0", "0", "0"],
                   ["第二十条第(六)项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
                   ["行政处罚", "3", "0", "2"], ["行政强制", "0", "0", "0"],
                   ["第二十条第(八)项"], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费", "0", "0"],
                   ["第二十条第(九)项"], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购", "1", "12"])
           + ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"] + TAIL_2019)
ZHONGBU_EXPECT = {"active.normative.issued": 2, "active.normative.public_total": 5, "active.penalty.items_prev": 3,
                  "active.penalty.decisions": 2, "active.procurement.projects": 1, "active.procurement.amount": 12}

SEC2_2021_TAIL = ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。",
                  "五、存在的主要问题及改进情况", "信息更新不够及时。", "六、其他需要报告的事项", "本年度未收取信息处理费。"]

# tjbc.gov.cn 佳荣里街 2021: caption rows "第二十条第（一）项 | |||", then one cell per line ending " |", and the
# last cell of a short row carrying the empty cells of the grid (" | ||")
TJBC = ([period(2021), "一、总体情况", "2021年主动公开的各类政府信息数量58件。", "二、主动公开政府信息情况",
         "第二十条第（一）项 | |||"]
        + cells(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"],
                ["行政规范性文件", "1", "2", "6"], end=" |")
        + ["第二十条第（五）项 | |||", "信息内容 |", "本年处理决定数量 | ||", "行政许可 |", "27 | ||",
           "第二十条第（六）项 | |||", "信息内容 |", "本年处理决定数量 | ||", "行政处罚 |", "4 | ||",
           "行政强制 |", "1 | ||",
           "第二十条第（八）项 | |||", "信息内容 |", "本年收费金额（单位：万元） | ||", "行政事业性收费 |", "0.35 | ||"]
        + SEC2_2021_TAIL)
SEC2_2021_EXPECT = {"active.regulation.issued": 0, "active.regulation.in_force": 0, "active.normative.issued": 1,
                    "active.normative.repealed": 2, "active.normative.in_force": 6, "active.permit.decisions": 27,
                    "active.penalty.decisions": 4, "active.coercion.decisions": 1, "active.admin_fee.amount": 0.35}

# saintpaulhem.com copy of 七里乡 (2020 report printed with the 2021 columns): caption cell " |" and the caption's
# empty cells "|||" on their own line, then one cell per line
QILI = ([period(2020), "一、总体情况", "主动公开的政府信息主要包括乡政府规范性文件等内容。", "二、主动公开政府信息情况",
         "第二十条第(一)项 |", "|||"]
        + cells(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"],
                ["行政规范性文件", "1", "2", "6"], end=" |")
        + ["第二十条第(五)项 |", "|||", "信息内容 |", "本年处理决定数量 |", "||", "行政许可 |", "27 |", "||",
           "第二十条第(六)项 |", "|||", "信息内容 |", "本年处理决定数量 |", "||", "行政处罚 |", "4 |", "||",
           "行政强制 |", "1 |", "||",
           "第二十条第(八)项 |", "|||", "信息内容 |", "本年收费金额(单位:万元) |", "||", "行政事业性收费 |", "0.35 |", "||"]
        + SEC2_2021_TAIL)

# hukou.gov.cn 大垅乡 2020: every row opens with a lone "|" line; rows carry one extra empty cell (" | |")
HUKOU = [period(2020), "一、总体情况", "我乡政府信息公开工作运转正常。", "二、主动公开政府信息情况"]
for _row in (["第二十条第(一)项 | ||||"], ["信息内容 |", "本年新制作数量 |", "本年新公开数量 |", "对外公开总数量 | |"],
             ["规章 |", "0 |", "0 |", "0 | |"], ["规范性文件 |", "2 |", "1 |", "8 | |"],
             ["第二十条第(五)项 | ||||"], ["信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 | |"],
             ["行政许可 |", "5 |", "-1 |", "22 | |"], ["其他对外管理服务事项 |", "0 |", "0 |", "0 | |"],
             ["第二十条第(六)项 | ||||"], ["信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 | |"],
             ["行政处罚 |", "3 |", "0 |", "4 | |"], ["行政强制 |", "0 |", "0 |", "0 | |"],
             ["第二十条第(八)项 | ||||"], ["信息内容 |", "上一年项目数量 |", "本年增/减 | ||"],
             ["行政事业性收费 |", "2 |", "0 | ||"]):
    HUKOU += ["|"] + _row
HUKOU += ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"] + TAIL_2019
HUKOU_EXPECT = {"active.normative.issued": 2, "active.normative.published_new": 1, "active.normative.public_total": 8,
                "active.permit.items_prev": 5, "active.permit.items_delta": -1, "active.permit.decisions": 22,
                "active.penalty.items_prev": 3, "active.penalty.decisions": 4, "active.admin_fee.items_prev": 2}

# jxgc.gov.cn 长桥乡 2019: pipe rows with an extra empty cell at the end and spaced header words ("本年新 制作数量")
JXGC = ([period(2019), "一、总体情况", "2019年我乡主动公开政府信息57条。", "二、主动公开政府信息情况",
         "第二十条第(一)项 | ||||",
         "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | |",
         "规章 | 0 | 0 | 0 | |", "规范性文件 | 1 | 1 | 3 | |",
         "第二十条第(五)项 | ||||", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |",
         "行政许可 | 9 | +2 | 41 | |", "其他对外管理服务事项 | 0 | 0 | 0 | |",
         "第二十条第(六)项 | ||||", "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |",
         "行政处罚 | 0 | 0 | 0 | |", "行政强制 | 0 | 0 | 0 | |",
         "第二十条第(八)项 | ||||", "信息内容 | 上一年项目数量 | 本年增/减 | ||", "行政事业性收费 | 0 | 0 | ||",
         "第二十条第(九)项 | ||||", "信息内容 | 采购项目数量 | 采购总金额 | ||", "政府集中采购 | 3 | 52.6 |"]
        + ["三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"] + TAIL_2019)
JXGC_EXPECT = {"active.normative.issued": 1, "active.normative.public_total": 3, "active.permit.items_prev": 9,
               "active.permit.items_delta": 2, "active.permit.decisions": 41, "active.procurement.projects": 3,
               "active.procurement.amount": 52.6}

# wangzi521.cn copy of 新华路街道 "2021年度" report still printed with the 2019 columns, traditional characters
XINHUA = (["一、總體情況", "2021年，新華路街道通過政府網站主動公開政府信息62條。", "二、主動公開政府信息情況",
           "第二十條第(一)項 | |||",
           "信息內容 | 本年新 制作數量 | 本年新 公開數量 | 對外公開總數量 |",
           "規章 | 0 | 0 | 0 |", "規范性文件 | 2 | 2 | 7 |",
           "第二十條第(五)項 | |||", "信息內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 |",
           "行政許可 | 4 | 0 | 15 |", "其他對外管理服務事項 | 0 | 0 | 0 |",
           "第二十條第(六)項 | |||", "信息內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 |",
           "行政處罰 | 1 | 0 | 3 |", "行政強制 | 0 | 0 | 0 |",
           "第二十條第(八)項 | |||", "信息內容 | 上一年項目數量 | 本年增/減 | |", "行政事業性收費 | 0 | 0 | |"]
          + ["三、收到和處理政府信息公開申請情況", "本年度未收到政府信息公開申請。", "五、存在的主要問題及改進情況", "無。"])
XINHUA_EXPECT = {"active.normative.issued": 2, "active.normative.published_new": 2,
                 "active.normative.public_total": 7, "active.permit.items_prev": 4, "active.permit.decisions": 15,
                 "active.penalty.items_prev": 1, "active.penalty.decisions": 3}

# jingshan.gov.cn 卫生健康局 2022: a prose line about the table right above it, then plain pipe rows
JINGSHAN = ([period(2022), "一、总体情况", "2022年，我局通过市政府网站发布政务信息9条。", "二、主动公开政府信息情况",
             "本年度内单位行政处罚处理决定数量52件，不存在其他情况。",
             "第二十条第（一）项 | |||", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
             "规章 | 0 | 0 | 0 |", "行政规范性文件 | 0 | 0 | 0 |",
             "第二十条第（五）项 | |||", "信息内容 | 本年处理决定数量 | ||", "行政许可 | 318 | ||",
             "第二十条第（六）项 | |||", "信息内容 | 本年处理决定数量 | ||", "行政处罚 | 52 | ||", "行政强制 | 0 | ||",
             "第二十条第（八）项 | |||", "信息内容 | 本年收费金额（单位：万元） | ||", "行政事业性收费 | 0 | ||"]
            + SEC2_2021_TAIL)
JINGSHAN_EXPECT = {"active.normative.in_force": 0, "active.permit.decisions": 318, "active.penalty.decisions": 52,
                   "active.coercion.decisions": 0, "active.admin_fee.amount": 0}

# ---------------------------------------------------------------------------------------------------------------
# real layouts, sections 三 / 四
# ---------------------------------------------------------------------------------------------------------------

# tufwp.cn copy of 柞水县凤凰镇 2021 (traditional): section 三 rows print one number and leave the other cells
# empty ("| 0 | ||||||||"): the value is 0 and every other cell is blank, so the whole row is 0 whatever the
# position; with one non-zero number the column would be lost (spec 2.7)
FENGHUANG = (["一、總體情況", "本報告中所列數據的統計時限為2021年1月1日至2021年12月31日。", "二、主動公開政府信息情況",
              "第二十條第(一)項 | |||", "信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數 |",
              "規章 | 0 | 0 | 0 |", "行政規範性文件 | 0 | 1 | 2 |",
              "第二十條第(五)項 | |||", "信息內容 | 本年處理決定數量 | ||", "行政許可 | 8 | ||",
              "第二十條第(六)項 | |||", "信息內容 | 本年處理決定數量 | ||", "行政處罰 | 0 | ||", "行政強制 | 0 | ||",
              "第二十條第(八)項 | |||", "信息內容 | 本年收費金額(單位:萬元) | ||", "行政事業性收費 | 0 |",
              "三、收到和處理政府信息公開申請情況",
              "(本列數據的勾稽關系為:第一項加第二項之和,等于第三項加第四項之和) | 申請人情況 | ||||||||",
              "自然人 | 法人或其他組織 | 總計 | |||||||",
              "商業企業 | 科研機構 | 社會公益組織 | 法律服務機構 | 其他 | |||||",
              "一、本年新收政府信息公開申請數量 | 0 | ||||||||",
              "二、上年結轉政府信息公開申請數量 | 0 | ||||||||",
              "三、本年度辦理結果 | (一)予以公開 | 0 | |||||||",
              "(二)部分公開(區分處理的,只計這一情形,不計其他情形) | 0 | |||||||",
              "(七)總計 | 0 | |||||||",
              "四、結轉下年度繼續辦理 | 0 | ||||||||",
              "五、存在的主要問題及改進情況", "無。"])
FENGHUANG_EXPECT = {"active.normative.repealed": 1, "active.normative.in_force": 2, "active.permit.decisions": 8,
                    "apply.received_new.total": (0, ANY), "apply.carried_out.total": (0, ANY)}

# xiongxian.gov.cn 2019 township report: one cell per line, every blank cell vanished: the grids are label-only
# (a stray "0" under 规章); nothing can be placed and nothing non-zero may appear (spec 2.7)
XIONGXIAN = ([period(2019), "一、总体情况", "2019年，我乡明确专人负责政务公开工作。", "二、主动公开政府信息情况",
              "第二十条第(一)项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "0",
              "规范性文件", "第二十条第(五)项", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可",
              "其他对外管理服务事项", "第二十条第(六)项", "行政处罚", "行政强制", "第二十条第(八)项", "行政事业性收费",
              "第二十条第(九)项", "采购项目数量", "采购总金额", "政府集中采购",
              "三、收到和处理政府信息公开申请情况",
              "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "申请人情况", "自然人",
              "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
             + [label for label, _k in SEC3_LABELS_2019[:2]] + ["三、本年度办理结果"]
             + [label for label, _k in SEC3_LABELS_2019[2:]]
             + ["四、政府信息公开行政复议、行政诉讼情况", "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果",
                "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"]
             + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2 + TAIL_2019)

# 180.76.149.248:88 flip-book (区审计局 2020): section 三 runs over two book pages (the last row, 四、结转下年度
# 继续办理, opens the next page), and the PDF text layer prints each category label vertically centred in its block
SHENJI_BOOK = "2020年报_审计局"
SHENJI_P7 = ["某区审计局2020年政府信息公开工作年度报告", "一、总体情况", period(2020), "二、主动公开政府信息情况",
             "本年度我局主动公开政府信息41条。"]
SHENJI_ROWS = sec3_centred_rows(SEC3_LABELS_2019, " ")
SHENJI_P8 = SEC3_HEAD_SPACES + SHENJI_ROWS[:-1]
SHENJI_P9 = [SHENJI_ROWS[-1], "四、政府信息公开行政复议、行政诉讼情况",
             "2020 年，我单位未出现因政府信息公开申请行政复议、提起行政诉讼的情况。",
             "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", "结 结 其 尚", "结 结 其 尚 结 结 其 尚",
             "果 果 他 未", "总计 果 果 他 未 总 果 果 他 未 总", "维 纠 结 审", "维 纠 结 审 计 维 纠 结 审 计",
             "持 正 果 结", "持 正 果 结 持 正 果 结", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
             "五、存在的主要问题及改进情况", "政务公开内容、创新方式方面有待提升。"]

# same book, first rows only (label on the first row of each block), to pin the page-break join itself
SHENJI_FIRSTROW = []
for _label, _key in SEC3_LABELS_2019:
    _lead = {"（一）予以公开": "三、本年度办理结果", "1.属于国家秘密": "（三）不予公开",
             "1.本机关不掌握相关政府信息": "（四）无法提供", "1.信访举报投诉类申请": "（五）不予处理"}.get(_label)
    SHENJI_FIRSTROW.append(" ".join(([_lead] if _lead else []) + [_label] + [str(v) for v in grid(_key)]))

# tabs (pasted from WPS) with the centred category labels, 2021 grid
CENTRED_TABS_2021 = ([period(2021), "一、总体情况", "本年度依法办理政府信息公开申请。"] + SEC3_HEAD_TABS
                     + sec3_centred_rows(SEC3_LABELS_2021, "\t")
                     + ["五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "本年度未收取信息处理费。"])

# a section 三 pasted from a PDF in tabs, broken by a page footer and a repeated header block (spec 3.5)
_TAB_ROWS = []
for _label, _key in SEC3_LABELS_2021:
    _lead = {"（一）予以公开": "三、本年度办理结果", "1.属于国家秘密": "（三）不予公开",
             "1.本机关不掌握相关政府信息": "（四）无法提供", "1.信访举报投诉类申请": "（五）不予处理",
             "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": "（六）其他处理"}.get(_label)
    _TAB_ROWS.append("\t".join(([_lead] if _lead else []) + [_label] + [str(v) for v in grid(_key)]))
REPEATED_HEAD_2021 = ([period(2021), "一、总体情况", "本年度依法办理政府信息公开申请。"] + SEC3_HEAD_TABS
                      + _TAB_ROWS[:12] + ["— 5 —"] + SEC3_HEAD_TABS[1:] + _TAB_ROWS[12:]
                      + ["五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "本年度未收取信息处理费。"])

# 180.76.149.248:88 flip-book (区信访局 2022): other heading wording for section 四, header words split in two lines
SEC4_VALS = [3, 1, 0, 1, 5, 2, 0, 0, 1, 3, 1, 0, 0, 0, 1]
SEC4_KEYS = [f"{b}.{c}" for b in ("review", "litigation.direct", "litigation.after_review")
             for c in ("upheld", "corrected", "other", "pending", "total")]
XINFANG_P8 = ["四、因政府信息公开工作被申请行政复议提起行政诉讼情况", "行政复议 行政诉讼",
              "未经复议直接起诉 复议后起诉", "结果 结果 其他 尚未 总",
              "维持 纠正 结果 审结 计 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
              "维持 纠正 结果 审结 计 维持 纠正 结果 审结 计", " ".join(map(str, SEC4_VALS)),
              "五、政府信息公开工作存在的主要问题及改进情况", "业务骨干以兼职为主，队伍不够稳定。"]
XINFANG_P7 = ["某区信访局2022年政府信息公开工作年度报告", "一、总体情况", period(2022), "二、主动公开政府信息情况",
              "本年度主动公开政府信息23条。", "三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。"]

# ---------------------------------------------------------------------------------------------------------------
# real layouts, e2014 and older forms
# ---------------------------------------------------------------------------------------------------------------

# qianlima.com copy of a district's 政府信息公开情况统计表: 序号 column first and three value columns
# (区政府统计数 | 区直单位统计数 | 乡镇街道统计数) plus the local extra rows; a township fills only its own column.
# Blank cells read 0, so the township's figure is both its column and the row sum: certain.
QL_ROWS = [  # (label, unit, value, key)
    ("一、主动公开情况", "----", None, None),
    ("（一）主动公开政府信息数(不同渠道和方式公开相同信息计1条)", "条", "173", "active.items_total"),
    ("其中:主动公开规范性文件数", "条", "2", "active.normative.published"),
    ("制发规范性文件总数", "件", "3", "active.normative.issued_total"),
    ("主动公开机构领导、机构设置及人事信息", "条", "11", None),
    ("主动公开政府文件数", "条", "26", None),
    ("主动公开行政执法信息", "条", "0", None),
    ("主动公开规划计划、统计信息", "条", "5", None),
    ("主动公开财务预决算、财政专项经费管理使用和“三公”经费信息", "条", "4", None),
    ("（二）通过不同渠道和方式公开政府信息的情况", "----", None, None),
    ("1.政府公报公开政府信息数", "条", "0", "active.channel.gazette"),
    ("2.政府网站公开政府信息数", "条", "158", "active.channel.website"),
    ("3.政务微博公开政府信息数", "条", "0", "active.channel.weibo"),
    ("4.政务微信公开政府信息数", "条", "41", "active.channel.wechat"),
    ("5.其他方式公开政府信息数", "条", "7", "active.channel.other"),
    ("三、依申请公开情况", "----", None, None),
    ("（一）收到申请数", "件", "3", "apply.received.total"),
    ("1.当面申请数", "件", "2", "apply.channel.in_person"),
    ("2.传真申请数", "件", "0", "apply.channel.fax"),
    ("3.网络申请数", "件", "1", "apply.channel.online"),
    ("4.信函申请数", "件", "0", "apply.channel.letter"),
    ("四、行政复议数量", "件", "0", "review.total"),
    ("五、行政诉讼数量", "件", "0", "litigation.total"),
    ("六、举报投诉数量", "件", "1", "complaint.total"),
]
QL_EXPECT = {k: float(v) for _l, _u, v, k in QL_ROWS if k}


def ql_lines(column: int, title_unit: str) -> list[str]:
    out = [period(2017), "一、概述", "本年度政府信息公开工作运行正常。", "二、附表", "政府信息公开情况统计表",
           f"填报单位：{title_unit} 2017年度",
           "| 序号 | 统 计 指 标 | 单位 | 区政府统计数 | 区直单位统计数 | 乡镇街道统计数 |"]
    for n, (label, unit, value, _k) in enumerate(QL_ROWS, 1):
        if value is None:
            out.append(f"| {n} | {label} | {unit} | |||")
        else:
            vals = ["", "", ""]
            vals[column] = value
            out.append(f"| {n} | {label} | {unit} | " + " | ".join(vals) + " |")
    return out


# local extra rows of the same county form inside the ordinary 3-column table: "…“三公”经费信息" counts items
# (条); it is not the 专项经费 (万元) row of section 八
LOCAL_ROWS = ([period(2017), "一、概述", "本年度政府信息公开工作运行正常。", "附表", "政府信息公开情况统计表",
               "统计指标 | 单位 | 统计数 |", "一、主动公开情况 | — | |",
               "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） | 条 | 212 |",
               "其中：主动公开规范性文件数 | 条 | 3 |", "制发规范性文件总数 | 件 | 4 |",
               "主动公开机构领导、机构设置及人事信息 | 条 | 14 |", "主动公开政府文件数 | 条 | 37 |",
               "主动公开行政执法信息 | 条 | 8 |", "主动公开规划计划、统计信息 | 条 | 6 |",
               "主动公开财务预决算、财政专项经费管理使用和“三公”经费信息 | 条 | 5 |",
               "（二）通过不同渠道和方式公开政府信息的情况 | — | |", "2.政府网站公开政府信息数 | 条 | 200 |",
               "八、机构建设和保障经费情况 | — | |", "（一）政府信息公开工作专门机构数 | 个 | 1 |",
               "（三）从事政府信息公开工作人员数 | 人 | 3 |",
               "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费） | 万元 | 1.2 |"])
LOCAL_EXPECT = {"active.items_total": 212, "active.normative.published": 3, "active.normative.issued_total": 4,
                "active.channel.website": 200, "org.dedicated_units": 1, "org.staff_total": 3, "org.budget": 1.2}

# kleyou.com copy of the 莆田 2009 附表: one cell per line, columns 计量单位 | 2009年度 | 历年累计; only the
# year column is the year's statistic. The form has no 维持/纠错 rows: no section-四 breakdown exists.
PUTIAN_ROWS = [("主动公开信息数", "条", 318, 1204, "active.items_total"),
               ("其中:1.政府网站", "条", 290, 1052, "active.channel.website"),
               ("2.政府公报", "条", 12, 40, "active.channel.gazette"),
               ("受理依申请公开信息总数", "件", 5, 17, "apply.received.total"),
               ("其中:1.当面申请数", "件", 3, 9, "apply.channel.in_person"),
               ("2.传真申请数", "件", 0, 1, "apply.channel.fax"),
               ("3.电子邮件申请数", "件", 1, 2, "apply.channel.email"),
               ("4.网上申请数", "件", 1, 4, "apply.channel.online"),
               ("5.信函申请数", "件", 0, 1, "apply.channel.letter"),
               ("6.其它形式申请数", "件", 0, 0, "apply.channel.other"),
               ("本年度对申请的答复总数", "件", 5, 17, None),
               ("其中:1.同意公开答复数", "件", 4, 13, "apply.answer.granted"),
               ("   2.同意部分公开答复数", "件", 1, 2, "apply.answer.partial"),
               ("3.否决公开答复总数", "件", 0, 2, "apply.answer.denied"),
               ("行政复议数", "件", 0, 1, "review.total"),
               ("行政诉讼数", "件", 0, 0, "litigation.total"),
               ("行政申诉数", "件", 0, 0, "appeal.total")]
PUTIAN = ([period(2009), "一、概述", "我区认真贯彻实施《条例》。", "七、需要说明的事项与附表",
           "指   标  名  称", "计量 单位", "2009  年度", "历年 累计"]
          + [x for label, unit, y, cum, _k in PUTIAN_ROWS for x in (label, unit, str(y), str(cum))])
PUTIAN_EXPECT = {k: y for _l, _u, y, _c, k in PUTIAN_ROWS if k}
SEC4_2019_ONLY = ("review.pending", "litigation.direct.total", "litigation.direct.upheld",
                  "litigation.after_review.total", "litigation.after_review.upheld")
PUTIAN_FORBID = ("review.upheld", "review.corrected") + SEC4_2019_ONLY

# the same 附表 as a pipe table (how other copies of the form flatten it)
PUTIAN_PIPES = ([period(2009), "一、概述", "我区认真贯彻实施《条例》。", "七、需要说明的事项与附表",
                 "指 标 名 称 | 计量单位 | 2009年度 | 历年累计 |"]
                + [f"{label.strip()} | {unit} | {y} | {cum} |" for label, unit, y, cum, _k in PUTIAN_ROWS])

# a county e2014 附表 that prints 四、行政复议数量 / 五、行政诉讼数量 without their breakdown rows (tabs, pasted
# from WPS): the t2019 section-四 cells (pending, direct / after-review suits) do not exist in it
E2014_SHORT = ([period(2016), "一、概述", "我局认真贯彻《条例》。", "附表：政府信息公开情况统计表",
                "统计指标\t单位\t统计数", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\t条\t96",
                "2.政府网站公开政府信息数\t条\t90", "（一）收到申请数\t件\t2", "1.当面申请数\t件\t2",
                "四、行政复议数量\t件\t1", "五、行政诉讼数量\t件\t1", "六、举报投诉数量\t件\t0",
                "七、依申请公开信息收取的费用\t万元\t0"])
E2014_SHORT_EXPECT = {"active.items_total": 96, "active.channel.website": 90, "apply.received.total": 2,
                      "apply.channel.in_person": 2, "review.total": 1, "litigation.total": 1, "complaint.total": 0,
                      "fee.request_fees": 0}

# fsou.net copy of the 定西 (Shanghai-style) 统计报表: "| " opens every cell line; a 代码 column (01, 02 …) sits
# before the values; 本期实际 equals 本年累计 in a whole-year form, so the value is certain
DINGXI_ROWS = [("主动公开信息数", "条", "01", 236, "active.items_total"),
               ("其中:全文电子化的主动公开信息数", "条", "02", 236, "active.items_fulltext_e"),
               ("新增的行政规范性文件数", "条", "03", 4, "active.normative.new"),
               ("网站专栏页面访问量", "人次", "05", 5210, "portal.column_pv"),
               ("申请总数", "条", "10", 6, "apply.received.total"),
               ("其中:1.当面申请数", "条", "11", 2, "apply.channel.in_person"),
               ("2.传真申请数", "条", "12", 0, "apply.channel.fax"),
               ("3.电子邮件申请数", "条", "13", 1, "apply.channel.email"),
               ("4.网上申请数", "条", "14", 3, "apply.channel.online"),
               ("5.信函申请数", "条", "15", 0, "apply.channel.letter"),
               ("6.其他形式申请数", "条", "16", 0, "apply.channel.other"),
               ("其中:1.同意公开答复数", "条", "18", 4, "apply.answer.granted"),
               ("2.同意部分公开答复数", "条", "19", 1, "apply.answer.partial"),
               ("3.否决公开答复总数", "条", "20", 1, "apply.answer.denied"),
               ("行政复议数", "件", "32", 0, "review.total"),
               ("行政诉讼数", "件", "33", 0, "litigation.total"),
               ("行政申诉数", "件", "34", 0, "appeal.total")]
DINGXI = ([period(2011), "一、概述", "本年度政府信息公开工作运行正常。", "二、附表", "政府信息公开情况统计报表",
           "指 标 名 称", "| 计量", "单位", "| 代码", "| 本期实际", "| 本年累计", "|", "甲", "| 乙", "| 丙", "| 1", "| 2", "|"]
          + [x for label, unit, code, v, _k in DINGXI_ROWS
             for x in (label, f"| {unit}", f"| {code}", f"| {v}", f"| {v}", "|")])
DINGXI_EXPECT = {k: v for _l, _u, _c, v, k in DINGXI_ROWS}

# an e2014 附表 in pipes broken by page footers ("— 3 —") with the header row repeated on each new page
E2014_PB = ([period(2015), "一、概述", "我局认真贯彻《条例》。", "附表", "政府信息公开情况统计表",
             "统计指标 | 单位 | 统计数 |", "一、主动公开情况 | — | |",
             "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条） | 条 | 327 |",
             "其中：主动公开规范性文件数 | 条 | 6 |", "2.政府网站公开政府信息数 | 条 | 301 |",
             "3.政务微博公开政府信息数 | 条 | 45 |",
             "二、回应解读情况 | — | |",
             "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次） | 次 | 2 |",
             "— 3 —", "统计指标 | 单位 | 统计数 |",
             "（二）通过不同渠道和方式回应解读的情况 | — | |", "1.参加或举办新闻发布会总次数 | 次 | 1 |",
             "3.政策解读稿件发布数 | 篇 | 4 |", "三、依申请公开情况 | — | |", "（一）收到申请数 | 件 | 9 |",
             "1.当面申请数 | 件 | 4 |", "3.网络申请数 | 件 | 3 |", "4.信函申请数 | 件 | 2 |",
             "（二）申请办结数 | 件 | 9 |", "1.按时办结数 | 件 | 9 |",
             "— 4 —", "统计指标 | 单位 | 统计数 |",
             "四、行政复议数量 | 件 | 1 |", "（一）维持具体行政行为数 | 件 | 1 |", "（二）被依法纠错数 | 件 | 0 |",
             "五、行政诉讼数量 | 件 | 0 |", "六、举报投诉数量 | 件 | 0 |", "七、依申请公开信息收取的费用 | 万元 | 0 |"])
E2014_PB_EXPECT = {"active.items_total": 327, "active.normative.published": 6, "active.channel.website": 301,
                   "active.channel.weibo": 45, "response.hot_topics": 2, "response.press_conf": 1,
                   "response.interpretations": 4, "apply.received.total": 9, "apply.channel.in_person": 4,
                   "apply.channel.online": 3, "apply.channel.letter": 2, "apply.closed.total": 9,
                   "apply.closed.on_time": 9, "review.total": 1, "review.upheld": 1, "review.corrected": 0,
                   "litigation.total": 0, "complaint.total": 0, "fee.request_fees": 0}


# yynanhu.yueyang.gov.cn 2019: one cell per line ending " |"; blank cells dropped, so "3 |" "3 |" and a run of
# empty pipes follow the label: the total is certain (R3), the applicant column of the other 3 is not (spec 2.7)
NANHU = ([period(2019), "一、总体情况", "全年收到依申请公开信息5条，答复率100%。", "二、主动公开政府信息情况",
          "本年度主动公开信息25条。"]
         + ["三、收到和处理政府信息公开申请情况",
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |", "申请人情况 |", "||||||||",
            "自然人 |", "法人或其他组织 |", "总计 |", "|||||||", "商业企业 |", "科研机构 |", "社会公益组织 |",
            "法律服务机构 |", "其他 |", "|||||",
            "一、本年新收政府信息公开申请数量 |", "5 |", "5 |", "|||||||",
            "二、上年结转政府信息公开申请数量 |", "0 |", "0 |", "|||||||",
            "三、本年度办理结果 |", "(一)予以公开 |", "4 |", "4 |", "||||||",
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |", "1 |", "1 |", "||||||",
            "(七)总计 |", "5 |", "5 |", "||||||",
            "四、结转下年度继续办理 |", "0 |", "0 |", "|||||||"] + TAIL_2019)
NANHU_EXPECT = {"apply.received_new.total": (5, ANY), "apply.outcome.granted.total": (4, ANY),
                "apply.outcome.partial.total": (1, ANY), "apply.outcome.total.total": (5, ANY)}
NANHU_UNCERTAIN = [f"{k}.{c}" for k in ("apply.received_new", "apply.outcome.granted", "apply.outcome.total")
                   for c in COLS[:6]]

# the 凤凰镇 layout with one non-zero number per row: "| 2 | ||||||||" gives neither the column nor (R3) the total
FENGHUANG_NZ = [x.replace("申請數量 | 0 |", "申請數量 | 2 |").replace("(一)予以公開 | 0 |", "(一)予以公開 | 2 |")
                .replace("(七)總計 | 0 |", "(七)總計 | 2 |") for x in FENGHUANG]
FENGHUANG_NZ_UNCERTAIN = [f"apply.received_new.{c}" for c in COLS] + [f"apply.outcome.granted.{c}" for c in COLS[:6]]

# 180.76.149.248:88 区审计局 book, section 四 with a prose sentence between its heading and the grid
SHENJI_SEC4 = [period(2020), "一、总体情况", "本年度我局主动公开政府信息41条。",
               "四、政府信息公开行政复议、行政诉讼情况",
               "2020 年，我单位因政府信息公开被申请行政复议2件，", "被提起行政诉讼1件。",
               "行政复议 行政诉讼", "未经复议直接起诉 复议后起诉", "结 结 其 尚", "结 结 其 尚 结 结 其 尚",
               "果 果 他 未", "总计 果 果 他 未 总 果 果 他 未 总", "维 纠 结 审", "维 纠 结 审 计 维 纠 结 审 计",
               "持 正 果 结", "持 正 果 结 持 正 果 结", "1 0 0 1 2 0 0 0 1 1 0 0 0 0 0",
               "五、存在的主要问题及改进情况", "公开内容有待丰富。"]
SHENJI_SEC4_EXPECT = dict(zip(SEC4_KEYS, [1, 0, 0, 1, 2, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0], strict=True))

# lintao.gov.cn 上营乡 2020: a township still writing the old prose-only report, no statistics table at all:
# tables missing, and no table fact may be invented from its sentences
SHANGYING = (["根据《中华人民共和国政府信息公开条例》的有关要求，现将2020年政府信息公开工作报告如下：",
              "一、2020年政务公开工作完成情况及成效", "（一）机构建设方面。成立了由乡长任组长的领导小组。",
              "（二）信息公开方面。", "1、主动公开政府信息。2020年，我乡共主动公开政府信息180余条，微信公众号公开40余条。",
              "2、政府信息依申请公开情况。2020年，未收到公众申请要求公开的政府信息。",
              "3、政府信息公开收费及减免情况。2020年度，我乡没有政府信息公开的收费及减免事项。",
              "4、因政府信息公开申请行政复议、提起行政诉讼的情况。2020年，我乡未发生因政府信息公开申请行政复议、"
              "提起行政诉讼的情况。", "二、存在的问题和改进措施", "公开内容不够丰富，将进一步加强。"])

# the 定西 form filled by a whole-year report in its 本年累计 column only (本期实际 left blank)
DINGXI_CUM = ([period(2011), "一、概述", "本年度政府信息公开工作运行正常。", "二、附表", "政府信息公开情况统计报表",
               "指 标 名 称", "| 计量", "单位", "| 代码", "| 本期实际", "| 本年累计", "|", "甲", "| 乙", "| 丙", "| 1",
               "| 2", "|"]
              + [x for label, unit, code, v, _k in DINGXI_ROWS for x in (label, f"| {unit}", f"| {code}", "|",
                                                                        f"| {v}", "|")])

# ---------------------------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------------------------


def case(id_, url, title, lines=None, expect=None, *, year, template=None, pages=None, forbid=(), no_nonzero=None,
         uncertain=(), tables_missing=None, publisher="某某镇人民政府", date="2021-01-20", charset="utf-8"):
    return pytest.param(dict(url=url, title=title, lines=lines, expect=expect or {}, year=year, template=template,
                             pages=pages, forbid=forbid, uncertain=uncertain, tables_missing=tables_missing,
                             no_nonzero=no_nonzero,
                             publisher=publisher, date=date, charset=charset), id=id_)


def _flip(book: str, base: str, pages: dict[int, list[str]]) -> list[Fetched]:
    return [Fetched(base % n, flip_page(book, n, lines), {"content-type": "text/html; charset=utf-8"})
            for n, lines in sorted(pages.items())]


SHENJI_BASE = "http://180.76.149.248:88/book/dzs/shenji/files/basic-html/page%d.html"
XINFANG_BASE = "http://180.76.149.248:88/book/2022dzs/xinfang/files/basic-html/page%d.html"
_ZERO4 = {k: 0 for k in SEC4_KEYS}

CASES = [
    # --- section 二, header cells wrapped over two lines in cell-per-line pages --------------------------------------
    case("sec2-2019-cells-header-wrapped-benianxin", "http://www.qianan.gov.cn/single/29/71869.html",
         "大五里镇2020年政府信息公开工作年度报告", QIANAN, QIANAN_EXPECT, year=2020, template="t2019",
         date="2021-01-29"),
    case("sec2-2019-cells-header-wrapped-blank-paragraphs-nbsp",
         "http://www.huichang.gov.cn/hcxxxgk/hc1554/202101/157a95c3e64f41039bb3beb14dbc7638.shtml",
         "中村乡2020年政府信息公开工作年度报告", HUICHANG, HUICHANG_EXPECT, year=2020, template="t2019",
         publisher="中村乡人民政府"),
    case("sec2-2019-cells-header-truncated-benianzeng",
         "http://xxgk-fs.cbs.gov.cn/zsjg/dzb/ndbg/202101/t20210104_655381.html",
         "抚松县松江河镇人民政府2020年政府信息公开工作年度报告", FUSONG, FUSONG_EXPECT, year=2020, template="t2019",
         date="2021-01-04"),
    # --- section 二, layouts that read well (pins) -----------------------------------------------------------------
    case("pin-sec2-2019-cells-period-typo-year",
         "http://www.china-zibo.gov.cn/gongkai/site_gxqzbz/channel_6076a26b1887a377796bb38b/"
         "doc_60960f3fc91eeb7249ff41c5.html",
         "中埠镇人民政府2020年政府信息公开工作年度报告", ZHONGBU, ZHONGBU_EXPECT, year=2020, template="t2019",
         date="2021-01-30"),
    case("pin-sec2-2021-cells-pipe-short-rows",
         "https://www.tjbc.gov.cn/zwgk/zfxxgk/xxgk_zjyq/zjyq_xxgk_jrlj/xxgk_zfxgknb_jrlj/202201/t20220123_5786521.html",
         "佳荣里街2021年政府信息公开工作年度报告", TJBC, SEC2_2021_EXPECT, year=2021, template="t2021",
         publisher="佳荣里街道办事处", date="2022-01-23"),
    case("pin-sec2-2021-columns-in-2020-report-lone-pipe-lines",
         "https://saintpaulhem.com/jxx/jxxrmzf/xxgknbuv/202209/99633316b8f0463b9ca133d5b9f3a948.shtml",
         "七里乡2020年政府信息公开工作年度报告", QILI, SEC2_2021_EXPECT, year=2020, publisher="七里乡人民政府"),
    case("pin-sec2-2019-lone-pipe-before-rows-extra-empty-cell",
         "https://www.hukou.gov.cn/dlx/zfxxgknb_171215/202101/t20210116_4743388.html",
         "湖口县大垅乡2020年政府信息公开工作年度报告", HUKOU, HUKOU_EXPECT, year=2020, template="t2019",
         publisher="大垅乡人民政府", date="2021-01-16"),
    case("pin-sec2-2019-pipes-extra-empty-cell-signed-delta", "http://www.jxgc.gov.cn/art/2020/1/15/art_15445_3308214.html",
         "长桥乡2019年政府信息公开年度工作报告", JXGC, JXGC_EXPECT, year=2019, template="t2019",
         publisher="长桥乡", date="2020-01-15"),
    case("pin-sec2-2019-columns-in-2021-report-traditional",
         "http://www.wangzi521.cn/xxgk/qzfjgxxgk/qzfgjd/ylqxhljd/xxgknb/61f2349df8fd1c0bdc7cf3f5.html",
         "新華路街道2021年度政府信息公開工作年度報告", XINHUA, XINHUA_EXPECT, year=2021, publisher="新華路街道辦事處",
         date="2022-01-27"),
    case("pin-sec2-2021-prose-line-above-table", "http://www.jingshan.gov.cn/art/2023/1/11/art_19989_954075.html",
         "京山市卫生健康局2022年政府信息公开工作年度报告", JINGSHAN, JINGSHAN_EXPECT, year=2022, template="t2021",
         publisher="京山市卫生健康局", date="2023-01-11"),
    # --- section 三 / 四 -----------------------------------------------------------------------------------------------
    case("pin-sec3-2021-traditional-single-zero-rows", "http://tufwp.cn/html//zwgk/ndbg/zb/120011.html",
         "柞水縣鳳凰鎮2021年政府信息公開工作年度報告", FENGHUANG, FENGHUANG_EXPECT, year=2021, template="t2021",
         no_nonzero="apply.", publisher="鳳凰鎮人民政府", date="2022-01-20"),
    case("pin-sec3-2019-cells-all-blank-vanished", "http://www.xiongxian.gov.cn/zwgkcontent-888888040-56270.html",
         "某乡2019年政府信息公开工作年度报告", XIONGXIAN, {}, year=2019, no_nonzero="", publisher="某乡人民政府",
         date="2020-01-20"),
    case("sec3-2019-flipbook-centred-category-labels-split-pages", SHENJI_BASE % 7, "", None,
         {**grid_expect(SEC3_LABELS_2019), **_ZERO4}, year=2020, template="t2019",
         pages={7: SHENJI_P7, 8: SHENJI_P8, 9: SHENJI_P9}),
    case("pin-sec3-2019-flipbook-first-row-labels-split-pages", SHENJI_BASE % 7, "", None,
         {**grid_expect(SEC3_LABELS_2019), **_ZERO4}, year=2020, template="t2019",
         pages={7: SHENJI_P7, 8: SEC3_HEAD_SPACES + SHENJI_FIRSTROW[:-1], 9: [SHENJI_FIRSTROW[-1]] + SHENJI_P9[1:]}),
    case("sec3-2021-tabs-centred-category-labels", "http://www.lxx.gov.cn/zwgk/xxgknb/202201/t20220119_88213.html",
         "某县自然资源局2021年政府信息公开工作年度报告", CENTRED_TABS_2021, grid_expect(SEC3_LABELS_2021),
         year=2021, template="t2021", publisher="某县自然资源局", date="2022-01-19"),
    case("pin-sec3-2021-tabs-page-footer-repeated-header", "http://www.lxx.gov.cn/zwgk/xxgknb/202201/t20220120_88230.html",
         "某县民政局2021年政府信息公开工作年度报告", REPEATED_HEAD_2021, grid_expect(SEC3_LABELS_2021),
         year=2021, template="t2021", publisher="某县民政局", date="2022-01-20"),
    case("pin-sec4-flipbook-two-line-header-other-heading", XINFANG_BASE % 7, "", None,
         dict(zip(SEC4_KEYS, SEC4_VALS, strict=True)), year=2022, template="t2021",
         pages={7: XINFANG_P7, 8: XINFANG_P8}),
    # --- e2014 and older forms --------------------------------------------------------------------------------------
    case("e2014-local-form-3-value-columns-seq-first-township-column", "https://www.qianlima.com/bid-439753089.html",
         "某某镇人民政府2017年政府信息公开工作年度报告", ql_lines(2, "某某镇人民政府"), QL_EXPECT, year=2017,
         template="e2014", forbid=("org.budget",) + SEC4_2019_ONLY, date="2018-01-25"),
    case("e2014-local-form-3-value-columns-seq-first-district-column",
         "http://www.xxq.gov.cn/zwgk/xxgknb/201801/t20180126_20871.html",
         "某某区人民政府2017年政府信息公开工作年度报告", ql_lines(0, "某某区人民政府"), QL_EXPECT, year=2017,
         template="e2014", forbid=("org.budget",) + SEC4_2019_ONLY, publisher="某某区人民政府办公室", date="2018-01-26"),
    case("e2014-local-extra-row-sangong-not-budget", "http://www.xxq.gov.cn/zwgk/xxgknb/201801/t20180127_20902.html",
         "某某街道办事处2017年政府信息公开工作年度报告", LOCAL_ROWS, LOCAL_EXPECT, year=2017, template="e2014",
         publisher="某某街道办事处", date="2018-01-27"),
    case("e2008-fujian-form-year-and-cumulative-columns-cells",
         "http://www.kleyou.com/html/text/lar/171558/17155898_2.html",
         "莆田市某区人民政府2009年政府信息公开工作年度报告", PUTIAN, PUTIAN_EXPECT, year=2009, template="e2008",
         forbid=PUTIAN_FORBID, publisher="某区人民政府办公室", date="2010-03-25"),
    case("e2008-fujian-form-year-and-cumulative-columns-pipes",
         "http://www.kleyou.com/html/text/lar/171558/17155898_3.html",
         "莆田市某区人民政府2009年政府信息公开工作年度报告", PUTIAN_PIPES, PUTIAN_EXPECT, year=2009, template="e2008",
         forbid=PUTIAN_FORBID, publisher="某区人民政府办公室", date="2010-03-26"),
    case("pin-e2008-shanghai-form-code-column-leading-pipes", "http://www.fsou.net/html/text/lar/170106/17010601_2.html",
         "定西市某局2011年政府信息公开工作年度报告", DINGXI, DINGXI_EXPECT, year=2011, template="e2008",
         publisher="定西市某局", date="2012-03-20"),
    case("pin-sec3-2019-cells-pipe-blank-cells-lost-totals-only",
         "https://yynanhu.yueyang.gov.cn/29509/29510/55038/55040/55223/55306/content_1649246.html",
         "某局2019年政府信息公开工作年度报告", NANHU, NANHU_EXPECT, year=2019, template="t2019",
         uncertain=NANHU_UNCERTAIN, publisher="南湖新区某局", date="2020-01-16"),
    case("pin-sec3-2021-traditional-single-nonzero-position-lost", "http://tufwp.cn/html//zwgk/ndbg/zb/120012.html",
         "柞水縣鳳凰鎮2021年政府信息公開工作年度報告", FENGHUANG_NZ, {"active.permit.decisions": 8}, year=2021,
         template="t2021", uncertain=FENGHUANG_NZ_UNCERTAIN, publisher="鳳凰鎮人民政府", date="2022-01-20"),
    case("pin-sec4-2019-flipbook-prose-between-heading-and-grid", SHENJI_BASE % 9, "某区审计局2020年政府信息公开工作年度报告",
         SHENJI_SEC4, SHENJI_SEC4_EXPECT, year=2020, template="t2019", publisher="某区审计局", date="2021-01-22"),
    case("pin-2020-township-prose-only-tables-missing", "http://www.lintao.gov.cn/art/2020/12/25/art_6924_1372393.html",
         "上营乡2020年政府信息公开工作年度报告", SHANGYING, {}, year=2020, tables_missing=True, no_nonzero="",
         publisher="上营乡人民政府", date="2020-12-25"),
    case("e2008-shanghai-form-cumulative-column-only", "http://www.fsou.net/html/text/lar/170106/17010601_3.html",
         "定西市某局2011年政府信息公开工作年度报告", DINGXI_CUM, DINGXI_EXPECT, year=2011, template="e2008",
         publisher="定西市某局", date="2012-03-20"),
    case("e2014-tabs-review-litigation-without-breakdown", "http://www.xxx.gov.cn/zwgk/xxgknb/201701/t20170120_7.html",
         "某县统计局2016年政府信息公开工作年度报告", E2014_SHORT, E2014_SHORT_EXPECT, year=2016, template="e2014",
         forbid=SEC4_2019_ONLY + ("review.upheld", "litigation.upheld"), publisher="某县统计局", date="2017-01-20"),
    case("pin-e2014-pipes-page-footer-repeated-header", "http://www.xxx.gov.cn/zwgk/xxgknb/201602/t20160125_3.html",
         "某县农业局2015年政府信息公开工作年度报告", E2014_PB, E2014_PB_EXPECT, year=2015, template="e2014",
         publisher="某县农业局", date="2016-01-25"),
]


def _parse(c: dict) -> Report:
    if c["pages"]:
        base = SHENJI_BASE if "shenji" in c["url"] else XINFANG_BASE
        book = SHENJI_BOOK if "shenji" in c["url"] else "威海市某区信访局2022年政府信息公开工作年度报告"
        return parse_report(_flip(book, base, c["pages"]))
    body = cms_page(c["title"], c["lines"], publisher=c["publisher"], date=c["date"], charset=c["charset"])
    return parse_report([Fetched(c["url"], body, {"content-type": f"text/html; charset={c['charset']}"})])


@pytest.mark.parametrize("c", CASES)
def test_real_table_layout(c: dict) -> None:
    r = _parse(c)
    problems: dict = {}
    if r.year != c["year"]:
        problems["year"] = f"got {r.year} ({r.year_source}), expected {c['year']}"
    if c["template"] and r.template != c["template"]:
        problems["template"] = f"got {r.template}, expected {c['template']}"
    got = table_facts(r)
    for key, exp in c["expect"].items():
        value, flag = exp if isinstance(exp, tuple) else (exp, None)
        f = got.get(key)
        values = sorted({g.value for g in r.facts if g.key == key and g.source == "table"})
        if f is None:
            problems[key] = "missing"
        elif values != [value]:
            problems[key] = f"got {values}, expected {value}"
        elif flag is None and f.confidence < 1:
            problems[key] = f"certain cell read with confidence {f.confidence}"
    for key in c["forbid"]:
        wrong = [(f.raw_label, f.value) for f in r.facts if f.key == key and f.source == "table"]
        if wrong:
            problems[key] = f"no such row in this table, yet read: {wrong}"
    for key in c["uncertain"]:
        certain = [(f.raw_label, f.value) for f in r.facts if f.key == key and f.source == "table" and f.confidence >= 1]
        if certain:
            problems[key] = f"position lost (spec 2.7), yet read as certain: {certain}"
    if c["tables_missing"] is not None and r.tables_missing is not c["tables_missing"]:
        problems["tables_missing"] = f"got {r.tables_missing} ({r.tables_missing_reason})"
    if c["no_nonzero"] is not None:
        bad = [(f.key, f.value) for f in r.facts if f.source == "table" and f.key.startswith(c["no_nonzero"])
               and f.value]
        if bad:
            problems["invented"] = bad
    assert not problems, f"{problems} :: {describe(r)}"
