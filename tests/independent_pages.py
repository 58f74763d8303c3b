"""Hand-made report pages the way real portals publish them (Word/WPS exports, merged headers, odd cells).

Every page is written from a dict of values, so the expected table facts are exact: `Page.facts` maps each
canonical key to the number the page prints (blank, "/" and "—" print a 0).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

COLUMNS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
ORG_COLUMNS = ("business", "research", "nonprofit", "legal_service", "other_org")
REVIEW = ("upheld", "corrected", "other", "pending", "total")
BLOCKS = ("review", "litigation.direct", "litigation.after_review")
CATEGORIES = {
    "withheld": ("（三）不予公开", [
        ("state_secret", "1.属于国家秘密"), ("law_prohibited", "2.其他法律行政法规禁止公开"),
        ("security_stability", "3.危及“三安全一稳定”"), ("third_party", "4.保护第三方合法权益"),
        ("internal_affairs", "5.属于三类内部事务信息"), ("process_info", "6.属于四类过程性信息"),
        ("enforcement_file", "7.属于行政执法案卷"), ("admin_query", "8.属于行政查询事项")]),
    "unavailable": ("（四）无法提供", [
        ("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
        ("unclear", "3.补正后申请内容仍不明确")]),
    "not_processed": ("（五）不予处理", [
        ("petition", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"), ("publication", "3.要求提供公开出版物"),
        ("mass_repeat", "4.无正当理由大量反复申请"), ("confirm_reissue", "5.要求行政机关确认或重新出具已获取信息")]),
    "other": ("（六）其他处理", [
        ("no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("misc", "3.其他")]),
}

Cell = tuple[str, int, int]  # text, rowspan, colspan
Show = Callable[[str, float], str]  # (key, value) → the printed cell text


def plain(_key: str, value: float) -> str:
    return f"{value:g}"


def c(text: object, rowspan: int = 1, colspan: int = 1) -> Cell:
    return (str(text), rowspan, colspan)


# ---------------------------------------------------------------- cell renderers (Word, WPS)

def word_td(cell: Cell) -> str:
    text, rs, cs = cell
    span = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
    inner = "<o:p>&nbsp;</o:p>" if not text else (
        f"<span lang=EN-US style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>{text}</span>"
        if text[:1].isdigit() or text[:1] in "+-/" else
        f"<span style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>{text}"
        f"<span lang=EN-US><o:p></o:p></span></span>")
    return (f"<td width={40 * cs} valign=top{span} style='width:{30 * cs}.0pt;border:solid windowtext 1.0pt;"
            "border-top:none;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"
            f"<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>{inner}</p></td>")


def wps_td(cell: Cell) -> str:
    text, rs, cs = cell
    span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return (f'<td width="{57 * cs}" valign="center"{span} style="padding:0.0000pt 5.4000pt;'
            'border-left:1.0000pt solid windowtext;mso-border-left-alt:0.5000pt solid windowtext;">'
            '<p class="p0" align="center" style="margin-bottom:0pt;margin-top:0pt;text-align:center;">'
            f'<span style="mso-spacerun:\'yes\';font-family:宋体;font-size:10.5000pt;">{text}</span>'
            '<span style="font-family:宋体;font-size:10.5000pt;"><o:p></o:p></span></p></td>')


def excel_td(cell: Cell) -> str:
    """A cell of a table pasted from Excel/WPS 表格: x:num / x:str attributes, class xl…, no <p>."""
    text, rs, cs = cell
    span = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
    kind = f' x:num="{text}"' if text.replace(".", "", 1).isdigit() else " x:str"
    return f"<td class=xl{66 + len(text) % 5}{span}{kind} style='height:20.1pt;mso-ignore:colspan'>{text or '&nbsp;'}</td>"


def table(rows: list[list[Cell]], td: Callable[[Cell], str] = word_td) -> str:
    body = "".join(f"<tr style='height:14.25pt'>{''.join(td(x) for x in row)}</tr>\n" for row in rows)
    return ("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 "
            f"style='width:450.0pt;border-collapse:collapse;mso-yfti-tbllook:1184'>\n{body}</table>\n")


# ---------------------------------------------------------------- values

def section3_values(seed: int, template: str) -> dict[str, list[int]]:
    """Row key → 7 values (6 columns + total) that satisfy R1 and R3, with many zeros as in real reports."""
    rnd = random.Random(seed)
    rows: dict[str, list[int]] = {}
    leaves = ["apply.outcome.granted", "apply.outcome.partial"]
    for cat, (_, children) in CATEGORIES.items():
        if cat == "other" and template == "t2019":
            leaves.append("apply.outcome.other")
        else:
            leaves += [f"apply.outcome.{cat}.{child}" for child, _ in children]
    for leaf in leaves:
        rows[leaf] = [rnd.choice((0, 0, 0, 1, 2, 5, 13)) for _ in range(6)]
    total = [sum(rows[leaf][i] for leaf in leaves) for i in range(6)]
    carried_out = [rnd.choice((0, 0, 1, 3)) for _ in range(6)]
    carried_in = [min(rnd.choice((0, 1, 2)), total[i] + carried_out[i]) for i in range(6)]
    rows["apply.received_new"] = [total[i] + carried_out[i] - carried_in[i] for i in range(6)]
    rows["apply.carried_in"] = carried_in
    rows["apply.outcome.total"] = total
    rows["apply.carried_out"] = carried_out
    for row in rows.values():
        row.append(sum(row))
    return rows


def subtotal(values: dict[str, list[int]], cat: str) -> list[int]:
    parts = [v for k, v in values.items() if k.startswith(f"apply.outcome.{cat}.")]
    return [sum(p[i] for p in parts) for i in range(7)]


def section4_values(seed: int) -> list[int]:
    rnd = random.Random(seed)
    out: list[int] = []
    for _ in BLOCKS:
        parts = [rnd.choice((0, 0, 1, 2)) for _ in range(4)]
        out += [*parts, sum(parts)]
    return out


# ---------------------------------------------------------------- section 三 tables

def _s3_header(style: str) -> list[list[Cell]]:
    note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    orgs = [c("商业<br>企业"), c("科研<br>机构"), c("社会公益<br>组织"), c("法律服务<br>机构"), c("其他")]
    if style == "standard":  # 申请人情况 spanning, 自然人 rowspan=2
        return [[c(note, 3, 3), c("申请人情况", 1, 7)],
                [c("自然人", 2), c("法人或其他组织", 1, 5), c("总计", 2)],
                orgs]
    if style == "total_outside":  # 申请人情况 spans the six applicant columns only; 总计 rowspan=3 beside it
        return [[c(note, 3, 3), c("申请人情况", 1, 6), c("总计", 3)],
                [c("自然人", 2), c("法人或其他组织", 1, 5)],
                orgs]
    if style == "natural3":  # no 申请人情况 row: 自然人/总计 rowspan=3, 法人或其他组织 rowspan=2, an all-spanned <tr>
        return [[c(note, 3, 3), c("自然人", 3), c("法人或其他组织", 2, 5), c("总计", 3)],
                [],
                orgs]
    if style == "subtotal":  # a printed 法人或其他组织小计 column before 总计
        return [[c(note, 3, 3), c("申请人情况", 1, 8)],
                [c("自然人", 2), c("法人或其他组织", 1, 6), c("总计", 2)],
                [*orgs, c("小计")]]
    if style == "unmerged":  # WPS: three separate label cells, no spans in the label block
        return [[c("&nbsp;"), c(""), c(note), c("申请人情况", 1, 7)],
                [c(""), c(""), c(""), c("自然人", 2), c("法人或其他组织", 1, 5), c("总计", 2)],
                [c(""), c(""), c(""), *orgs]]
    raise ValueError(style)


def section3_table(values: dict[str, list[int]], template: str, *, style: str = "standard", show: Show = plain,
                   subtotals: bool = False, blank_categories: bool = False,
                   td: Callable[[Cell], str] = word_td) -> tuple[str, dict[str, float]]:
    """The section-三 table and its expected facts. `subtotals`: each category opens with a printed 小计 row;
    `blank_categories`: each category is a row of its own with blank value cells (nothing printed, no facts)."""
    expected: dict[str, float] = {}
    unmerged = style == "unmerged"

    def vals(key: str, numbers: list[int]) -> list[Cell]:
        shown = list(numbers)
        if style == "subtotal":
            shown = [*numbers[:6], sum(numbers[1:6]), numbers[6]]
        cells = []
        for col, number in zip(([*COLUMNS[:6], "legal_entity", "total"] if style == "subtotal" else COLUMNS),
                               shown, strict=True):
            expected[f"{key}.{col}"] = number
            cells.append(c(show(f"{key}.{col}", number)))
        return cells

    # (level-2 label, level-3 label or None, key, numbers) for every row under 三、本年度办理结果
    items: list[tuple[str, str | None, str]] = [("（一）予以公开", None, "apply.outcome.granted"),
                                                ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None,
                                                 "apply.outcome.partial")]
    for cat, (cat_label, children) in CATEGORIES.items():
        if cat == "other" and template == "t2019":
            items.append((cat_label, None, "apply.outcome.other"))
            continue
        if subtotals:
            items.append((cat_label, "小计", f"apply.outcome.{cat}"))
        if blank_categories:
            items.append((cat_label, None, ""))
        items += [(cat_label, child_label, f"apply.outcome.{cat}.{child}") for child, child_label in children]
    items.append(("（七）总计", None, "apply.outcome.total"))
    numbers = {key: values.get(key) or subtotal(values, key.rsplit(".", 1)[1]) for _, _, key in items if key}

    def top(text: str, key: str) -> list[Cell]:
        return ([c(text), c(""), c("")] if unmerged else [c(text, 1, 3)]) + vals(key, values[key])

    rows = _s3_header(style)
    rows.append(top("一、本年新收政府信息公开申请数量", "apply.received_new"))
    rows.append(top("二、上年结转政府信息公开申请数量", "apply.carried_in"))
    for i, (level2, level3, key) in enumerate(items):
        if unmerged:  # every row has its three label cells; upper levels printed once
            shown2 = level2 if i == 0 or items[i - 1][0] != level2 else ""
            row = [c("三、本年度办理结果" if i == 0 else ""), c(shown2), c(level3 or "")]
        else:
            row = [c("三、本年度办理结果", len(items))] if i == 0 else []
            if level3 is None:
                row.append(c(level2, 1, 2))
            elif blank_categories:
                row += [c(""), c(level3)]
            else:
                if i == 0 or items[i - 1][0] != level2:
                    row.append(c(level2, sum(1 for it in items if it[0] == level2)))
                row.append(c(level3))
        width = 8 if style == "subtotal" else 7
        rows.append(row + (vals(key, numbers[key]) if key else [c("") for _ in range(width)]))
    rows.append(top("四、结转下年度继续办理", "apply.carried_out"))
    return table(rows, td), expected


# ---------------------------------------------------------------- section 四 and 二

def section4_table(values: list[int], show: Show = plain, td: Callable[[Cell], str] = word_td, *,
                   flat_header: bool = False) -> tuple[str, dict[str, float]]:
    """Section 四; `flat_header`: 行政复议 rowspan=2 over the sub-head row and all 15 result words in row 3."""
    heads = ["结果<br>维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结", "总计"]
    keys = [f"{b}.{col}" for b in BLOCKS for col in REVIEW]
    data = [c(show(k, v)) for k, v in zip(keys, values, strict=True)]
    if flat_header:
        rows = [[c("行政复议", 2, 5), c("行政诉讼", 1, 10)],
                [c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5)],
                [c(h) for h in heads * 3], data]
        return table(rows, td), dict(zip(keys, values, strict=True))
    rows = [[c("行政复议", 1, 5), c("行政诉讼", 1, 10)],
            [*(c(h, 2) for h in heads), c("未经复议直接起诉", 1, 5), c("复议后起诉", 1, 5)],
            [c(h) for h in heads * 2], data]
    return table(rows, td), dict(zip(keys, values, strict=True))


def section2_t2021(v: dict[str, float], show: Show = plain, *, split: bool = False,
                   td: Callable[[Cell], str] = word_td) -> tuple[str, dict[str, float]]:
    """Section 二, 2021 format; `split` writes each 第二十条 item as its own table (WPS, many portals)."""
    cols = ("issued", "repealed", "in_force")
    parts = [
        [[c("第二十条第（一）项", 1, 4)], [c("信息内容"), c("本年制发件数"), c("本年废止件数"), c("现行有效件数")],
         *([c(name)] + [c(show(f"active.{key}.{col}", v[f"active.{key}.{col}"])) for col in cols]
           for name, key in (("规章", "regulation"), ("行政规范性文件", "normative")))],
        [[c("第二十条第（五）项", 1, 4)], [c("信息内容"), c("本年处理决定数量", 1, 3)],
         [c("行政许可"), c(show("active.permit.decisions", v["active.permit.decisions"]), 1, 3)]],
        [[c("第二十条第（六）项", 1, 4)], [c("信息内容"), c("本年处理决定数量", 1, 3)],
         *([c(name), c(show(f"active.{key}.decisions", v[f"active.{key}.decisions"]), 1, 3)]
           for name, key in (("行政处罚", "penalty"), ("行政强制", "coercion")))],
        [[c("第二十条第（八）项", 1, 4)], [c("信息内容"), c("本年收费金额（单位：万元）", 1, 3)],
         [c("行政事业性收费"), c(show("active.admin_fee.amount", v["active.admin_fee.amount"]), 1, 3)]],
    ]
    html = "".join(table(p, td) for p in parts) if split else table([r for p in parts for r in p], td)
    return html, dict(v)


def section2_t2019(v: dict[str, float], show: Show = plain, *, hubei: bool = False,
                   jilin_total: int | None = None) -> tuple[str, dict[str, float]]:
    """Section 二, 2019 format; `hubei`: the extra 其他主动公开文件 row and explained headers; `jilin_total`: the
    Changchun free line with the year's published total, first row of the table."""
    delta = "本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)" if hubei else "本年增/减"
    decisions = "处理决定数量(指2020年办件量)" if hubei else "处理决定数量"
    cell = lambda key: c(show(key, v[key]))  # noqa: E731
    rows1 = [("规章", "regulation"), ("规范性文件", "normative")] + ([("其他主动公开文件", "other_doc")] if hubei else [])
    jilin = [[c(f"2020年本部门政府信息公开发布总数量(非新闻类、消息类):{jilin_total}", 1, 4)]] if jilin_total else []
    rows = [*jilin, [c("第二十条第（一）项", 1, 4)],
            [c("信息内容"), c("本年新<br>制作数量"), c("本年新<br>公开数量"), c("对外公开<br>总数量")],
            *([c(n)] + [cell(f"active.{k}.{col}") for col in ("issued", "published_new", "public_total")]
              for n, k in rows1),
            [c("第二十条第（五）项", 1, 4)],
            [c("信息内容"), c("上一年<br>项目数量"), c(delta), c(decisions)],
            *([c(n)] + [cell(f"active.{k}.{col}") for col in ("items_prev", "items_delta", "decisions")]
              for n, k in (("行政许可", "permit"), ("其他对外管理服务事项", "other_service"))),
            [c("第二十条第（六）项", 1, 4)],
            [c("信息内容"), c("上一年<br>项目数量"), c(delta), c(decisions)],
            *([c(n)] + [cell(f"active.{k}.{col}") for col in ("items_prev", "items_delta", "decisions")]
              for n, k in (("行政处罚", "penalty"), ("行政强制", "coercion"))),
            [c("第二十条第（八）项", 1, 4)],
            [c("信息内容"), c("上一年<br>项目数量"), c(delta, 1, 2)],
            [c("行政事业性收费"), cell("active.admin_fee.items_prev"), c(show("active.admin_fee.items_delta",
                                                                       v["active.admin_fee.items_delta"]), 1, 2)],
            [c("第二十条第（九）项", 1, 4)],
            [c("信息内容"), c("采购项目数量"), c("采购总金额", 1, 2)],
            [c("政府集中采购"), cell("active.procurement.projects"),
             c(show("active.procurement.amount", v["active.procurement.amount"]), 1, 2)]]
    expected = dict(v) | ({"active.items_published_total": jilin_total} if jilin_total else {})
    return table(rows), expected


