"""Black-box probe: consistency checks (spec 1(d): R1-R6, R9, R10, O1-O7) on reports shaped like real ones.

Every document below is written for this file. The numeric shapes (which totals add up, which do not, which
cells are blank, how prose states the numbers) were taken from real reports read in the `pages` corpus; the
sentences and numbers are our own. Each case asserts exactly which rule families fail, and that the rule
families a careful reader would run pass (a false alarm on a consistent report is the worst outcome).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# Portal page


def page(title: str, content: str, *, url: str, date: str = "2022-01-21", publisher: str = "区人民政府办公室",
         charset: str = "utf-8", index_no: str = "11330100MB1234567X/2022-00031") -> Fetched:
    meta_charset = "gb2312" if charset in ("gbk", "gb18030") else charset
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">
<title>{title}_政府信息公开年报</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | <a href="/bsfw/">办事服务</a></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<table class="meta">
<tr><td>索引号：</td><td>{index_no}</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{publisher}</td><td>发布日期：</td><td>{date}</td></tr>
</table>
<div class="article">
<h1 class="title">{title}</h1>
<div class="TRS_Editor" id="zoom">
{content}
</div></div>
<div class="share">【打印本页】【关闭窗口】</div>
<div class="footer">主办单位：{publisher} 网站标识码：3301000019 联系电话：0571-12345678<br>版权所有 &copy; 2022</div>
</body></html>"""
    body = html.encode(charset)
    return Fetched(url=url, body=body, headers={"content-type": f"text/html; charset={meta_charset}"})


def p(text: str) -> str:
    return f"<p>{text}</p>"


def td(text: object, rowspan: int = 1, colspan: int = 1) -> str:
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return f"<td{attrs}>{text}</td>"


def table(rows: list[str]) -> str:
    return '<table border="1" cellspacing="0" cellpadding="0">' + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"


def cells(values: list[object]) -> str:
    return "".join(td(v) for v in values)


# ---------------------------------------------------------------------------------------------------------------
# Section 三 (t2019 / t2021). A row's values are the 7 printed cells: 自然人, 5 organisation columns, 总计.

WITHHELD = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
UNAVAILABLE = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
NOT_PROCESSED = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                 "5.要求行政机关确认或重新出具已获取信息"]
OTHER_2021 = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]

OUTCOME_ROWS_2021 = (["granted", "partial"] + [f"w{i}" for i in range(1, 9)] + [f"u{i}" for i in range(1, 4)]
                     + [f"n{i}" for i in range(1, 6)] + [f"o{i}" for i in range(1, 4)])
OUTCOME_ROWS_2019 = (["granted", "partial"] + [f"w{i}" for i in range(1, 9)] + [f"u{i}" for i in range(1, 4)]
                     + [f"n{i}" for i in range(1, 6)] + ["other"])

Vals = dict[str, list[object]]


def grid(year: int = 2021, **rows: tuple[int, ...]) -> Vals:
    """A consistent section-三 grid: each given row is its six applicant columns; 总计 is the row sum, （七）总计 the
    sum of the outcome rows, and 结转下年度 what is left."""
    outcome_rows = OUTCOME_ROWS_2021 if year >= 2021 else OUTCOME_ROWS_2019
    out: Vals = {}
    six = {name: list(rows.get(name, (0,) * 6)) for name in ["received_new", "carried_in", *outcome_rows]}
    for name, v in six.items():
        out[name] = [*v, sum(v)]
    total6 = [sum(six[r][c] for r in outcome_rows) for c in range(6)]
    out["total"] = [*total6, sum(total6)]
    left6 = [six["received_new"][c] + six["carried_in"][c] - total6[c] for c in range(6)]
    out["carried_out"] = [*left6, sum(left6)]
    return out


def sec3(vals: Vals, *, year: int = 2021, render: Callable[[object, int], str] | None = None,
         subtotals: dict[str, list[object]] | None = None, org_subtotal: bool = False) -> str:
    """The printed section-三 grid: 3 header rows, label cells spread over three levels with rowspan/colspan."""
    subtotals = subtotals or {}

    def vcells(values: list[object]) -> str:
        shown = [render(v, i) if render else v for i, v in enumerate(values)]
        if org_subtotal:
            org = sum(int(x) for x in values[1:6] if str(x).strip().lstrip("-").isdigit())
            shown = [*shown[:6], org, shown[6]]
        return cells(shown)

    ncols = 8 if org_subtotal else 7
    header = [
        td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3)
        + td("申请人情况", colspan=ncols),
        td("自然人", rowspan=2) + td("法人或其他组织", colspan=ncols - 2) + td("总计", rowspan=2),
        cells(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"] + (["小计"] if org_subtotal else [])),
    ]
    other_labels = OTHER_2021 if year >= 2021 else []
    n_outcome = 2 + 8 + 3 + 5 + (3 if year >= 2021 else 1) + 1 + len(subtotals)
    body = [
        td("一、本年新收政府信息公开申请数量", colspan=3) + vcells(vals["received_new"]),
        td("二、上年结转政府信息公开申请数量", colspan=3) + vcells(vals["carried_in"]),
        td("三、本年度办理结果", rowspan=n_outcome) + td("（一）予以公开", colspan=2) + vcells(vals["granted"]),
        td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2) + vcells(vals["partial"]),
    ]

    def block(title: str, key: str, labels: list[str], prefix: str) -> None:
        if key in subtotals:
            body.append(td(title, colspan=2) + vcells(subtotals[key]))
            for i, label in enumerate(labels, 1):
                body.append(td(label, colspan=2) + vcells(vals[f"{prefix}{i}"]))
            return
        for i, label in enumerate(labels, 1):
            first = td(title, rowspan=len(labels)) if i == 1 else ""
            body.append(first + td(label) + vcells(vals[f"{prefix}{i}"]))

    block("（三）不予公开", "withheld", WITHHELD, "w")
    block("（四）无法提供", "unavailable", UNAVAILABLE, "u")
    block("（五）不予处理", "not_processed", NOT_PROCESSED, "n")
    if other_labels:
        block("（六）其他处理", "other", other_labels, "o")
    else:
        body.append(td("（六）其他处理", colspan=2) + vcells(vals["other"]))
    body.append(td("（七）总计", colspan=2) + vcells(vals["total"]))
    body.append(td("四、结转下年度继续办理", colspan=3) + vcells(vals["carried_out"]))
    return table(header + body)


def sec4(review: list[object], direct: list[object], after: list[object]) -> str:
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return table([
        td("行政复议", colspan=5) + td("行政诉讼", colspan=10),
        "".join(td(h, rowspan=2) for h in heads) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5),
        cells(heads + heads),
        cells([*review, *direct, *after]),
    ])


ZERO4 = [0, 0, 0, 0, 0]


def sec2_2021(fee: object = 0) -> str:
    return (table([td("第二十条第（一）项", colspan=4), cells(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]),
                   cells(["规章", 0, 0, 0]), cells(["行政规范性文件", 2, 1, 14])])
            + table([td("第二十条第（五）项", colspan=2), cells(["信息内容", "本年处理决定数量"]), cells(["行政许可", 36])])
            + table([td("第二十条第（六）项", colspan=2), cells(["信息内容", "本年处理决定数量"]),
                     cells(["行政处罚", 12]), cells(["行政强制", 0])])
            + table([td("第二十条第（八）项", colspan=2), cells(["信息内容", "本年收费金额（单位：万元）"]),
                     cells(["行政事业性收费", fee])]))


