"""Black-box probe: real-style 2014-2018 (e2014) annual reports, their statistics form and their prose.

Built from the spec (sections 0, 1(a), 1(d), 2.4, 2.5, 2.7) and from the phrasing of real reports of that era studied
in the stored-pages corpus (county, city, department, township and street-office reports from many provinces). Every
document below is written in our own words: it keeps the grammatical shape and key words of the real pattern, with
different names, numbers and surrounding sentences. Each case asserts only what a careful reader of the spec records.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# page builder: a TRS/Hanweb-like article page with header, breadcrumb, metadata block and footer
# ---------------------------------------------------------------------------------------------------------------


def portal_page(title: str, paras: list[str], *, table: str = "", agency: str = "县人民政府办公室",
                date: str = "2017-02-20", charset: str = "utf-8") -> bytes:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    doc = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}</title></head><body>
<div class="top"><a href="/">网站首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="position">您当前的位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<table class="xxgk_meta">
<tr><td>索引号：</td><td>11330000X00/2017-00031</td><td>主题分类：</td><td>综合政务/其他</td></tr>
<tr><td>发布机构：</td><td>{html.escape(agency)}</td><td>发布日期：</td><td>{date}</td></tr>
</table>
<div class="article"><h1 class="title">{html.escape(title)}</h1>
<div class="TRS_Editor">{body}{table}</div></div>
<div class="bottom">主办单位：县人民政府办公室　网站标识码：3300000001　ICP备05001234号</div>
</body></html>"""
    return doc.encode(charset)


def parse(url: str, title: str, paras: list[str], **kw) -> Report:
    charset = kw.get("charset", "utf-8")
    headers = {"content-type": f"text/html; charset={charset}"}
    return parse_report([Fetched(url, portal_page(title, paras, **kw), headers)])


def facts(r: Report, source: str) -> dict[str, object]:
    return {f.key: f for f in r.facts if f.source == source}


def checks(r: Report) -> dict[str, bool]:
    return {c.rule: c.passed for c in r.checks}


PERIOD_2016 = "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。"
PERIOD_2017 = "本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。"

# ---------------------------------------------------------------------------------------------------------------
# 1. The e2014 statistics form (附表 政府信息公开情况统计表), as seed 002 prints it, in four layouts
# ---------------------------------------------------------------------------------------------------------------

FORM_ROWS: list[tuple[str, str, str]] = [
    ("一、主动公开情况", "", ""),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "512"),
    ("其中：主动公开规范性文件数", "条", "9"),
    ("制发规范性文件总数", "件", "11"),
    ("（二）通过不同渠道和方式公开政府信息的情况", "", ""),
    ("1.政府公报公开政府信息数", "条", "0"),
    ("2.政府网站公开政府信息数", "条", "498"),
    ("3.政务微博公开政府信息数", "条", "61"),
    ("4.政务微信公开政府信息数", "条", "143"),
    ("5.其他方式公开政府信息数", "条", "27"),
    ("二、回应解读情况", "", ""),
    ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "6"),
    ("（二）通过不同渠道和方式回应解读的情况", "", ""),
    ("1.参加或举办新闻发布会总次数", "次", "5"),
    ("其中：主要负责同志参加新闻发布会次数", "次", "2"),
    ("2.政府网站在线访谈次数", "次", "3"),
    ("其中：主要负责同志参加政府网站在线访谈次数", "次", "1"),
    ("3.政策解读稿件发布数", "篇", "14"),
    ("4.微博微信回应事件数", "次", "4"),
    ("5.其他方式回应事件数", "次", "1"),
    ("三、依申请公开情况", "", ""),
    ("（一）收到申请数", "件", "23"),
    ("1.当面申请数", "件", "9"),
    ("2.传真申请数", "件", "1"),
    ("3.网络申请数", "件", "10"),
    ("4.信函申请数", "件", "3"),
    ("（二）申请办结数", "件", "23"),
    ("1.按时办结数", "件", "21"),
    ("2.延期办结数", "件", "2"),
    ("（三）申请答复数", "件", "23"),
    ("1.属于已主动公开范围数", "件", "3"),
    ("2.同意公开答复数", "件", "10"),
    ("3.同意部分公开答复数", "件", "2"),
    ("4.不同意公开答复数", "件", "4"),
    ("其中：涉及国家秘密", "件", "1"),
    ("涉及商业秘密", "件", "0"),
    ("涉及个人隐私", "件", "2"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "0"),
    ("不是《条例》所指政府信息", "件", "1"),
    ("法律法规规定的其他情形", "件", "0"),
    ("5.不属于本行政机关公开数", "件", "2"),
    ("6.申请信息不存在数", "件", "1"),
    ("7.告知作出更改补充数", "件", "1"),
    ("8.告知通过其他途径办理数", "件", "0"),
    ("四、行政复议数量", "件", "3"),
    ("（一）维持具体行政行为数", "件", "2"),
    ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "1"),
    ("五、行政诉讼数量", "件", "2"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "1"),
    ("（二）被依法纠错数", "件", "1"),
    ("（三）其他情形数", "件", "0"),
    ("六、举报投诉数量", "件", "0"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
    ("八、机构建设和保障经费情况", "", ""),
    ("（一）政府信息公开工作专门机构数", "个", "1"),
    ("（二）设置政府信息公开查阅点数", "个", "3"),
    ("（三）从事政府信息公开工作人员数", "人", "4"),
    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "1"),
    ("2.兼职人员数", "人", "3"),
    ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "2.5"),
    ("九、政府信息公开会议和培训情况", "", ""),
    ("（一）召开政府信息公开工作会议或专题会议数", "次", "2"),
    ("（二）举办各类培训班数", "次", "1"),
    ("（三）接受培训人员数", "人次", "38"),
]