# ---------------------------------------------------------------- e2014 附表

E2014_ROWS: list[tuple[str | None, str, str]] = [  # key (None: heading), label, unit
    (None, "一、主动公开情况", ""),
    ("active.items_total", "（一）主动公开政府信息数<br>（不同渠道和方式公开相同信息计1条）", "条"),
    ("active.normative.published", "其中：主动公开规范性文件数", "条"),
    ("active.normative.issued_total", "制发规范性文件总数", "件"),
    (None, "（二）通过不同渠道和方式公开政府信息的情况", ""),
    ("active.channel.gazette", "1.政府公报公开政府信息数", "条"),
    ("active.channel.website", "2.政府网站公开政府信息数", "条"),
    ("active.channel.weibo", "3.政务微博公开政府信息数", "条"),
    ("active.channel.wechat", "4.政务微信公开政府信息数", "条"),
    ("active.channel.other", "5.其他方式公开政府信息数", "条"),
    (None, "二、回应解读情况", ""),
    ("response.hot_topics", "（一）回应公众关注热点或重大舆情数<br>（不同方式回应同一热点或舆情计1次）", "次"),
    (None, "（二）通过不同渠道和方式回应解读的情况", ""),
    ("response.press_conf", "1.参加或举办新闻发布会总次数", "次"),
    ("response.press_conf_by_head", "其中：主要负责同志参加新闻发布\n会次数", "次"),
    ("response.online_interviews", "2.政府网站在线访谈次数", "次"),
    ("response.online_interviews_by_head", "其中：主要负责同志参加政府网站在线访谈次数", "次"),
    ("response.interpretations", "3.政策解读稿件发布数", "篇"),
    ("response.weibo_wechat_events", "4.微博微信回应事件数", "次"),
    ("response.other_events", "5.其他方式回应事件数", "次"),
    (None, "三、依申请公开情况", ""),
    ("apply.received.total", "（一）收到申请数", "件"),
    ("apply.channel.in_person", "1.当面申请数", "件"),
    ("apply.channel.fax", "2.传真申请数", "件"),
    ("apply.channel.online", "3.网络申请数", "件"),
    ("apply.channel.letter", "4.信函申请数", "件"),
    ("apply.closed.total", "（二）申请办结数", "件"),
    ("apply.closed.on_time", "1.按时办结数", "件"),
    ("apply.closed.extended", "2.延期办结数", "件"),
    ("apply.answer.total", "（三）申请答复数", "件"),
    ("apply.answer.already_public", "1.属于已主动公开范围数", "件"),
    ("apply.answer.granted", "2.同意公开答复数", "件"),
    ("apply.answer.partial", "3.同意部分公开答复数", "件"),
    ("apply.answer.denied", "4.不同意公开答复数", "件"),
    ("apply.answer.denied.state_secret", "其中：涉及国家秘密", "件"),
    ("apply.answer.denied.commercial_secret", "涉及商业秘密", "件"),
    ("apply.answer.denied.privacy", "涉及个人隐私", "件"),
    ("apply.answer.denied.security_stability", "危及国家安全、公共安全、经济安全和社会稳定", "件"),
    ("apply.answer.denied.not_gov_info", "不是《条例》所指政府信息", "件"),
    ("apply.answer.denied.law_other", "法律法规规定的其他情形", "件"),
    ("apply.answer.not_this_agency", "5.不属于本行政机关公开数", "件"),
    ("apply.answer.not_exist", "6.申请信息不存在数", "件"),
    ("apply.answer.ask_correction", "7.告知作出更改补充数", "件"),
    ("apply.answer.other_channel", "8.告知通过其他途径办理数", "件"),
    ("review.total", "四、行政复议数量", "件"),
    ("review.upheld", "（一）维持具体行政行为数", "件"),
    ("review.corrected", "（二）被依法纠错数", "件"),
    ("review.other", "（三）其他情形数", "件"),
    ("litigation.total", "五、行政诉讼数量", "件"),
    ("litigation.upheld", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件"),
    ("litigation.corrected", "（二）被依法纠错数", "件"),
    ("litigation.other", "（三）其他情形数", "件"),
    ("complaint.total", "六、举报投诉数量", "件"),
    ("fee.request_fees", "七、依申请公开信息收取的费用", "万元"),
    (None, "八、机构建设和保障经费情况", ""),
    ("org.dedicated_units", "（一）政府信息公开工作专门机构数", "个"),
    ("org.reading_points", "（二）设置政府信息公开查阅点数", "个"),
    ("org.staff_total", "（三）从事政府信息公开工作人员数", "人"),
    ("org.staff_fulltime", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人"),
    ("org.staff_parttime", "2.兼职人员数", "人"),
    ("org.budget", "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站<br>建设维护等方面的经费）",
     "万元"),
    (None, "九、政府信息公开会议和培训情况", ""),
    ("training.meetings", "（一）召开政府信息公开工作会议或专题会议数", "次"),
    ("training.courses", "（二）举办各类培训班数", "次"),
    ("training.trainees", "（三）接受培训人员数", "人次"),
]


def e2014_values(seed: int) -> dict[str, float]:
    rnd = random.Random(seed)
    values: dict[str, float] = {key: rnd.choice((0, 1, 3, 12, 486)) for key, _, _ in E2014_ROWS if key}
    values["fee.request_fees"] = 0
    values["org.budget"] = 4.5
    return values


def e2014_table_grouped(values: dict[str, float], show: Show = plain, *,
                        spanning_header: bool = False) -> tuple[str, dict[str, float]]:
    """The 附表 with a category column: 一、主动公开情况 … rowspan over its indicators, then 指标/单位/统计数;
    `spanning_header`: one 统计指标 header cell spans both label columns."""
    groups: list[tuple[str, list[tuple[str, str, str]]]] = []
    for key, text, unit in E2014_ROWS:
        if key is None and text[0] in "一二三四五六七八九":
            groups.append((text, []))
        elif key is not None and text[0] in "一二三四五六七八九":  # a headline row (四、行政复议数量 …)
            groups.append(("", [(key, text, unit)]))
        else:
            groups[-1][1].append((key or "", text, unit))
    rows = [[c("统计指标", 1, 2) if spanning_header else c("类别"), *([] if spanning_header else [c("统计指标")]),
             c("单位"), c("统计数")]]
    for group_label, items in groups:
        for i, (key, text, unit) in enumerate(items):
            shown = show(key, values[key]) if key else ""
            if not group_label:  # a headline indicator and its sub-rows: the label spans both label columns
                rows.append([c(text, 1, 2), c(unit), c(shown)])
                continue
            lead = [c(group_label, len(items))] if i == 0 else []
            rows.append(lead + [c(text), c(unit), c(shown)])
    return table(rows), dict(values)


def e2014_table_side_by_side(values: dict[str, float], show: Show = plain) -> tuple[str, dict[str, float]]:
    """The 附表 folded in two to fit a page: 统计指标/单位/统计数 twice per row, the second half on the right."""
    rows = [(text, unit, show(key, values[key]) if key else "") for key, text, unit in E2014_ROWS]
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [("", "", "")] * (2 * half - len(rows))
    grid = [[c(h) for h in ("统计指标", "单位", "统计数") * 2]]
    grid += [[c(x) for x in (*a, *b)] for a, b in zip(left, right, strict=True)]
    return table(grid), dict(values)


def e2014_table_numbered(values: dict[str, float], show: Show = plain) -> tuple[str, dict[str, float]]:
    """序号 / 统计指标 / 单位 / 统计数 where the 序号 column carries the printed list markers (一、 （一） 1.)."""
    marker = re.compile(r"^(?:[一二三四五六七八九]、|（[一二三四五六七八九]）|\d\.)")
    rows = [[c("序号"), c("统计指标"), c("单位"), c("统计数")]]
    for key, text, unit in E2014_ROWS:
        m = marker.match(text)
        number, label = (m.group(0).rstrip("、."), text[m.end():]) if m else ("", text)
        rows.append([c(number), c(label), c(unit), c(show(key, values[key]) if key else "")])
    return table(rows), dict(values)


def e2014_table(values: dict[str, float], *, five_columns: bool = False,
                show: Show = plain) -> tuple[str, dict[str, float]]:
    head = ["序号", "统计指标", "单位", "统计数", "备注"] if five_columns else ["统计指标", "单位", "统计数"]
    rows = [[c(h) for h in head]]
    number = 0
    for key, text, unit in E2014_ROWS:
        shown = show(key, values[key]) if key else ""
        cells = [c(text, 1, 3 if five_columns else 1)] if key is None and five_columns else \
            [c(text), c(unit), c(shown)]
        if five_columns:
            number += key is not None
            cells = ([c(""), *cells, c("")] if key is None else [c(number), *cells, c("")])
        rows.append(cells)
    return table(rows), dict(values)


# ---------------------------------------------------------------- pages

@dataclass
class Page:
    url: str
    html: str
    facts: dict[str, float]
    meta: dict[str, object]
    headers: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    optional: frozenset[str] = frozenset()  # keys the parser may or may not emit (value still checked)
    more_pages: list[str] = field(default_factory=list)  # pages 2… of a paginated article


def word_page(title: str, paragraphs: list[str], *, head_title: str | None = None, heading: bool = True,
              charset: str = "utf-8") -> str:
    """A CMS article page whose content is a Word-exported fragment (mso styles, <o:p>, &nbsp;)."""
    body = "\n".join(p if p.startswith("<table") else
                     f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>"
                     f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{p}<span lang=EN-US><o:p></o:p>"
                     "</span></span></p>" for p in paragraphs)
    h1 = (f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
          f"font-family:方正小标宋简体'>{title}<span lang=EN-US><o:p></o:p></span></span></b></p>") if heading else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{head_title or title}</title>
<style><!-- p.MsoNormal {{mso-style-parent:""; margin:0cm; font-size:10.5pt;}} --></style></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="article">
<div class="info">发布时间：{'2022-01-20'} 来源：本站 浏览次数：<span id="hits">128</span></div>
<div class="TRS_Editor"><div class=WordSection1 style='layout-grid:15.6pt'>
{h1}
{body}
</div></div></div>
<div class="footer">主办单位：人民政府办公室 版权所有 网站标识码：3301000001 <a href="/sitemap.html">网站地图</a></div>
</body></html>"""


def report_paragraphs(year: int, tables: dict[str, str], *, period_year: int | None = None,
                      agency_line: str = "") -> list[str]:
    period = period_year or year
    return [
        f"{agency_line}本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自"
        f"{period}年1月1日起至{period}年12月31日止。如对本报告有疑问，请与本机关联系。",
        "一、总体情况",
        "（一）主动公开。&nbsp;坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
        "（二）依申请公开。严格按照法定时限答复申请人，做到依法依规、规范答复。",
        "二、主动公开政府信息情况", tables["二"],
        "三、收到和处理政府信息公开申请情况", tables["三"],
        "四、政府信息公开行政复议、行政诉讼情况", tables["四"],
        "五、存在的主要问题及改进情况",
        "政府信息公开工作仍存在公开内容不够全面等问题。下一步将加强培训，提升公开质量。",
        "六、其他需要报告的事项",
        "本机关本年度未收取信息处理费。",
    ]