def sec2_2019(delta_permit: object = 0, delta_penalty: object = 0, procurement: object = 0,
              coercion_decisions: object = 0) -> str:
    head3 = cells(["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"])
    return (table([td("第二十条第（一）项", colspan=4), cells(["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]),
                   cells(["规章", 0, 0, 0]), cells(["规范性文件", 3, 3, 27])])
            + table([td("第二十条第（五）项", colspan=4), head3, cells(["行政许可", 41, delta_permit, 388]),
                     cells(["其他对外管理服务事项", 9, 0, 57])])
            + table([td("第二十条第（六）项", colspan=4), head3, cells(["行政处罚", 120, delta_penalty, 31]),
                     cells(["行政强制", 6, 0, coercion_decisions])])
            + table([td("第二十条第（八）项", colspan=3), cells(["信息内容", "上一年项目数量", "本年增/减"]),
                     cells(["行政事业性收费", 2, 0])])
            + table([td("第二十条第（九）项", colspan=3), cells(["信息内容", "采购项目数量", "采购总金额"]),
                     cells(["政府集中采购", 4, procurement])]))


def new_report(agency: str, year: int, *, overview: list[str], s3: str, s4: str, s2: str | None = None,
               tail: list[str] | None = None, url: str, charset: str = "utf-8") -> list[Fetched]:
    s2 = s2 if s2 is not None else (sec2_2021() if year >= 2021 else sec2_2019())
    sec4_title = "四、政府信息公开行政复议、行政诉讼情况"
    content = "".join([
        p(f"本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        p("一、总体情况"), *[p(x) for x in overview],
        p("二、主动公开政府信息情况"), s2,
        p("三、收到和处理政府信息公开申请情况"), s3,
        p(sec4_title), s4,
        p("五、存在的主要问题及改进情况"), p("信息发布的及时性仍有欠缺，下一步将加强培训、规范流程。"),
        p("六、其他需要报告的事项"), *[p(x) for x in (tail or ["本年度未收取信息处理费。"])],
    ])
    title = f"{agency}{year}年政府信息公开工作年度报告"
    return [page(title, content, url=url, date=f"{year + 1}-01-25", publisher=agency, charset=charset)]


# ---------------------------------------------------------------------------------------------------------------
# e2014 statistics table (统计指标 / 单位 / 统计数) and prose reports

E14_ROWS: list[tuple[str, str, str | None]] = [
    ("一、主动公开情况", "—", None),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "active.items_total"),
    ("其中：主动公开规范性文件数", "条", "active.normative.published"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "—", None),
    ("1.政府公报公开政府信息数", "条", "active.channel.gazette"),
    ("2.政府网站公开政府信息数", "条", "active.channel.website"),
    ("3.政务微博公开政府信息数", "条", "active.channel.weibo"),
    ("4.政务微信公开政府信息数", "条", "active.channel.wechat"),
    ("5.其他方式公开政府信息数", "条", "active.channel.other"),
    ("二、回应解读情况", "—", None),
    ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "response.hot_topics"),
    ("（二）通过不同渠道和方式回应解读的情况", "—", None),
    ("1.参加或举办新闻发布会总次数", "次", "response.press_conf"),
    ("其中：主要负责同志参加新闻发布会次数", "次", "response.press_conf_by_head"),
    ("2.政府网站在线访谈次数", "次", "response.online_interviews"),
    ("其中：主要负责同志参加政府网站在线访谈次数", "次", "response.online_interviews_by_head"),
    ("3.政策解读稿件发布数", "篇", "response.interpretations"),
    ("4.微博微信回应事件数", "次", "response.weibo_wechat_events"),
    ("5.其他方式回应事件数", "次", "response.other_events"),
    ("三、依申请公开情况", "—", None),
    ("（一）收到申请数", "件", "apply.received.total"),
    ("1.当面申请数", "件", "apply.channel.in_person"),
    ("2.传真申请数", "件", "apply.channel.fax"),
    ("3.网络申请数", "件", "apply.channel.online"),
    ("4.信函申请数", "件", "apply.channel.letter"),
    ("（二）申请办结数", "件", "apply.closed.total"),
    ("1.按时办结数", "件", "apply.closed.on_time"),
    ("2.延期办结数", "件", "apply.closed.extended"),
    ("（三）申请答复数", "件", "apply.answer.total"),
    ("1.属于已主动公开范围数", "件", "apply.answer.already_public"),
    ("2.同意公开答复数", "件", "apply.answer.granted"),
    ("3.同意部分公开答复数", "件", "apply.answer.partial"),
    ("4.不同意公开答复数", "件", "apply.answer.denied"),
    ("其中：涉及国家秘密", "件", "apply.answer.denied.state_secret"),
    ("涉及商业秘密", "件", "apply.answer.denied.commercial_secret"),
    ("涉及个人隐私", "件", "apply.answer.denied.privacy"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "apply.answer.denied.security_stability"),
    ("不是《条例》所指政府信息", "件", "apply.answer.denied.not_gov_info"),
    ("法律法规规定的其他情形", "件", "apply.answer.denied.law_other"),
    ("5.不属于本行政机关公开数", "件", "apply.answer.not_this_agency"),
    ("6.申请信息不存在数", "件", "apply.answer.not_exist"),
    ("7.告知作出更改补充数", "件", "apply.answer.ask_correction"),
    ("8.告知通过其他途径办理数", "件", "apply.answer.other_channel"),
    ("四、行政复议数量", "件", "review.total"),
    ("（一）维持具体行政行为数", "件", "review.upheld"),
    ("（二）被依法纠错数", "件", "review.corrected"),
    ("（三）其他情形数", "件", "review.other"),
    ("五、行政诉讼数量", "件", "litigation.total"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "litigation.upheld"),
    ("（二）被依法纠错数", "件", "litigation.corrected"),
    ("（三）其他情形数", "件", "litigation.other"),
    ("六、举报投诉数量", "件", "complaint.total"),
    ("七、依申请公开信息收取的费用", "万元", "fee.request_fees"),
    ("八、机构建设和保障经费情况", "—", None),
    ("（一）政府信息公开工作专门机构数", "个", "org.dedicated_units"),
    ("（二）设置政府信息公开查阅点数", "个", "org.reading_points"),
    ("（三）从事政府信息公开工作人员数", "人", "org.staff_total"),
    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "org.staff_fulltime"),
    ("2.兼职人员数", "人", "org.staff_parttime"),
    ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "org.budget"),
    ("九、政府信息公开会议和培训情况", "—", None),
    ("（一）召开政府信息公开工作会议或专题会议数", "次", "training.meetings"),
    ("（二）举办各类培训班数", "次", "training.courses"),
    ("（三）接受培训人员数", "人次", "training.trainees"),
]

# A consistent e2014 form: channels sum to more than the total (the same item on several channels counts once).
E14_OK: dict[str, object] = {
    "active.items_total": 1860, "active.normative.published": 7, "active.channel.gazette": 12,
    "active.channel.website": 1500, "active.channel.weibo": 620, "active.channel.wechat": 410,
    "active.channel.other": 35, "response.hot_topics": 6, "response.press_conf": 4, "response.press_conf_by_head": 2,
    "response.online_interviews": 3, "response.online_interviews_by_head": 1, "response.interpretations": 25,
    "response.weibo_wechat_events": 9, "response.other_events": 0,
    "apply.received.total": 17, "apply.channel.in_person": 5, "apply.channel.fax": 0, "apply.channel.online": 9,
    "apply.channel.letter": 3, "apply.closed.total": 16, "apply.closed.on_time": 15, "apply.closed.extended": 1,
    "apply.answer.total": 16, "apply.answer.already_public": 2, "apply.answer.granted": 8, "apply.answer.partial": 1,
    "apply.answer.denied": 2, "apply.answer.denied.state_secret": 0, "apply.answer.denied.commercial_secret": 1,
    "apply.answer.denied.privacy": 1, "apply.answer.denied.security_stability": 0,
    "apply.answer.denied.not_gov_info": 0, "apply.answer.denied.law_other": 0, "apply.answer.not_this_agency": 1,
    "apply.answer.not_exist": 1, "apply.answer.ask_correction": 1, "apply.answer.other_channel": 0,
    "review.total": 3, "review.upheld": 2, "review.corrected": 0, "review.other": 1,
    "litigation.total": 1, "litigation.upheld": 1, "litigation.corrected": 0, "litigation.other": 0,
    "complaint.total": 0, "fee.request_fees": 0, "org.dedicated_units": 1, "org.reading_points": 3,
    "org.staff_total": 4, "org.staff_fulltime": 1, "org.staff_parttime": 3, "org.budget": 2.5,
    "training.meetings": 2, "training.courses": 1, "training.trainees": 40,
}