FORM_EXPECT: dict[str, float] = {
    "active.items_total": 512, "active.normative.published": 9, "active.normative.issued_total": 11,
    "active.channel.gazette": 0, "active.channel.website": 498, "active.channel.weibo": 61,
    "active.channel.wechat": 143, "active.channel.other": 27,
    "response.hot_topics": 6, "response.press_conf": 5, "response.press_conf_by_head": 2,
    "response.online_interviews": 3, "response.online_interviews_by_head": 1, "response.interpretations": 14,
    "response.weibo_wechat_events": 4, "response.other_events": 1,
    "apply.received.total": 23, "apply.channel.in_person": 9, "apply.channel.fax": 1, "apply.channel.online": 10,
    "apply.channel.letter": 3, "apply.closed.total": 23, "apply.closed.on_time": 21, "apply.closed.extended": 2,
    "apply.answer.total": 23, "apply.answer.already_public": 3, "apply.answer.granted": 10,
    "apply.answer.partial": 2, "apply.answer.denied": 4, "apply.answer.denied.state_secret": 1,
    "apply.answer.denied.commercial_secret": 0, "apply.answer.denied.privacy": 2,
    "apply.answer.denied.security_stability": 0, "apply.answer.denied.not_gov_info": 1,
    "apply.answer.denied.law_other": 0, "apply.answer.not_this_agency": 2, "apply.answer.not_exist": 1,
    "apply.answer.ask_correction": 1, "apply.answer.other_channel": 0,
    "review.total": 3, "review.upheld": 2, "review.corrected": 0, "review.other": 1,
    "litigation.total": 2, "litigation.upheld": 1, "litigation.corrected": 1, "litigation.other": 0,
    "complaint.total": 0, "fee.request_fees": 0,
    "org.dedicated_units": 1, "org.reading_points": 3, "org.staff_total": 4, "org.staff_fulltime": 1,
    "org.staff_parttime": 3, "org.budget": 2.5,
    "training.meetings": 2, "training.courses": 1, "training.trainees": 38,
}

FORM_UNITS = {"active.items_total": "条", "response.interpretations": "篇", "fee.request_fees": "万元",
              "org.budget": "万元", "org.staff_total": "人", "org.reading_points": "个", "training.trainees": "人次",
              "apply.received.total": "件", "response.press_conf": "次"}

FORM_INTRO = [PERIOD_2016, "一、概述", "2016年，我局按照县政务公开办的部署推进政府信息公开工作。",
              "附表：", "政府信息公开情况统计表"]
FORM_URL = "http://www.hsxnyj.gov.cn/art/2017/2/24/art_1204_87331.html"
FORM_TITLE = "某县农业局2016年政府信息公开工作年度报告"