def e14_table(values: dict[str, object], extra_rows: list[tuple[str, str, object]] | None = None,
              after_key: str = "apply.channel.letter", numbered: bool = False) -> str:
    rows = [cells((["序号"] if numbered else []) + ["统计指标", "单位", "统计数"])]
    n = 0
    for label, unit, key in E14_ROWS:
        value = "" if key is None else values.get(key, "")
        if value == "DROP":
            continue
        n += 1
        rows.append(cells(([n] if numbered else []) + [label, unit, value]))
        if key == after_key:
            for x in extra_rows or []:
                n += 1
                rows.append(cells(([n] if numbered else []) + list(x)))
    return table(rows)


def e14_report(agency: str, year: int, *, values: dict[str, object] | None = None, prose: list[str] | None = None,
               extra_rows: list[tuple[str, str, object]] | None = None, url: str,
               charset: str = "utf-8", numbered: bool = False) -> list[Fetched]:
    merged = {**E14_OK, **(values or {})}
    content = "".join([
        p(f"本报告根据《中华人民共和国政府信息公开条例》编制，本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。"),
        p("一、概述"), p("本年度我单位按照政务公开工作要点，认真做好政府信息公开各项工作。"),
        *[p(x) for x in (prose or [])],
        p("二、政府信息公开工作存在的主要问题及改进情况"), p("公开内容还不够全面，将进一步加强。"),
        p("附表：政府信息公开情况统计表"), e14_table(merged, extra_rows, numbered=numbered),
        p("填报单位（盖章）：" + agency + "　　填表日期：" + f"{year + 1}年1月15日"),
    ])
    title = f"{agency}{year}年政府信息公开工作年度报告"
    return [page(title, content, url=url, date=f"{year + 1}-02-20", publisher=agency, charset=charset)]


def prose_report(agency: str, year: int, paragraphs: list[str], *, url: str, charset: str = "utf-8") -> list[Fetched]:
    content = p(f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。") + "".join(p(x) for x in paragraphs)
    title = f"{agency}{year}年政府信息公开工作年度报告"
    return [page(title, content, url=url, date=f"{year + 1}-03-10", publisher=agency, charset=charset)]


# ---------------------------------------------------------------------------------------------------------------
# Documents


def base21() -> Vals:
    # 9 new requests from persons, 2 from companies, 1 from a law firm; 1 carried in; 1 carried out.
    return grid(received_new=(9, 2, 0, 0, 1, 0), carried_in=(1, 0, 0, 0, 0, 0), granted=(5, 1, 0, 0, 1, 0),
                partial=(1, 0, 0, 0, 0, 0), w4=(1, 0, 0, 0, 0, 0), u1=(2, 1, 0, 0, 0, 0), n2=(0, 0, 0, 0, 0, 0))


def blank_zero(v: object, i: int) -> str:
    return "" if v == 0 else str(v)


def blank_orgs(v: object, i: int) -> str:
    return "" if (1 <= i <= 5 and v == 0) else str(v)


def total_col_only(v: object, i: int) -> str:
    return str(v) if i == 6 else ""


def slash_orgs(v: object, i: int) -> str:
    return "/" if (1 <= i <= 5 and v == 0) else str(v)


def dash_zero(v: object, i: int) -> str:
    return "—" if v == 0 else str(v)


def doc_t21(*, vals: Vals | None = None, overview: list[str] | None = None, s4: str | None = None,
            fee: object = 0, url: str = "http://www.xh.gov.cn/art/2022/1/25/art_1229_1001.html",
            agency: str = "西湖区住房和城乡建设局", tail: list[str] | None = None, charset: str = "utf-8",
            post: Callable[[str], str] | None = None, **sec3_kw) -> list[Fetched]:
    vals = vals or base21()
    s3 = sec3(vals, **sec3_kw)
    s3 = post(s3) if post else s3
    return new_report(agency, 2021, overview=overview or ["本年度我局认真落实政务公开各项要求。"],
                      s2=sec2_2021(fee), s3=s3, s4=s4 or sec4(ZERO4, ZERO4, ZERO4),
                      url=url, tail=tail, charset=charset)


def mutate(vals: Vals, row: str, col: int, value: object) -> Vals:
    out = {k: list(v) for k, v in vals.items()}
    out[row][col] = value
    return out


def case_r1_fails() -> list[Fetched]:
    # Carried-out row left at 0 although one request was still open: 10+1 != 10+0 in 自然人 and 总计.
    v = grid(received_new=(10, 0, 0, 0, 0, 0), carried_in=(1, 0, 0, 0, 0, 0), granted=(8, 0, 0, 0, 0, 0),
             u1=(2, 0, 0, 0, 0, 0))
    v["carried_out"] = [0, 0, 0, 0, 0, 0, 0]
    return doc_t21(vals=v, url="http://www.sx.gov.cn/art/2022/1/20/art_1_11.html", agency="上虞区自然资源局")


def case_r2_fails() -> list[Fetched]:
    # （七）总计 printed as 9 while the outcome rows add up to 8; 9+0 = 9+0 keeps R1 true.
    v = grid(received_new=(9, 0, 0, 0, 0, 0), granted=(6, 0, 0, 0, 0, 0), u1=(2, 0, 0, 0, 0, 0))
    v["total"] = [9, 0, 0, 0, 0, 0, 9]
    v["carried_out"] = [0, 0, 0, 0, 0, 0, 0]
    return doc_t21(vals=v, url="http://www.jd.gov.cn/xxgk/gknb/202201/t20220118_4411.html", agency="江东区教育局")


def case_r3_fails() -> list[Fetched]:
    # 总计 column summed only the 自然人 column (a company request was left out of the total in every row).
    v = grid(received_new=(4, 1, 0, 0, 0, 0), granted=(4, 1, 0, 0, 0, 0))
    for row in ("received_new", "granted", "total"):
        v[row][6] = 4
    return doc_t21(vals=v, url="http://www.ly.gov.cn/zwgk/xxgknb/202201/t20220126_88.html", agency="莱阳市水务局")


def case_r4_ok() -> list[Fetched]:
    v = grid(received_new=(6, 0, 0, 0, 0, 0), granted=(3, 0, 0, 0, 0, 0), w4=(1, 0, 0, 0, 0, 0),
             w6=(1, 0, 0, 0, 0, 0), u1=(1, 0, 0, 0, 0, 0))
    subs = {"withheld": [2, 0, 0, 0, 0, 0, 2], "unavailable": [1, 0, 0, 0, 0, 0, 1],
            "not_processed": [0, 0, 0, 0, 0, 0, 0], "other": [0, 0, 0, 0, 0, 0, 0]}
    return doc_t21(vals=v, subtotals=subs, url="http://www.qj.gov.cn/art/2022/1/28/art_1229_77.html",
                   agency="衢江区卫生健康局")


def case_r4_fails() -> list[Fetched]:
    v = grid(received_new=(6, 0, 0, 0, 0, 0), granted=(3, 0, 0, 0, 0, 0), w4=(1, 0, 0, 0, 0, 0),
             w6=(1, 0, 0, 0, 0, 0), u1=(1, 0, 0, 0, 0, 0))
    subs = {"withheld": [3, 0, 0, 0, 0, 0, 3], "unavailable": [1, 0, 0, 0, 0, 0, 1]}
    return doc_t21(vals=v, subtotals=subs, url="http://www.qj.gov.cn/art/2022/1/28/art_1229_78.html",
                   agency="衢江区市场监督管理局")


def case_r5_negative() -> list[Fetched]:
    # A carried-in request was answered but never entered as carried in: the form balances only with a -1.
    v = grid(received_new=(3, 0, 0, 0, 0, 0), granted=(4, 0, 0, 0, 0, 0))
    assert v["carried_out"] == [-1, 0, 0, 0, 0, 0, -1]
    return doc_t21(vals=v, url="http://www.wz.gov.cn/art/2022/1/21/art_1_5.html", agency="鹿城区司法局")


def spaced_labels(html: str) -> str:
    """Column heads typed with spaces between characters and 合计 for 总计 (both seen on real grids)."""
    for word in ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构"):
        html = html.replace(f">{word}<", ">" + " ".join(word) + "<")
    return html.replace(">总计<", ">合 计<").replace("（七）总计", "（七）合计")


def total_only_carry_out() -> list[Fetched]:
    # 结转下年度 filled only in the 总计 column (自然人 left blank): 3+0 != 2+0 for 自然人, and that row's total
    # is not its row sum.
    v = grid(received_new=(3, 0, 0, 0, 0, 0), granted=(2, 0, 0, 0, 0, 0))
    v = mutate(v, "carried_out", 0, "")
    return doc_t21(vals=v, url="http://www.lishui.gov.cn/art/2022/1/27/art_1229_81.html", agency="莲都区农业农村局")


def sec3_text(vals: Vals) -> str:
    """Section 三 as a PDF-to-HTML converter prints it: one <p> per printed line, cells separated by spaces."""
    lines = ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况",
             "自然人 法人或其他组织 总计", "商业企业 科研机构 社会公益组织 法律服务机构 其他"]

    def nums(row: str) -> str:
        return " ".join(str(x) for x in vals[row])

    lines.append("一、本年新收政府信息公开申请数量 " + nums("received_new"))
    lines.append("二、上年结转政府信息公开申请数量 " + nums("carried_in"))
    lines.append("三、本年度办理结果 （一）予以公开 " + nums("granted"))
    lines.append("（二）部分公开（区分处理的，只计这一情形，不计其他情形） " + nums("partial"))
    for title, labels, prefix in (("（三）不予公开 ", WITHHELD, "w"), ("（四）无法提供 ", UNAVAILABLE, "u"),
                                  ("（五）不予处理 ", NOT_PROCESSED, "n"), ("（六）其他处理 ", OTHER_2021, "o")):
        for i, label in enumerate(labels, 1):
            lines.append((title if i == 1 else "") + label + " " + nums(f"{prefix}{i}"))
    lines.append("（七）总计 " + nums("total"))
    lines.append("四、结转下年度继续办理 " + nums("carried_out"))
    return "".join(p(x) for x in lines)


def sec4_text(values: list[object]) -> str:
    lines = ["行政复议 行政诉讼", "未经复议直接起诉 复议后起诉",
             "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
             " ".join(str(v) for v in values)]
    return "".join(p(x) for x in lines)


def pdf_text_report() -> list[Fetched]:
    return new_report("文登区审计局", 2021, overview=["本年度我局依法推进政府信息公开。"], s2=sec2_2021(),
                      s3=sec3_text(base21()), s4=sec4_text([1, 0, 0, 0, 1] + [0] * 10),
                      url="http://180.76.149.248:88/book/dzs/shenji/files/basic-html/page9.html")


def commas(v: object, i: int) -> str:
    return f"{v:,}" if isinstance(v, int) else str(v)


def fullwidth(v: object, i: int) -> str:
    return str(v).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def sec4_with_label_column(values: list[object]) -> str:
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return table([
        td("项目", rowspan=3) + td("行政复议", colspan=5) + td("行政诉讼", colspan=10),
        "".join(td(h, rowspan=2) for h in heads) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5),
        cells(heads + heads),
        cells(["件数", *values]),
    ])


def e14_label_variants() -> list[Fetched]:
    docs = e14_report("芜湖县住建局", 2017, url="http://www.wuhu.gov.cn/public/1981/1205.html")
    assert "3.网络申请数" in docs[0].body.decode("utf-8")
    body = docs[0].body.decode("utf-8").replace("3.网络申请数", "3.网上申请数").replace("4.不同意公开答复数", "4.不予公开答复数")
    return [Fetched(url=docs[0].url, body=body.encode("utf-8"), headers=docs[0].headers)]


def e14_split_form() -> list[Fetched]:
    docs = e14_report("繁昌县教育局", 2016, url="http://www.fanchang.gov.cn/public/2001/1206.html")
    body = docs[0].body.decode("utf-8")
    cut = "<tr><td>四、行政复议数量</td>"
    head = "<tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>"
    assert cut in body
    body = body.replace(cut, '</table><p>（续表）</p><table border="1" cellspacing="0" cellpadding="0">' + head + cut, 1)
    return [Fetched(url=docs[0].url, body=body.encode("utf-8"), headers=docs[0].headers)]


def two_page_report() -> list[Fetched]:
    """A paginated article (…_2.html): section 三's grid breaks after 4.保护第三方合法权益 and continues on page 2."""
    grid_rows = sec3(base21()).split("</tr>")
    cut = 3 + 2 + 2 + 4  # header, 一/二, (一)(二), four 不予公开 rows
    part1 = "</tr>".join(grid_rows[:cut]) + "</tr></table>"
    part2 = '<table border="1" cellspacing="0" cellpadding="0">' + "</tr>".join(grid_rows[cut:])
    agency = "柯城区发展和改革局"
    title = f"{agency}2021年政府信息公开工作年度报告"
    base = "http://www.kecheng.gov.cn/art/2022/1/26/art_1229_5501"
    pager = f'<div class="page"><a href="{base}_2.html">下一页</a></div>'
    c1 = "".join([p("本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。"), p("一、总体情况"),
                  p("本年度我局依法做好政府信息公开。"), p("二、主动公开政府信息情况"), sec2_2021(),
                  p("三、收到和处理政府信息公开申请情况"), part1, pager])
    c2 = "".join([part2, p("四、政府信息公开行政复议、行政诉讼情况"), sec4(ZERO4, ZERO4, ZERO4),
                  p("五、存在的主要问题及改进情况"), p("将进一步规范信息发布。"), p("六、其他需要报告的事项"), p("无。")])
    return [page(title, c1, url=f"{base}.html", publisher=agency), page(title, c2, url=f"{base}_2.html", publisher=agency)]


def sec3_with_note_row() -> str:
    html = sec3(base21())
    note = '<tr><td colspan="10">注：本表数据由本机关依申请公开登记台账汇总。</td></tr>'
    return html.replace("</table>", note + "</table>")


def subtotal_row_layout() -> list[Fetched]:
    """不予公开 subtotal printed on a 小计 line under a category cell that spans the block."""
    v = grid(received_new=(6, 0, 0, 0, 0, 0), granted=(3, 0, 0, 0, 0, 0), w4=(1, 0, 0, 0, 0, 0),
             w6=(1, 0, 0, 0, 0, 0), u1=(1, 0, 0, 0, 0, 0))
    html = sec3(v)
    first = "<td rowspan=\"8\">（三）不予公开</td><td>1.属于国家秘密</td>"
    assert first in html
    html = html.replace(first, "<td rowspan=\"9\">（三）不予公开</td><td>小计</td>" + cells([2, 0, 0, 0, 0, 0, 2])
                        + "</tr><tr><td>1.属于国家秘密</td>")
    level1 = "<td rowspan=\"22\">三、本年度办理结果</td>"
    assert level1 in html
    html = html.replace(level1, "<td rowspan=\"23\">三、本年度办理结果</td>")
    return new_report("柯城区民政局", 2021, overview=["本年度我局依法做好政府信息公开。"], s2=sec2_2021(), s3=html,
                      s4=sec4(ZERO4, ZERO4, ZERO4), url="http://www.kecheng.gov.cn/art/2022/1/26/art_1229_5502.html")


def image_tables_report() -> list[Fetched]:
    """Tables pasted as images: the prose numbers have nothing to be compared with."""
    img = '<p style="text-align:center"><img src="/picture/0/2201251030{n}.png" width="600"></p>'
    return new_report("常山县交通运输局", 2021,
                      overview=["2021年，我局共收到政府信息公开申请12件，均在法定期限内答复。本年度未发生行政复议和行政诉讼。"],
                      s2=img.format(n=1), s3=img.format(n=2), s4=img.format(n=3),
                      url="http://www.zjcs.gov.cn/art/2022/1/25/art_1229_4401.html")