def form_html_table(rows: list[tuple[str, str, str]]) -> str:
    trs = "".join(f"<tr><td>{html.escape(a)}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    return ('<table border="1" cellspacing="0"><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>'
            f"{trs}</table><p>单位负责人：某某　审核人：某某　填报人：某某　填表日期：2017年1月12日</p>")


def form_layout(layout: str) -> tuple[list[str], str]:
    if layout == "html":
        return FORM_INTRO, form_html_table(FORM_ROWS)
    if layout == "pipe":
        lines = ["统计指标 | 单位 | 统计数"] + [f"{a} | {b} | {c}" for a, b, c in FORM_ROWS]
        return FORM_INTRO + lines, ""
    if layout == "space":
        lines = ["统计指标 单位 统计数"] + [" ".join(x for x in (a, b, c) if x) for a, b, c in FORM_ROWS]
        return FORM_INTRO + lines, ""
    # "multiline": the stored-page flattening where every cell starts a new line with a leading pipe
    lines = ["统计指标", "| 单位", "| 统计数", "|"]
    for a, b, c in FORM_ROWS:
        lines += [a, f"| {b}" if b else "|", f"| {c}" if c else "|", "|"]
    return FORM_INTRO + lines, ""


LAYOUTS = ["html", "pipe", "space", "multiline"]


@pytest.mark.parametrize("layout", [pytest.param(x, id=f"form-{x}-all-keys") for x in LAYOUTS])
def test_form_all_keys(layout: str) -> None:
    paras, table = form_layout(layout)
    r = parse(FORM_URL, FORM_TITLE, paras, table=table, agency="某县农业局", date="2017-02-24")
    got = {k: f.value for k, f in facts(r, "table").items()}
    assert {k: got.get(k) for k in FORM_EXPECT} == FORM_EXPECT
    assert r.template == "e2014" and r.year == 2016 and r.year_source == "period"


@pytest.mark.parametrize("layout", [pytest.param(x, id=f"form-{x}-units") for x in LAYOUTS[:2]])
def test_form_units(layout: str) -> None:
    paras, table = form_layout(layout)
    r = parse(FORM_URL, FORM_TITLE, paras, table=table)
    tf = facts(r, "table")
    assert {k: tf[k].unit for k in FORM_UNITS if k in tf} == FORM_UNITS


@pytest.mark.parametrize("layout", [pytest.param(x, id=f"form-{x}-checks-pass") for x in LAYOUTS[:2]])
def test_form_checks_all_pass(layout: str) -> None:
    paras, table = form_layout(layout)
    r = parse(FORM_URL, FORM_TITLE, paras, table=table)
    c = checks(r)
    for rule in ("O1", "O2", "O3", "O4", "O5.review", "O5.litigation", "O6.staff"):
        assert c.get(rule) is True, rule


def test_form_seed002_review_violation_reported() -> None:
    """Seed 002 shape: 行政复议数量 22 but 15+0+6 = 21. The validator reports it and keeps the printed values."""
    rows = [("四、行政复议数量", "件", "17"), ("（一）维持具体行政行为数", "件", "11"), ("（二）被依法纠错数", "件", "0"),
            ("（三）其他情形数", "件", "5"), ("五、行政诉讼数量", "件", "0"),
            ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "0"), ("（二）被依法纠错数", "件", "0"),
            ("（三）其他情形数", "件", "0")]
    r = parse(FORM_URL, FORM_TITLE, FORM_INTRO, table=form_html_table(rows))
    assert facts(r, "table")["review.total"].value == 17
    c = checks(r)
    assert c["O5.review"] is False and c["O5.litigation"] is True


def test_form_channel_sum_violation_reported() -> None:
    rows = [("（一）收到申请数", "件", "6"), ("1.当面申请数", "件", "2"), ("2.传真申请数", "件", "0"),
            ("3.网络申请数", "件", "2"), ("4.信函申请数", "件", "1")]
    r = parse(FORM_URL, FORM_TITLE, FORM_INTRO, table=form_html_table(rows))
    assert checks(r)["O1"] is False