def case_r10(prose: str, vals: Vals | None = None, s4: str | None = None, url_n: int = 1) -> list[Fetched]:
    return doc_t21(vals=vals, overview=[prose], s4=s4,
                   url=f"http://www.lf.gov.cn/xxgk/gknb/xzbm/202201/t20220124_12{url_n:02d}.shtml",
                   agency="来凤县交通运输局")


def received_only(n_np: int, n_biz: int = 0) -> Vals:
    return grid(received_new=(n_np, n_biz, 0, 0, 0, 0), granted=(n_np, n_biz, 0, 0, 0, 0))


def split_tables() -> list[Fetched]:
    """Section 三 split in two tables (page break in a Word export): the header rows are repeated."""
    vals = base21()
    full = sec3(vals)
    rows = full.split("</tr>")
    head = rows[:3]
    cut = 3 + 8
    first = "</tr>".join(rows[:cut]) + "</tr></table>"
    second = '<table border="1" cellspacing="0" cellpadding="0">' + "</tr>".join(
        [h.replace('<table border="1" cellspacing="0" cellpadding="0">', "") for h in head] + rows[cut:])
    return new_report("龙湾区城市管理局", 2021, overview=["本年度我局依法做好政府信息公开。"], s2=sec2_2021(),
                      s3=first + p("（续表）") + second, s4=sec4(ZERO4, ZERO4, ZERO4),
                      url="http://www.longwan.gov.cn/art/2022/1/25/art_1229_596.html")


def t19(vals: Vals, *, overview: list[str] | None = None, s2: str | None = None, s4: str | None = None,
        url: str = "http://www.xg.gov.cn/c/www/bm20191/39536.jhtml", agency: str = "孝南区统计局",
        render: Callable[[object, int], str] | None = None) -> list[Fetched]:
    return new_report(agency, 2019, overview=overview or ["本年度我局积极推进政府信息公开工作。"],
                      s2=s2 or sec2_2019(), s3=sec3(vals, year=2019, render=render),
                      s4=s4 or sec4(ZERO4, ZERO4, ZERO4), url=url)


# ---------------------------------------------------------------------------------------------------------------
# Cases: (documents, failing rule families, rule families that must run and pass)

R_ALL = {"R1", "R2", "R3", "R6"}

CASES = [
    # --- t2021: consistent reports in the shapes real ones take ---------------------------------------------------
    pytest.param(lambda: doc_t21(), set(), R_ALL | {"R5"}, id="t21-consistent-carry-in-and-out"),
    pytest.param(lambda: doc_t21(vals=grid()), set(), R_ALL, id="t21-all-zero-grid-township"),
    pytest.param(lambda: doc_t21(vals=received_only(2), render=blank_orgs), set(), {"R1", "R2", "R3"},
                 id="t21-org-columns-left-blank"),
    pytest.param(lambda: doc_t21(vals=received_only(3), render=blank_zero), set(), {"R1", "R3"},
                 id="t21-zeros-blank-only-counts-printed"),
    pytest.param(lambda: doc_t21(vals=grid(), render=total_col_only), set(), {"R1"},
                 id="t21-only-total-column-filled"),
    pytest.param(lambda: doc_t21(vals=received_only(1, 1), render=slash_orgs), set(), {"R1", "R2", "R3"},
                 id="t21-slash-in-unused-cells"),
    pytest.param(lambda: doc_t21(vals=received_only(5), render=dash_zero), set(), {"R1", "R2", "R3"},
                 id="t21-dash-for-zero"),
    pytest.param(case_r4_ok, set(), R_ALL | {"R4"}, id="t21-printed-category-subtotals-not-double-counted"),
    pytest.param(lambda: doc_t21(org_subtotal=True), set(), {"R1", "R2", "R3"}, id="t21-extra-org-subtotal-column"),
    pytest.param(split_tables, set(), {"R1", "R2", "R3"}, id="t21-grid-split-over-two-tables"),
    pytest.param(lambda: doc_t21(url="http://m.pjmajestic.com/xxgk/zfxxgknb/2021/202201/t20220113_299.shtml",
                                 agency="濱江區商務局"), set(), R_ALL, id="t21-traditional-mirror-consistent"),
    pytest.param(lambda: doc_t21(charset="gbk", url="http://www.pw.gov.cn/public/column/12651?type=3&id=77"),
                 set(), R_ALL, id="t21-gbk-page-consistent"),
    # --- t2021: real inconsistencies -----------------------------------------------------------------------------
    pytest.param(case_r1_fails, {"R1"}, {"R2", "R3", "R6"}, id="t21-carried-out-missing-fails-r1"),
    pytest.param(case_r2_fails, {"R2"}, {"R1", "R3", "R6"}, id="t21-outcome-total-off-by-one-fails-r2"),
    pytest.param(case_r3_fails, {"R3"}, {"R1", "R2", "R6"}, id="t21-total-column-skips-company-fails-r3"),
    pytest.param(case_r4_fails, {"R4"}, {"R1", "R2", "R3"}, id="t21-category-subtotal-wrong-fails-r4"),
    pytest.param(case_r5_negative, {"R5"}, {"R1", "R2", "R3"}, id="t21-negative-carry-out-fails-r5-only"),
    pytest.param(lambda: doc_t21(vals=mutate(mutate(mutate(mutate(received_only(2), "received_new", 0, "2.5"),
                                                           "received_new", 6, "2.5"), "carried_out", 0, "0.5"),
                                           "carried_out", 6, "0.5")),
                 {"R5"}, set(), id="t21-fractional-cell-fails-r5"),
    # section 四
    pytest.param(lambda: doc_t21(s4=sec4([1, 0, 0, 0, 2], ZERO4, ZERO4)), {"R6"}, {"R1", "R2", "R3"},
                 id="t21-review-total-2-of-1-fails-r6"),
    pytest.param(lambda: doc_t21(s4=sec4([1, 0, 0, 1, 2], [0, 1, 0, 0, 1], [1, 0, 0, 0, 1])), set(), R_ALL,
                 id="t21-pending-counts-in-review-total"),
    pytest.param(lambda: doc_t21(s4=sec4(ZERO4, [1, 0, 0, 1, 2], [0, 0, 1, 0, 2])), {"R6"}, {"R1", "R2", "R3"},
                 id="t21-after-review-litigation-fails-r6"),
    pytest.param(lambda: doc_t21(s4=sec4(["", "", "", "", 0], ["", "", "", "", 0], ["", "", "", "", 0])), set(),
                 {"R6"}, id="t21-section4-blanks-with-zero-totals"),
    pytest.param(lambda: doc_t21(s4=sec4(["—"] * 5, ["—"] * 5, ["—"] * 5)), set(), {"R1", "R2", "R3"},
                 id="t21-section4-all-dashes"),
    # R9 fee unit
    pytest.param(lambda: doc_t21(fee=12600), {"R9"}, R_ALL, id="t21-fee-in-yuan-under-wanyuan-fails-r9"),
    pytest.param(lambda: doc_t21(fee="0.35"), set(), R_ALL | {"R9"}, id="t21-fee-small-wanyuan-ok"),
    pytest.param(lambda: doc_t21(fee="7.522"), set(), R_ALL | {"R9"}, id="t21-fee-three-decimals-ok"),
    # R10 prose against the table
    pytest.param(lambda: case_r10("2021年，我局共收到政府信息公开申请12件，均在法定期限内答复。"), set(),
                 R_ALL | {"R10"}, id="t21-prose-received-matches"),
    pytest.param(lambda: case_r10("2021年，我局共收到政府信息公开申请15件，均在法定期限内答复。", url_n=2), {"R10"},
                 R_ALL, id="t21-prose-received-contradicts-table-fails-r10"),
    pytest.param(lambda: case_r10("全年12345热线共受理群众诉求2720件，办结2680件。本年度收到政府信息公开申请2件。",
                                  vals=received_only(2), url_n=3), set(), R_ALL,
                 id="t21-hotline-count-is-not-a-request-count"),
    pytest.param(lambda: case_r10("本年度未发生政府信息公开方面的行政复议和行政诉讼。", vals=grid(), url_n=4), set(), R_ALL,
                 id="t21-prose-no-review-zero-table"),
    pytest.param(lambda: case_r10("本年度因政府信息公开被申请行政复议1件，已维持。", url_n=5), {"R10"}, R_ALL,
                 id="t21-prose-review-1-table-0-fails-r10"),
    pytest.param(lambda: case_r10("全年主动公开各类信息40余条，收到政府信息公开申请2件。", vals=received_only(2),
                                  url_n=6), set(), R_ALL, id="t21-approx-active-count-no-false-alarm"),
    pytest.param(lambda: case_r10("全年共收到政府信息公开申请1499件。其中，通过网络申请1303件，占86.92%；通过信函申请172件，"
                                  "占11.47%；通过当面申请24件，占1.60%。",
                                  vals=grid(received_new=(1400, 80, 0, 0, 19, 0), granted=(1400, 80, 0, 0, 19, 0)),
                                  url_n=7), set(), R_ALL, id="t21-prose-with-percent-shares"),
    pytest.param(lambda: case_r10("本年度共收到政府信息公开申请33件（含上年结转3件），已全部办结。",
                                  vals=grid(received_new=(30, 0, 0, 0, 0, 0), carried_in=(3, 0, 0, 0, 0, 0),
                                            granted=(33, 0, 0, 0, 0, 0)), url_n=8), set(), R_ALL,
                 id="t21-prose-received-including-carried-in"),
    # --- t2019 ---------------------------------------------------------------------------------------------------
    pytest.param(lambda: t19(grid(2019, received_new=(4, 1, 0, 0, 0, 0), granted=(2, 1, 0, 0, 0, 0),
                                  other=(2, 0, 0, 0, 0, 0))), set(), R_ALL, id="t19-single-other-row-counts-in-r2"),
    pytest.param(lambda: t19(mutate(mutate(grid(2019, received_new=(4, 0, 0, 0, 0, 0), granted=(4, 0, 0, 0, 0, 0)),
                                           "total", 0, 5), "total", 6, 5)), {"R1", "R2"}, {"R3", "R6"},
                 id="t19-outcome-total-overstated-fails-r1-r2"),
    pytest.param(lambda: t19(grid(2019, received_new=(3, 0, 0, 0, 0, 0), granted=(3, 0, 0, 0, 0, 0)),
                             render=blank_zero, url="https://yynanhu.yueyang.gov.cn/29509/content_1649247.html"),
                 set(), {"R1", "R3"}, id="t19-only-nonzero-cells-printed"),
    pytest.param(lambda: t19(grid(2019), s2=sec2_2019(delta_permit="+5", delta_penalty="-8", coercion_decisions="-")),
                 set(), R_ALL, id="t19-signed-deltas-are-not-negative-cells"),
    pytest.param(lambda: t19(grid(2019), s2=sec2_2019(procurement="125000")), set(), R_ALL,
                 id="t19-procurement-amount-is-not-a-fee"),
    pytest.param(lambda: t19(grid(2019, received_new=(2, 0, 0, 0, 0, 0), granted=(2, 0, 0, 0, 0, 0)),
                             overview=["经汇总，本年度主动公开信息16条，收到依申请公开请求2件，按时办结2件。"]),
                 set(), R_ALL | {"R10"}, id="t19-prose-received-and-closed-match"),
    pytest.param(lambda: t19(grid(2019), s4=sec4([0, 0, 0, 0, 0], [1, 0, 0, 0, 1], [0, 0, 0, 0, 0])), set(), R_ALL,
                 id="t19-direct-litigation-upheld"),
    # --- e2014 statistics table ----------------------------------------------------------------------------------
    pytest.param(lambda: e14_report("晋安区环境保护局", 2016, url="http://www.fzja.gov.cn/zfxxgknb/201702/t20170221_1.htm"),
                 set(), {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-consistent-channels-exceed-total"),
    pytest.param(lambda: e14_report("二道区农业局", 2017, values={"review.total": 9, "review.upheld": 6,
                                                             "review.other": 2},
                                    url="http://www.ccerdao.gov.cn/read_gkml.php?brow=1201"),
                 {"O5"}, {"O1", "O2", "O3", "O4", "O6", "O7"}, id="e14-review-9-of-8-fails-o5"),
    pytest.param(lambda: e14_report("舒兰市林业局", 2016, values={"active.channel.website": 1900},
                                    url="http://122.137.242.24:8080/pub/slsxxgkw/ndbg/201702/t20170223_1.html"),
                 {"O7"}, {"O1", "O2", "O3", "O4", "O5", "O6"}, id="e14-website-exceeds-total-fails-o7"),
    pytest.param(lambda: e14_report("龙潭区民政局", 2017, values={"apply.channel.online": 10},
                                    url="http://122.137.242.24:8080/pub/ltqxxgkw/ndbg/201803/t20180314_2.html"),
                 {"O1"}, {"O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-channels-18-of-17-fails-o1"),
    pytest.param(lambda: e14_report("宿城区交通运输局", 2015, values={"apply.received.total": 19},
                                    extra_rows=[("5.电子邮件申请数", "件", 2)],
                                    url="https://suqian.gov.cn/cnsq/gknb/201602/0f235d56ca894d5d9a95a53676d05734.shtml"),
                 set(), {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-local-email-channel-row-counts"),
    pytest.param(lambda: e14_report("泰州市海陵区商务局", 2017, values={"apply.closed.extended": 2},
                                    url="https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634539"),
                 {"O2"}, {"O1", "O3", "O4", "O5", "O6", "O7"}, id="e14-closed-fails-o2"),
    pytest.param(lambda: e14_report("宿州市埇桥区财政局", 2016, values={"apply.answer.granted": 9},
                                    url="https://www.ahszyq.gov.cn/openness/OpennessAnnualReport/show/1201.html"),
                 {"O3"}, {"O1", "O2", "O4", "O5", "O6", "O7"}, id="e14-answers-fail-o3"),
    pytest.param(lambda: e14_report("湖里区教育局", 2018, values={"apply.answer.denied.privacy": 0},
                                    url="http://www.huli.gov.cn/zwgk/zfxxgkzl/201901/t20190111_18293.htm"),
                 {"O4"}, {"O1", "O2", "O3", "O5", "O6", "O7"}, id="e14-denial-reasons-fail-o4"),
    pytest.param(lambda: e14_report("永嘉县溪下乡人民政府", 2017, values={"org.staff_parttime": 4},
                                    url="https://www.yj.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=0010&fbtime=2017"),
                 {"O6"}, {"O1", "O2", "O3", "O4", "O5", "O7"}, id="e14-staff-fails-o6"),
    pytest.param(lambda: e14_report("滨江区城管局", 2017, values={"response.press_conf_by_head": 5},
                                    url="http://www.hzbj.gov.cn/art/2018/3/15/art_1229230631_2082998.html"),
                 {"O6"}, {"O1", "O2", "O3", "O4", "O5", "O7"}, id="e14-head-press-conf-exceeds-total-fails-o6"),
    pytest.param(lambda: e14_report("德清县审计局", 2015, values={"fee.request_fees": "0.05"},
                                    prose=["本年度依申请提供政府信息收取检索复制费用500元。"],
                                    url="http://www.deqing.gov.cn/art/2016/3/7/art_1229_375.html"),
                 set(), {"O1", "O3", "O5"}, id="e14-fee-500-yuan-equals-0.05-wanyuan"),
    pytest.param(lambda: e14_report("蓬莱市统计局", 2014, prose=["全年共受理政府信息公开申请20件。"],
                                    url="http://www.penglai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2014&area=1"),
                 {"R10"}, {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-prose-20-table-17-fails-r10"),
    pytest.param(lambda: e14_report("余杭区档案局", 2018, charset="gbk",
                                    url="http://www.yuhang.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=0793&fbtime=2018"),
                 set(), {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-gbk-page-consistent"),
    # --- prose-only reports (e2008 / e2014) ----------------------------------------------------------------------
    pytest.param(lambda: prose_report("永嘉县岩坦镇", 2017, [
        "一、主动公开政府信息情况", "2017年度共新增主动公开政府信息226条，其中通过政府网站公开政府信息131条，通过微信公众号公开95条。",
        "二、依申请公开政府信息情况", "本年度共受理政府信息公开申请6件，其中网上申请4件，信函申请1件，当面申请1件，均已按时答复。",
        "三、政府信息公开的收费及减免情况", "本年度未收取任何费用。",
        "四、因政府信息公开申请行政复议、提起行政诉讼的情况", "本年度未发生相关行政复议和行政诉讼。"],
        url="https://www.yj.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=0011&fbtime=2017"),
        set(), {"O1"}, id="prose-channels-add-up"),
    pytest.param(lambda: prose_report("富春街道办事处", 2018, [
        "二、依申请公开政府信息情况", "全年共受理政府信息公开申请31件，其中网络申请14件，信函申请18件。已办结30件。"],
        url="http://www.fuyang.gov.cn/art/2019/1/30/art_1229_44.html"), {"O1"}, set(),
        id="prose-channels-32-of-31-fails-o1"),
    pytest.param(lambda: prose_report("市文化局", 2009, [
        "一、概述", "本年度我局主动公开信息812条，依申请公开信息15条，不予公开信息31条。本年度我局收到政府信息公开申请2条。",
        "二、行政复议和行政诉讼情况", "本年度未发生针对我局政府信息公开的行政复议和行政诉讼。"],
        url="http://www.bjwh.gov.cn/xxgk/nb/201003/t20100310_9.html"), set(), set(),
        id="prose-information-items-are-not-answers"),
    pytest.param(lambda: prose_report("湖里区人民政府", 2018, [
        "一、概述", "2018年，共制作政府信息2875条，其中主动公开信息1012条，依申请公开信息402条，不予公开信息1461条。",
        "二、政府信息依申请公开办理情况", "全年共受理政府信息公开申请57件，已全部办结。"],
        url="http://www.huli.gov.cn/zwgk/zfxxgkzl/zfxxyjxndbg/201901/t20190111_182925.htm"), set(), set(),
        id="prose-information-made-split-is-not-request-stats"),
    pytest.param(lambda: prose_report("岩寺乡人民政府", 2017, [
        "一、主动公开政府信息情况", "2017年，主动公开政府工作信息、动态680多条。",
        "二、依申请公开情况", "目前我乡尚未收到政府信息公开申请。", "三、收费情况", "未收取任何费用。"],
        url="https://tljq.gov.cn/openness/OpennessAnnualReport/show/2397.html"), set(), set(),
        id="prose-approx-count-no-false-alarm"),
    pytest.param(lambda: prose_report("滨江区科技局", 2017, [
        "一、依申请公开政府信息情况", "2017年我局共收到依申请公开政府信息申请1件。",
        "二、因政府信息公开申请行政复议、提起行政诉讼的情况", "2017年我局有关政府信息公开的行政复议案共1起，维持原答复1起。"],
        url="http://www.hzbj.gov.cn/art/2018/3/15/art_1229230631_2082999.html"), set(), set(),
        id="prose-review-one-upheld-one"),
    pytest.param(lambda: prose_report("番禺区人民政府", 2022, [
        "一、收到申请情况", "2022年，全区共收到政府信息公开申请1520件。其中，网络申请1310件，占86.18%；信函申请180件，"
        "占11.84%；当面申请30件，占1.97%。",
        "二、申请答复情况", "全年共完成答复1474件，包括上年结转申请28件。其中，予以公开980件，部分公开70件，不予公开85件，"
        "无法提供180件，不予处理62件，其他处理97件。"],
        url="http://www.panyu.gov.cn/gkmlpt/content/9/9001/post_9001234.html"), set(), set(),
        id="prose-2022-summary-with-shares-no-false-alarm"),
    # --- added: label variants, partial rows, numerals, approximations ------------------------------------------
    pytest.param(lambda: doc_t21(post=spaced_labels), set(), R_ALL, id="t21-spaced-heads-and-heji-total"),
    pytest.param(total_only_carry_out, {"R1", "R3"}, {"R2"}, id="t21-carry-out-only-in-total-column-fails-r1-r3"),
    pytest.param(lambda: case_r10("2021年，我局共收到政府信息公开申请十二件，均按期答复。", url_n=9), set(),
                 R_ALL | {"R10"}, id="t21-prose-chinese-numeral-matches"),
    pytest.param(lambda: case_r10("2021年，我局共收到政府信息公开申请十五件，均按期答复。", url_n=10), {"R10"}, R_ALL,
                 id="t21-prose-chinese-numeral-contradicts-fails-r10"),
    pytest.param(lambda: case_r10("本年度共收到政府信息公开申请10余件，均已办结。", url_n=11), set(), R_ALL,
                 id="t21-prose-approx-received-no-false-alarm"),
    pytest.param(lambda: case_r10("本年新收政府信息公开申请12件，上年结转1件，结转下年度继续办理1件。", url_n=12), set(),
                 R_ALL | {"R10"}, id="t21-prose-new-carried-in-and-out-match"),
    pytest.param(lambda: case_r10("本年度发生政府信息公开行政诉讼2件，均维持原答复。",
                                  s4=sec4(ZERO4, [1, 0, 0, 0, 1], [1, 0, 0, 0, 1]), url_n=13), set(), R_ALL,
                 id="t21-prose-litigation-2-equals-direct-plus-after-review"),
    pytest.param(lambda: doc_t21(url="http://m.pjmajestic.com/xxgk/zfxxgknb/2021/202201/t20220113_300.shtml",
                                 agency="濱江區衛生健康局", overview=["2021年，本局共收到政府信息公開申請15件。"]),
                 {"R10"}, R_ALL, id="t21-traditional-prose-contradicts-fails-r10"),
    pytest.param(lambda: doc_t21(fee="0.00"), set(), R_ALL | {"R9"}, id="t21-fee-0.00-ok"),
    pytest.param(lambda: t19(grid(2019, received_new=(1, 0, 0, 0, 0, 0), granted=(1, 0, 0, 0, 0, 0)),
                             s4=sec4(["/"] * 5, ["/"] * 5, ["/"] * 5)), set(), {"R1", "R2", "R3"},
                 id="t19-section4-slashes"),
    pytest.param(lambda: e14_report("宁国市商务局", 2016, numbered=True,
                                    url="http://www.ningguo.gov.cn/OpennessContent/show/1201.html"),
                 set(), {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-form-with-serial-number-column"),
    pytest.param(lambda: e14_report("凤阳县民政局", 2017, values={
        "response.hot_topics": "", "response.press_conf": "", "response.press_conf_by_head": "",
        "response.online_interviews": "", "response.online_interviews_by_head": "", "response.interpretations": "",
        "response.weibo_wechat_events": "", "response.other_events": ""},
        url="http://www.fengyang.gov.cn/public/6596/1201.html"), set(), {"O1", "O2", "O3", "O4", "O5"},
        id="e14-response-block-left-blank"),
    pytest.param(lambda: e14_report("长丰县水务局", 2015, values={"active.channel.website": 1860},
                                    url="http://www.changfeng.gov.cn/public/2655/1201.html"),
                 set(), {"O7"}, id="e14-website-equals-total-ok"),
    pytest.param(lambda: e14_report("凤台县司法局", 2016,
                                    prose=["全年共受理政府信息公开申请17件，其中网上申请9件，当面申请5件，信函申请3件。"],
                                    url="http://www.ft.gov.cn/public/6598/1202.html"), set(), {"O1", "O2", "O3"},
                 id="e14-prose-and-table-agree"),
    pytest.param(pdf_text_report, set(), R_ALL, id="t21-grid-printed-as-text-lines"),
    pytest.param(lambda: doc_t21(vals=grid(received_new=(1400, 80, 0, 0, 19, 0), carried_in=(30, 0, 0, 0, 0, 0),
                                           granted=(900, 60, 0, 0, 6, 0), u1=(400, 20, 0, 0, 13, 0),
                                           n2=(100, 0, 0, 0, 0, 0)), render=commas,
                                 overview=["本年度全区共收到政府信息公开申请1,499件。"]),
                 set(), R_ALL | {"R10"}, id="t21-thousands-separators-consistent"),
    pytest.param(lambda: doc_t21(render=fullwidth), set(), R_ALL, id="t21-fullwidth-digits-consistent"),
    pytest.param(lambda: e14_report("繁昌县国土资源局", 2016, values={"active.items_total": "1,860",
                                                              "active.channel.website": "1,500"},
                                    url="http://www.fanchang.gov.cn/public/2001/1203.html"),
                 set(), {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-thousands-separator-in-form"),
    pytest.param(lambda: e14_report("临泉县林业局", 2015, values={k: (f"{v}件" if k.startswith(("apply.", "review.",
                                                                                            "litigation."))
                                                                 else v) for k, v in E14_OK.items()},
                                    url="http://www.linquan.gov.cn/public/6600/1204.html"),
                 set(), {"O1", "O2", "O3", "O4", "O5"}, id="e14-unit-written-in-value-cells"),
    pytest.param(lambda: doc_t21(s4=sec4_with_label_column([1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])), set(),
                 R_ALL, id="t21-section4-with-leading-label-column"),
    pytest.param(lambda: case_r10("本年度共收到政府信息公开申请12件，较上年的20件减少8件。", url_n=14), set(),
                 R_ALL | {"R10"}, id="t21-prose-last-year-count-is-not-this-year"),
    pytest.param(lambda: case_r10("全年共收到政府信息公开申请12件，其中自然人申请9件，法人或其他组织申请3件。", url_n=15), set(),
                 R_ALL | {"R10"}, id="t21-prose-applicant-split-matches"),
    pytest.param(lambda: case_r10("全年共收到政府信息公开申请12件，予以公开7件，部分公开1件，不予公开1件，无法提供3件。",
                                  url_n=16), set(), R_ALL | {"R10"}, id="t21-prose-outcome-split-matches"),
    pytest.param(lambda: case_r10("根据国办公开办函〔2021〕30号要求编制本报告，联系电话0718-6277499。"
                                  "2021年1月1日至12月31日，我局收到政府信息公开申请12件。", url_n=17), set(),
                 R_ALL | {"R10"}, id="t21-prose-doc-numbers-and-dates-not-counts"),
    pytest.param(e14_label_variants, set(), {"O1", "O2", "O3", "O4", "O5", "O6", "O7"},
                 id="e14-label-variants-online-and-denied"),
    pytest.param(e14_split_form, set(), {"O1", "O2", "O3", "O4", "O5", "O6", "O7"}, id="e14-form-split-over-two-tables"),
    pytest.param(lambda: prose_report("市地震局", 2010, [
        "一、概述", "本年度我局政府信息公开工作运行正常。", "二、政府信息主动公开情况", "我局2010年共主动公开政府信息175条。",
        "三、依申请公开情况", "我局2010年度未收到政府信息公开申请。",
        "四、咨询情况", "本年度共接受公众政府信息公开方面的咨询2070人次，其中电话咨询2070人次。",
        "五、行政复议和行政诉讼情况", "本年度未产生针对我局政府信息公开的行政复议与行政诉讼。"],
        url="https://www.gz.gov.cn/gongkai/zfxxgk/zfxxgknb/2010nb/szfbm/202009/t20200921_2075035.html"), set(), set(),
        id="prose-consultations-are-not-requests"),
    pytest.param(two_page_report, set(), R_ALL, id="t21-grid-split-across-two-pages"),
    pytest.param(lambda: new_report("柯城区财政局", 2021, overview=["本年度依法公开。"], s2=sec2_2021(),
                                    s3=sec3_with_note_row(), s4=sec4(ZERO4, ZERO4, ZERO4),
                                    url="http://www.kecheng.gov.cn/art/2022/1/26/art_1229_5503.html"),
                 set(), R_ALL, id="t21-grid-with-trailing-note-row"),
    pytest.param(subtotal_row_layout, set(), R_ALL | {"R4"}, id="t21-subtotal-on-xiaoji-line"),
    pytest.param(lambda: prose_report("开化县民政局", 2016, [
        "一、主动公开政府信息情况", "全年主动公开政府信息1860条，其中通过政府网站公开1500条，政务微博620条，政务微信410条。",
        "二、依申请公开情况", "全年未收到政府信息公开申请。"],
        url="http://www.kaihua.gov.cn/art/2017/3/1/art_1229_301.html"), set(), set(),
        id="prose-channels-overlap-sum-exceeds-total"),
    pytest.param(lambda: prose_report("常山县人力社保局", 2015, [
        "二、依申请公开情况", "全年共收到政府信息公开申请20余件，其中网上申请15件，当面申请3件，均按时答复。"],
        url="http://www.changshan.gov.cn/art/2016/3/1/art_1229_302.html"), set(), set(),
        id="prose-approx-total-with-partial-channels"),
    pytest.param(lambda: prose_report("江山市国土资源局", 2016, [
        "一、概述", "我局政府信息公开工作人员5人，其中专职2人，兼职3人。",
        "二、因政府信息公开申请行政复议、提起行政诉讼的情况", "本年度发生政府信息公开行政复议2件，其中维持1件，纠正1件。"],
        url="http://www.jiangshan.gov.cn/art/2017/2/20/art_1229_303.html"), set(), set(),
        id="prose-staff-and-review-splits-consistent"),
    pytest.param(image_tables_report, set(), set(), id="t21-tables-as-images-no-comparison"),
    pytest.param(lambda: case_r10("全年共收到人大代表建议45件、政协委员提案38件，均按期办结。本年度收到政府信息公开申请12件。",
                                  url_n=18), set(), R_ALL | {"R10"}, id="t21-proposals-received-are-not-requests"),
    pytest.param(lambda: case_r10("全年政务服务窗口共受理行政许可申请3650件，办结3650件。全年收到政府信息公开申请12件。",
                                  url_n=19), set(), R_ALL | {"R10"}, id="t21-permit-applications-are-not-requests"),
    pytest.param(lambda: e14_report("开化县林业局", 2015, values={"fee.request_fees": 0},
                                    prose=["本年度依申请提供政府信息，未收取任何费用。"],
                                    url="http://www.kaihua.gov.cn/art/2016/3/1/art_1229_304.html"),
                 set(), {"O1", "O3", "O5"}, id="e14-no-fee-prose-and-zero-fee-row"),
    pytest.param(lambda: e14_report("衢州市统计局", 2014, values={"apply.closed.total": "DROP",
                                                             "apply.closed.on_time": "DROP",
                                                             "apply.closed.extended": "DROP"},
                                    url="http://www.qz.gov.cn/art/2015/3/20/art_1229_305.html"),
                 set(), {"O1", "O3", "O4", "O5"}, id="e14-form-without-closed-rows"),
    pytest.param(lambda: new_report("江山市司法局", 2021, overview=["本年度收到政府信息公开申请5件。"], s2=sec2_2021(),
                                    s3=sec3(grid(2019, received_new=(5, 0, 0, 0, 0, 0), granted=(4, 0, 0, 0, 0, 0),
                                                 other=(1, 0, 0, 0, 0, 0)), year=2019),
                                    s4=sec4(ZERO4, ZERO4, ZERO4),
                                    url="http://www.jiangshan.gov.cn/art/2022/1/20/art_1229_306.html"),
                 set(), R_ALL | {"R10"}, id="t21-year-report-on-old-grid-single-other-row"),
]


def families(report: Report) -> tuple[set[str], set[str]]:
    failed = {c.rule.split(".")[0] for c in report.checks if not c.passed}
    ran = {c.rule.split(".")[0] for c in report.checks}
    return failed, ran


@pytest.mark.parametrize(("build", "fail", "ok"), CASES)
def test_checks_on_realistic_reports(build: Callable[[], list[Fetched]], fail: set[str], ok: set[str]) -> None:
    report = parse_report(build())
    failed, ran = families(report)
    detail = [(c.rule, c.passed, c.detail) for c in report.checks if not c.passed]
    assert failed == fail, detail
    assert ok <= ran, f"rules that did not run: {sorted(ok - ran)}"
    assert not (ok & failed)