def test_form_seq_column_dashes_blanks_and_proposal_row() -> None:
    """Local copy with a 序号 column, '——' in the unit column of headings, and 一/—/空/无 in value cells."""
    rows = [("1", "一、主动公开情况", "——", ""),
            ("2", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "2,318"),
            ("3", "其中：主动公开规范性文件数", "条", "—"),
            ("4", "人大代表建议和政协提案办理结果公开数", "件", "37"),
            ("5", "三、依申请公开情况", "——", ""),
            ("6", "（一）收到申请数", "件", "4"), ("7", "1.当面申请数", "件", "/"), ("8", "2.传真申请数", "件", ""),
            ("9", "3.网络申请数", "件", "4"), ("10", "4.信函申请数", "件", "无"),
            ("11", "七、依申请公开信息收取的费用", "万元", "0.015")]
    trs = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>" for row in rows)
    table = f"<table><tr><td>序号</td><td>统计指标</td><td>单位</td><td>统计数</td></tr>{trs}</table>"
    r = parse(FORM_URL, FORM_TITLE, FORM_INTRO, table=table)
    tf = facts(r, "table")
    got = {k: (tf[k].value, tf[k].value_flag) for k in tf}
    assert got == {
        "active.items_total": (2318, None), "active.normative.published": (0, "dash"),
        "proposal.results_published": (37, None), "apply.received.total": (4, None),
        "apply.channel.in_person": (0, "slash"), "apply.channel.fax": (0, "blank"),
        "apply.channel.online": (4, None), "apply.channel.letter": (0, "wu"), "fee.request_fees": (0.015, None),
    }
    assert tf["fee.request_fees"].unit == "万元"


def test_form_label_variants() -> None:
    """2.7 variants: 网上申请数 = 网络申请数, 不予公开答复数 = 不同意公开答复数; extra 电子邮件 channel kept."""
    rows = [("（一）收到申请数", "件", "8"), ("1.当面申请数", "件", "1"), ("2.传真申请数", "件", "0"),
            ("3.网上申请数", "件", "5"), ("4.电子邮件申请数", "件", "1"), ("5.信函申请数", "件", "1"),
            ("（三）申请答复数", "件", "8"), ("2.同意公开答复数", "件", "5"), ("4.不予公开答复数", "件", "3")]
    r = parse(FORM_URL, FORM_TITLE, FORM_INTRO, table=form_html_table(rows))
    got = {k: f.value for k, f in facts(r, "table").items()}
    assert got["apply.channel.online"] == 5 and got["apply.channel.email"] == 1
    assert got["apply.answer.denied"] == 3 and got["apply.answer.granted"] == 5
    assert checks(r)["O1"] is True


def test_form_gbk_fullwidth_digits_units_in_cells_wrapped_label() -> None:
    rows = [("（一）主动公开政府信息数（不同渠道和方式公开相同信\n息计1条）", "条", "７４６条"),
            ("（一）收到申请数", "件", "１５件"), ("1.当面申请数", "件", "１５"), ("四、行政复议数量", "件", "０")]
    r = parse(FORM_URL, FORM_TITLE, FORM_INTRO, table=form_html_table(rows), charset="gbk")
    got = {k: f.value for k, f in facts(r, "table").items()}
    assert got == {"active.items_total": 746, "apply.received.total": 15, "apply.channel.in_person": 15,
                   "review.total": 0}


def test_form_remark_column_ignored() -> None:
    rows = [("（一）主动公开政府信息数", "条", "88", ""), ("（一）收到申请数", "件", "2", "含电子邮件1件"),
            ("1.当面申请数", "件", "1", ""), ("四、行政复议数量", "件", "0", "")]
    trs = "".join("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in row) + "</tr>" for row in rows)
    table = f"<table><tr><td>统计指标</td><td>单位</td><td>统计数</td><td>备注</td></tr>{trs}</table>"
    r = parse(FORM_URL, FORM_TITLE, FORM_INTRO, table=table)
    got = {k: f.value for k, f in facts(r, "table").items()}
    assert got == {"active.items_total": 88, "apply.received.total": 2, "apply.channel.in_person": 1,
                   "review.total": 0}


# ---------------------------------------------------------------------------------------------------------------
# 2. Metadata of e2014-era pages
# ---------------------------------------------------------------------------------------------------------------


def test_meta_sections_six_items() -> None:
    paras = [PERIOD_2016, "一、概述", "2016年，我局认真贯彻落实《条例》。", "二、主动公开政府信息情况",
             "全年主动公开政府信息131条。", "三、依申请公开政府信息和不予公开政府信息情况", "全年收到政府信息公开申请2件。",
             "四、政府信息公开的收费及减免情况", "未收取任何费用。", "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
             "全年未发生。", "六、政府信息公开工作存在的主要问题及改进情况", "部分栏目更新不够及时。"]
    r = parse("http://www.xyx.gov.cn/art/2017/3/2/art_2201_5512.html", "某县林业局2016年政府信息公开工作年度报告",
              paras, agency="某县林业局", date="2017-03-02")
    assert [s.number for s in r.sections] == ["一", "二", "三", "四", "五", "六"]
    assert r.sections[2].title == "依申请公开政府信息和不予公开政府信息情况"
    assert (r.agency, r.agency_type, r.year, r.template, r.published) == (
        "某县林业局", "department", 2016, "e2014", "2017-03-02")


def test_meta_period_beats_wrong_title_year() -> None:
    """Real pattern: the opening sentence says 'X年度' but the 统计期限 sentence gives the next year."""
    paras = ["根据《中华人民共和国政府信息公开条例》规定，向社会公布2015年度本局政府信息公开年度报告。",
             "本报告中所列数据的统计期限自2016年1月1日起至2016年12月30日止。",
             "（一）通过县政府门户网站公开信息。全年县政府门户网站挂网信息33条。"]
    r = parse("http://www.xhtx.gov.cn/c1178/201703/a1b2c3.shtml", "县交通运输局2015年度政府信息公开年度报告", paras,
              agency="县交通运输局", date="2017-03-06")
    assert (r.year, r.year_source) == (2016, "period")


def test_meta_township_title_year() -> None:
    paras = ["二、政府信息主动公开情况", "2015年我镇主动公开政府信息数97条，其中，综合政务41条；财政信息6条。"]
    r = parse("http://www.xpx.gov.cn/zwgk/zfxxgknb/2015n/201601/t20160112_1102.html", "龙溪镇2015年政府信息公开工作年度报告",
              paras, agency="龙溪镇人民政府", date="2016-01-12")
    assert (r.agency_type, r.year, r.template) == ("township", 2015, "e2014")
    assert facts(r, "text")["active.items_total"].value == 97


# ---------------------------------------------------------------------------------------------------------------
# 3. Prose facts that the parser gets right (pinned)
# ---------------------------------------------------------------------------------------------------------------

TEXT_OK = [
    pytest.param(
        ["三、政府信息依申请公开情况",
         "本局2016年共受理信息公开申请14件，其中当面申请3宗，网上申请10宗，信函申请1宗。",
         "在已经答复的13件申请中，“同意公开”的9件，占总数的69%。",
         "“同意部分公开”2件，主要涉及规划图纸中的个人信息。",
         "“不予公开”的1件，主要是因为属于内部管理信息；",
         "“信息不存在”的1件。"],
        {"apply.received.total": 14, "apply.channel.in_person": 3, "apply.channel.online": 10,
         "apply.channel.letter": 1, "apply.answer.total": 13, "apply.answer.granted": 9, "apply.answer.partial": 2,
         "apply.answer.denied": 1, "apply.answer.not_exist": 1},
        id="prose-quoted-outcomes-zong"),
    pytest.param(
        ["二、主动公开政府信息情况", "2016年度，街道主动公开的信息共计742条。其中，通过政府网站公开信息210条，"
         "政务微信公开信息488条，其他方式公开信息44条。"],
        {"active.items_total": 742, "active.channel.website": 210, "active.channel.wechat": 488,
         "active.channel.other": 44},
        id="prose-channels-street"),
    pytest.param(
        ["（一）主动公开政府信息数量", "2016年全市主动公开政府信息86412条。其中，通过政府公报公开信息24条，政府网站公开政府信息"
         "70115条，政务微博公开政府信息8023条，政务微信公开政府信息6190条，其他方式公开政府信息2060条。"],
        {"active.items_total": 86412, "active.channel.gazette": 24, "active.channel.website": 70115,
         "active.channel.weibo": 8023, "active.channel.wechat": 6190, "active.channel.other": 2060},
        id="prose-five-channels-city"),
    pytest.param(
        ["回应公众关注热点或重大舆情5次。通过不同渠道和方式回应解读情况：举办新闻发布会6次，组织政府网站在线访谈1次，"
         "发布政策解读稿11篇，通过微博微信回应事件2次，通过新闻媒体等其他方式回应事件4次。"],
        {"response.hot_topics": 5, "response.press_conf": 6, "response.online_interviews": 1,
         "response.interpretations": 11, "response.weibo_wechat_events": 2, "response.other_events": 4},
        id="prose-response-block"),
    pytest.param(
        ["全县各级各部门主动公开政府信息共计9321条。受理公民、法人和其他组织提出的政府信息公开申请5件，按时办结5件。",
         "2016年全县共受理行政复议3件，其中维持具体行政行为2件。"],
        {"active.items_total": 9321, "apply.received.total": 5, "apply.closed.on_time": 5, "review.total": 3,
         "review.upheld": 2},
        id="prose-county-summary"),
    pytest.param(
        ["到2016年底累计共主动公开政府信息2145条，其中2016年主动公开政府信息168条，其中全文电子化率达100%。",
         "2016年，收到政府信息公开申请3件，均告知其已公开信息的获取方式和途径。"],
        {"active.items_total": 168, "active.items_fulltext_e_pct": 100, "apply.received.total": 3},
        id="prose-cumulative-vs-year"),
    pytest.param(
        ["2016年，共制作政府信息2410条，其中主动公开信息866条，依申请公开信息301条，不予公开信息1243条。"],
        {"active.items_total": 866},
        id="prose-fujian-attribute-split-with-xinxi"),
    pytest.param(
        ["2017年，主动公开政府工作信息、动态412多条。"], {"active.items_total": 412}, id="prose-approx-duo"),
    pytest.param(
        ["全年受理政府信息公开申请十二件。"], {"apply.received.total": 12}, id="prose-chinese-numeral"),
    pytest.param(
        ["本局2016年度依申请公开收取的费用（检索费、邮寄费、复制费等）为0元。"], {"fee.request_fees": 0},
        id="prose-fee-zero-yuan"),
    pytest.param(
        ["全年收取检索费、复制费共计85元。"], {"fee.request_fees": 85}, id="prose-fee-yuan"),
    pytest.param(
        ["全县设置政府信息公开查阅点19个，从事政府信息公开工作人员41人，其中专职人员6人，兼职人员35人。"],
        {"org.reading_points": 19, "org.staff_total": 41, "org.staff_fulltime": 6, "org.staff_parttime": 35},
        id="prose-org-staff"),
    pytest.param(
        ["九、政府信息公开会议和培训情况", "全年举办各类培训班3次，接受培训人员120人次。"],
        {"training.courses": 3, "training.trainees": 120}, id="prose-training-courses"),
    pytest.param(
        ["全年收到政府信息公开申请9件，其中当面申请2件、传真申请1件、网络申请5件、信函申请1件。申请办结9件，其中按时办结8件，"
         "延期办结1件。答复情况：属于已主动公开范围2件，同意公开答复4件，同意部分公开答复1件，不同意公开答复1件（涉及个人隐私1件），"
         "申请信息不存在1件。"],
        {"apply.received.total": 9, "apply.channel.in_person": 2, "apply.channel.fax": 1, "apply.channel.online": 5,
         "apply.channel.letter": 1, "apply.closed.total": 9, "apply.closed.on_time": 8, "apply.closed.extended": 1,
         "apply.answer.already_public": 2, "apply.answer.granted": 4, "apply.answer.partial": 1,
         "apply.answer.denied": 1, "apply.answer.denied.privacy": 1, "apply.answer.not_exist": 1},
        id="prose-form-order-sentences"),
    pytest.param(
        ["2016年全鎮政務網站、微信、微博共發布各類信息1911條，其中網站（含轉發）204條，微信（含轉發）733條、微博"
         "（含轉發）974條。", "2016年，政府信息依申請公開系統共收到2宗信息申請。"],
        {"active.channel.website": 204, "active.channel.wechat": 733, "active.channel.weibo": 974,
         "apply.received.total": 2},
        id="prose-traditional-township"),
]


@pytest.mark.parametrize(("paras", "expect"), TEXT_OK)
def test_text_facts(paras: list[str], expect: dict[str, float]) -> None:
    r = parse("http://www.xyz.gov.cn/art/2017/3/10/art_1229_50011.html", "某区2016年政府信息公开工作年度报告",
              [PERIOD_2016, *paras], agency="某区人民政府办公室")
    tf = facts(r, "text")
    assert {k: (tf[k].value if k in tf else None) for k in expect} == expect


ZERO_OK = [
    pytest.param("2016年度，本局未收到政府信息公开申请。", "apply.received.total", id="zero-no-request"),
    pytest.param("2016年度，本局没有向申请人收取任何费用。", "fee.none", id="zero-fee-none"),
    pytest.param("2016年度未发生因政府信息公开申请行政复议和提起行政诉讼的情况。", "review.total", id="zero-review"),
    pytest.param("2016年度未发生因政府信息公开申请行政复议和提起行政诉讼的情况。", "litigation.total",
                 id="zero-litigation"),
]


@pytest.mark.parametrize(("sentence", "key"), ZERO_OK)
def test_text_zero_statements(sentence: str, key: str) -> None:
    r = parse("http://www.xyz.gov.cn/art/2017/3/10/art_1229_50012.html", "某区民政局2016年政府信息公开工作年度报告",
              [PERIOD_2016, sentence], agency="某区民政局")
    f = facts(r, "text")[key]
    assert (f.value, f.value_flag) == (0, "wu")


def test_text_channel_exceeds_total_reported_soft() -> None:
    """O7: a township whose new-media counts exceed its 主动公开 total (re-posts) -> soft check fails, values kept."""
    paras = [PERIOD_2016, "2016年镇政府信息公开全年发布各类信息183条，其中机构概况类4条，业务类22条。",
             "2016年政务网站、微信、微博共发布各类信息1507条，其中网站（含转发）240条，微信（含转发）512条、微博（含转发）755条。"]
    r = parse("http://www.xyz.gov.cn/art/2017/3/10/art_1229_50013.html", "某镇2016年度政府信息公开年度报告", paras,
              agency="某镇人民政府")
    tf = facts(r, "text")
    assert tf["active.items_total"].value == 183
    c = checks(r)
    assert c["O7.website"] is False and c["O7.weibo"] is False


# ---------------------------------------------------------------------------------------------------------------
# 4. Discrepancies found on real e2014-era reports (each case reproduces one pattern; failing cases stay failing)
# ---------------------------------------------------------------------------------------------------------------


def _text(paras: list[str], title: str = "某县人民政府2017年政府信息公开工作年度报告") -> dict[str, object]:
    r = parse("http://www.abc.gov.cn/art/2018/2/6/art_3301_77120.html", title, [PERIOD_2017, *paras])
    return {k: f.value for k, f in facts(r, "text").items()}


def test_fp_category_subset_is_not_website_channel() -> None:
    """'在网站上主动公开的政府信息中便民办事服务信息N条' is a topic breakdown, not the website channel count."""
    got = _text(["2017年，我局在市政府门户网站和本局门户网站信息公开栏目主动公开政府信息213条。在网站上主动公开的政府信息中"
                 "便民办事服务信息9条，与民互动交流信息4条，其他信息200条。"])
    assert got.get("active.items_total") == 213
    assert got.get("active.channel.website") != 9


def test_fp_meeting_info_on_website_is_not_website_channel() -> None:
    """'在政府网站公开…会议信息N条' counts one topic; a reader does not record it as the website channel total."""
    got = _text(["今年以来，在政府网站公开全市防汛工作会议、常务会议信息52条，以及公开政府及部门制定的政策文件41条。"])
    assert "active.channel.website" not in got


def test_fp_gazette_count_is_not_items_total() -> None:
    """'通过《X市人民政府公报》公开…信息N条' is the gazette channel; it is not the 主动公开 total."""
    got = _text(["通过《某市人民政府公报》公开市政府规章、规范性文件、人事任免等方面信息74条，全年共印发12期。"])
    assert got.get("active.items_total") != 74


def test_gazette_named_count_is_gazette_channel() -> None:
    got = _text(["通过《某市人民政府公报》公开市政府规章、规范性文件、人事任免等方面信息74条，全年共印发12期。"])
    assert got.get("active.channel.gazette") == 74


def test_fp_fujian_attribute_split_not_requests() -> None:
    """'共制作政府信息N条，其中主动公开A条，依申请公开B条，不予公开C条' classifies documents by disclosure attribute:
    B is not a number of requests received."""
    got = _text(["本年度共制作政府信息236条，其中主动公开71条，依申请公开5条，不予公开160条。"])
    assert "apply.received.total" not in got


def test_fp_fujian_attribute_split_not_denied_answers() -> None:
    got = _text(["本年度共制作政府信息236条，其中主动公开71条，依申请公开5条，不予公开160条。"])
    assert "apply.answer.denied" not in got


def test_fujian_attribute_split_active_total() -> None:
    got = _text(["本年度共制作政府信息236条，其中主动公开71条，依申请公开5条，不予公开160条。"])
    assert got.get("active.items_total") == 71


def test_proposal_combined_results_key() -> None:
    """The e2014 row '人大代表建议和政协提案办理结果公开数' is one count: proposal.results_published (2.4)."""
    got = _text(["一、主动公开情况", "全年人大代表建议和政协提案办理结果公开52件。"])
    assert got.get("proposal.results_published") == 52
    assert "proposal.cppcc_published" not in got


def test_press_conf_by_head_prose() -> None:
    got = _text(["二、回应解读情况", "参加或举办新闻发布会8次，其中主要负责同志参加新闻发布会3次。"])
    assert (got.get("response.press_conf"), got.get("response.press_conf_by_head")) == (8, 3)


def test_online_interviews_by_head_prose() -> None:
    got = _text(["二、回应解读情况", "组织政府网站在线访谈5次，其中主要负责同志参加政府网站在线访谈2次。"])
    assert (got.get("response.online_interviews"), got.get("response.online_interviews_by_head")) == (5, 2)


def test_budget_prose() -> None:
    got = _text(["八、机构建设和保障经费情况", "全县政府信息公开专项经费为4.6万元。"])
    assert got.get("org.budget") == 4.6


def test_training_meetings_prose() -> None:
    got = _text(["九、政府信息公开会议和培训情况", "全年召开政府信息公开工作会议或专题会议4次，举办各类培训班2次。"])
    assert (got.get("training.meetings"), got.get("training.courses")) == (4, 2)


def test_complaint_count_prose() -> None:
    got = _text(["五、行政复议、行政诉讼和举报投诉情况", "全年收到有关政府信息公开的举报投诉3件，均已办结。"])
    assert got.get("complaint.total") == 3


def test_complaint_none_prose() -> None:
    got = _text(["五、行政复议、行政诉讼和举报投诉情况", "全年未收到有关政府信息公开的举报投诉。"])
    assert got.get("complaint.total") == 0


def test_litigation_upheld_long_label_prose() -> None:
    got = _text(["因政府信息公开被提起行政诉讼2件，其中维持具体行政行为或者驳回原告诉讼请求2件。"])
    assert (got.get("litigation.total"), got.get("litigation.upheld")) == (2, 2)


def test_training_under_combined_heading_prose() -> None:
    """Jilin-style heading '机构建设、保障经费和培训会议情况' (2016-2018 reports): the form rows restated in prose."""
    got = _text(["六、机构建设、保障经费和培训会议情况", "全年举办各类培训班3次，接受培训人员95人次。"])
    assert (got.get("training.courses"), got.get("training.trainees")) == (3, 95)


def test_dedicated_units_prose() -> None:
    got = _text(["八、机构建设和保障经费情况", "全县设立政府信息公开工作专门机构1个，设置政府信息公开查阅点12个。"])
    assert (got.get("org.dedicated_units"), got.get("org.reading_points")) == (1, 12)


def test_answer_total_bare_prose() -> None:
    """'答复N件，其中…' (form order, after 办结) states 申请答复数."""
    got = _text(["全年共收到政府信息公开申请17件，申请办结17件。答复17件，其中同意公开答复12件，同意部分公开答复2件，"
                 "申请信息不存在3件。"])
    assert got.get("apply.answer.total") == 17
