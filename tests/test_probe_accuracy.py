"""Independent accuracy probe of `parse_report` (built from the spec and from how portals publish, not from the code).

Each case builds the HTML bytes of a realistic portal page, parses it and asserts what a careful human reader would
record: metadata (agency, agency_type, region_code, year, edition, template), t2019 keys, e2008 prose statistics,
derived headline keys, consistency checks firing exactly on injected inconsistencies, and page shapes (multi-page,
iframes, long chrome, thead/th, trailing empty columns, note rows, units in cells, dashes, full-width digits).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# page builders
# ---------------------------------------------------------------------------------------------------------------

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

NAV = "".join(f'<li><a href="/col/col{1000 + i}/index.html">栏目{i}</a></li>' for i in range(12))


def chrome_page(title: str, content: str, *, meta: str = "", footer_code: str = "", date: str = "2022-01-20",
                charset: str = "utf-8", long_chrome: bool = False, site: str = "某某市人民政府") -> bytes:
    """A Hanweb/TRS-like article page: header nav, breadcrumb, metadata block, article, footer."""
    nav = NAV * (40 if long_chrome else 1)
    side = ""
    if long_chrome:
        side = "<div class='side'><h3>热点新闻</h3><ul>" + "".join(
            f"<li><a href='/art/2021/{i % 12 + 1}/1/art_1_{i}.html'>关于开展第{i}批重点项目集中开工活动的通知及有关工作安排</a>"
            f"<span>2021-0{i % 9 + 1}-1{i % 9}</span></li>" for i in range(150)) + "</ul></div>"
    foot = f"<p>网站标识码：{footer_code}</p>" if footer_code else ""
    doc = f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}_{site}</title></head>
<body><div class="header"><div class="logo">{site}</div><ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
{side}
<div class="xxgk-meta"><table class="meta">{meta}</table></div>
<div class="article"><h1 class="title">{title}</h1>
<div class="info">发布日期：{date} 来源：{site} 浏览次数：123</div>
<div id="zoom" class="TRS_Editor">{content}</div></div>
<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办：{site}办公室 承办：{site}大数据中心</p><p>ICP备案：浙ICP备05001234号</p>{foot}
<p>政府网站找错</p></div></body></html>"""
    return doc.encode(charset)


def meta_block(index_no: str = "", publisher: str = "", date: str = "") -> str:
    cells = []
    if index_no:
        cells.append(f"<tr><td>索引号：</td><td>{index_no}</td><td>分类：</td><td>政府信息公开年报</td></tr>")
    if publisher:
        cells.append(f"<tr><td>发布机构：</td><td>{publisher}</td><td>发文日期：</td><td>{date}</td></tr>")
    return "".join(cells)


def p(text: str) -> str:
    return f"<p>{text}</p>"


def table(rows: list[list[str]], *, attrs: str = 'border="1"') -> str:
    return f"<table {attrs}><tbody>" + "".join("<tr>" + "".join(rows_) + "</tr>" for rows_ in rows) + "</tbody></table>"


def td(text: object, rowspan: int = 1, colspan: int = 1, tag: str = "td") -> str:
    span = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    return f"<{tag}{span}>{text}</{tag}>"


# --- t2021 -----------------------------------------------------------------------------------------------------

SEC3_2021 = [  # (row key, level-2 label or None, level-3 label or None, category)
    ("apply.outcome.granted", "（一）予以公开", None, None),
    ("apply.outcome.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None, None),
    ("apply.outcome.withheld.state_secret", "（三）不予公开", "1.属于国家秘密", "withheld"),
    ("apply.outcome.withheld.law_prohibited", None, "2.其他法律行政法规禁止公开", "withheld"),
    ("apply.outcome.withheld.security_stability", None, "3.危及“三安全一稳定”", "withheld"),
    ("apply.outcome.withheld.third_party", None, "4.保护第三方合法权益", "withheld"),
    ("apply.outcome.withheld.internal_affairs", None, "5.属于三类内部事务信息", "withheld"),
    ("apply.outcome.withheld.process_info", None, "6.属于四类过程性信息", "withheld"),
    ("apply.outcome.withheld.enforcement_file", None, "7.属于行政执法案卷", "withheld"),
    ("apply.outcome.withheld.admin_query", None, "8.属于行政查询事项", "withheld"),
    ("apply.outcome.unavailable.not_held", "（四）无法提供", "1.本机关不掌握相关政府信息", "unavailable"),
    ("apply.outcome.unavailable.needs_creation", None, "2.没有现成信息需要另行制作", "unavailable"),
    ("apply.outcome.unavailable.unclear", None, "3.补正后申请内容仍不明确", "unavailable"),
    ("apply.outcome.not_processed.petition", "（五）不予处理", "1.信访举报投诉类申请", "not_processed"),
    ("apply.outcome.not_processed.duplicate", None, "2.重复申请", "not_processed"),
    ("apply.outcome.not_processed.publication", None, "3.要求提供公开出版物", "not_processed"),
    ("apply.outcome.not_processed.mass_repeat", None, "4.无正当理由大量反复申请", "not_processed"),
    ("apply.outcome.not_processed.confirm_reissue", None, "5.要求行政机关确认或重新出具已获取信息", "not_processed"),
    ("apply.outcome.other.no_correction", "（六）其他处理",
     "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other"),
    ("apply.outcome.other.fee_unpaid", None,
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other"),
    ("apply.outcome.other.misc", None, "3.其他", "other"),
    ("apply.outcome.total", "（七）总计", None, None),
]
CAT_SPAN = {"withheld": 8, "unavailable": 3, "not_processed": 5, "other": 3}

# a consistent data set (R1, R2, R3 hold in every column)
BASE3: dict[str, list[int]] = {
    "apply.received_new": [10, 3, 0, 0, 1, 0, 14],
    "apply.carried_in": [2, 0, 0, 0, 0, 0, 2],
    "apply.outcome.granted": [5, 1, 0, 0, 1, 0, 7],
    "apply.outcome.partial": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.withheld.third_party": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.unavailable.not_held": [2, 1, 0, 0, 0, 0, 3],
    "apply.outcome.not_processed.duplicate": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.total": [10, 2, 0, 0, 1, 0, 13],
    "apply.carried_out": [2, 1, 0, 0, 0, 0, 3],
}
BASE4 = [1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1]


def cell_text(v: object) -> str:
    return "0" if v is None else str(v)


def sec3_2021(data: dict[str, list[object]] | None = None, *, blank: str | None = None,
              cat_values: dict[str, list[object]] | None = None, header_tag: str = "td",
              thead: bool = False, trailing_empty: int = 0, note: str = "") -> str:
    """Section 三 grid as Word exports it (3 header rows, label cells with rowspan)."""
    data = BASE3 if data is None else data
    cat_values = cat_values or {}
    extra = "".join(td("") for _ in range(trailing_empty))

    def vals(key: str) -> str:
        row = data.get(key)
        if row is None:
            return "".join(td(blank if blank is not None else "0") for _ in range(7)) + extra
        return "".join(td(cell_text(v)) for v in row) + extra

    h = header_tag
    head = [
        [td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, h), td("申请人情况", 1, 7, h)
         + "".join(td("", 3, 1, h) for _ in range(trailing_empty))],
        [td("自然人", 2, 1, h), td("法人或其他组织", 1, 5, h), td("总计", 2, 1, h)],
        [td("商业企业", tag=h), td("科研机构", tag=h), td("社会公益组织", tag=h), td("法律服务机构", tag=h), td("其他", tag=h)],
    ]
    body = sec3_body(SEC3_2021, vals)
    if note:
        body.append([td(note, colspan=10)])
    if thead:
        return ('<table border="1"><thead>' + "".join("<tr>" + "".join(r) + "</tr>" for r in head) + "</thead><tbody>"
                + "".join("<tr>" + "".join(r) + "</tr>" for r in body) + "</tbody></table>")
    return table(head + body)


def sec3_body(rows: list[tuple[str, str | None, str | None, str | None]], vals: Callable[[str], str]) -> list[list[str]]:
    """The rows of section 三 under its header: 一/二, the outcome rows (labels with rowspans as Word prints
    them), 四; `vals(key)` gives a row's value cells."""
    body = [[td("一、本年新收政府信息公开申请数量", colspan=3), vals("apply.received_new")],
            [td("二、上年结转政府信息公开申请数量", colspan=3), vals("apply.carried_in")]]
    for i, (key, l2, l3, cat) in enumerate(rows):
        cells = [td("三、本年度办理结果", rowspan=len(rows))] if i == 0 else []
        if l3 is None:
            cells.append(td(l2, colspan=2))
        else:
            if l2 is not None:
                cells.append(td(l2, rowspan=CAT_SPAN[cat]))
            cells.append(td(l3))
        cells.append(vals(key))
        body.append(cells)
    body.append([td("四、结转下年度继续办理", colspan=3), vals("apply.carried_out")])
    return body


def sec4(values: list[object] | None = None) -> str:
    values = BASE4 if values is None else values
    heads5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return table([
        [td("行政复议", 1, 5), td("行政诉讼", 1, 10)],
        [*(td(w, 2) for w in heads5), td("未经复议直接起诉", 1, 5), td("复议后起诉", 1, 5)],
        [*(td(w) for w in heads5 * 2)],
        [*(td(cell_text(v)) for v in values)],
    ])


def sec2_2021(fee: str = "0") -> str:
    return "".join([
        table([[td("第二十条第（一）项", colspan=4)],
               [td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")],
               [td("规章"), td("0"), td("0"), td("0")],
               [td("行政规范性文件"), td("3"), td("1"), td("25")]]),
        table([[td("第二十条第（五）项", colspan=2)], [td("信息内容"), td("本年处理决定数量")],
               [td("行政许可"), td("1260")]]),
        table([[td("第二十条第（六）项", colspan=2)], [td("信息内容"), td("本年处理决定数量")],
               [td("行政处罚"), td("56")], [td("行政强制"), td("4")]]),
        table([[td("第二十条第（八）项", colspan=2)], [td("信息内容"), td("本年收费金额（单位：万元）")],
               [td("行政事业性收费"), td(fee)]]),
    ])


def t2021_body(agency: str = "某某区", *, year: int = 2021, s2: str | None = None, s3: str | None = None,
               s4: str | None = None, overview: str = "") -> str:
    return "".join([
        p(f"本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。本报告中所列数据的统计期限自{year}年1月1日起"
          f"至{year}年12月31日止。"),
        p("一、总体情况"),
        p(overview or f"{year}年，{agency}坚持以公开为常态、不公开为例外，全面推进政务公开工作。"),
        p("（一）主动公开"), p("全年主动公开政府信息1520条。"),
        p("二、主动公开政府信息情况"), s2 if s2 is not None else sec2_2021(),
        p("三、收到和处理政府信息公开申请情况"), s3 if s3 is not None else sec3_2021(),
        p("四、政府信息公开行政复议、行政诉讼情况"), s4 if s4 is not None else sec4(),
        p("五、存在的主要问题及改进情况"), p("一是公开内容不够全面；二是解读形式单一。下一步将加强培训。"),
        p("六、其他需要报告的事项"), p("本年度未收取信息处理费。"),
    ])


# --- t2019 -----------------------------------------------------------------------------------------------------

def sec2_2019(delta: str = "-8") -> str:
    return "".join([
        table([[td("第二十条第（一）项", colspan=4)],
               [td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")],
               [td("规章"), td("0"), td("0"), td("0")],
               [td("规范性文件"), td("4"), td("4"), td("37")]]),
        table([[td("第二十条第（五）项", colspan=4)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
               [td("行政许可"), td("120"), td(delta), td("980")],
               [td("其他对外管理服务事项"), td("15"), td("+2"), td("60")]]),
        table([[td("第二十条第（六）项", colspan=4)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")],
               [td("行政处罚"), td("300"), td("0"), td("45")],
               [td("行政强制"), td("20"), td("1"), td("3")]]),
        table([[td("第二十条第（八）项", colspan=3)],
               [td("信息内容"), td("上一年项目数量"), td("本年增/减")],
               [td("行政事业性收费"), td("6"), td("-1")]]),
        table([[td("第二十条第（九）项", colspan=3)],
               [td("信息内容"), td("采购项目数量"), td("采购总金额")],
               [td("政府集中采购"), td("12"), td("356.8")]]),
    ])


def sec3_2019(data: dict[str, list[object]] | None = None) -> str:
    data = data or {
        "apply.received_new": [6, 1, 0, 0, 0, 0, 7],
        "apply.carried_in": [0, 0, 0, 0, 0, 0, 0],
        "apply.outcome.granted": [3, 1, 0, 0, 0, 0, 4],
        "apply.outcome.unavailable.not_held": [1, 0, 0, 0, 0, 0, 1],
        "apply.outcome.other": [1, 0, 0, 0, 0, 0, 1],
        "apply.outcome.total": [5, 1, 0, 0, 0, 0, 6],
        "apply.carried_out": [1, 0, 0, 0, 0, 0, 1],
    }
    rows19 = [r for r in SEC3_2021 if not r[0].startswith("apply.outcome.other")]
    rows19.insert(-1, ("apply.outcome.other", "（六）其他处理", None, None))

    def vals(key: str) -> str:
        return "".join(td(cell_text(v)) for v in data.get(key, [0] * 7))

    head = [
        [td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), td("申请人情况", 1, 7)],
        [td("自然人", 2), td("法人或其他组织", 1, 5), td("总计", 2)],
        [td("商业企业"), td("科研机构"), td("社会公益组织"), td("法律服务机构"), td("其他")],
    ]
    return table(head + sec3_body(rows19, vals))


def t2019_body(agency: str, year: int = 2019) -> str:
    return "".join([
        p(f"本年度报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        p("一、总体情况"), p(f"{year}年，{agency}认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。"),
        p("二、主动公开政府信息情况"), sec2_2019(),
        p("三、收到和处理政府信息公开申请情况"), sec3_2019(),
        p("四、政府信息公开行政复议、行政诉讼情况"), sec4([0] * 15),
        p("五、存在的主要问题及改进情况"), p("主动公开的深度和广度有待加强。"),
        p("六、其他需要报告的事项"), p("无其他需要报告的事项。"),
    ])


# --- e2014 -----------------------------------------------------------------------------------------------------

E2014_ROWS = [  # (key, label, unit, value)
    ("active.items_total", "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 860),
    ("active.normative.published", "其中：主动公开规范性文件数", "条", 12),
    ("active.channel.gazette", "1.政府公报公开政府信息数", "条", 20),
    ("active.channel.website", "2.政府网站公开政府信息数", "条", 850),
    ("active.channel.weibo", "3.政务微博公开政府信息数", "条", 300),
    ("active.channel.wechat", "4.政务微信公开政府信息数", "条", 280),
    ("active.channel.other", "5.其他方式公开政府信息数", "条", 40),
    ("response.hot_topics", "（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", 5),
    ("response.press_conf", "1.参加或举办新闻发布会总次数", "次", 4),
    ("response.press_conf_by_head", "其中：主要负责同志参加新闻发布会次数", "次", 2),
    ("response.online_interviews", "2.政府网站在线访谈次数", "次", 3),
    ("response.online_interviews_by_head", "其中：主要负责同志参加政府网站在线访谈次数", "次", 1),
    ("apply.received.total", "（一）收到申请数", "件", 20),
    ("apply.channel.in_person", "1.当面申请数", "件", 5),
    ("apply.channel.fax", "2.传真申请数", "件", 0),
    ("apply.channel.online", "3.网络申请数", "件", 12),
    ("apply.channel.letter", "4.信函申请数", "件", 3),
    ("apply.closed.total", "（二）申请办结数", "件", 20),
    ("apply.closed.on_time", "1.按时办结数", "件", 19),
    ("apply.closed.extended", "2.延期办结数", "件", 1),
    ("apply.answer.total", "（三）申请答复数", "件", 20),
    ("apply.answer.already_public", "1.属于已主动公开范围数", "件", 4),
    ("apply.answer.granted", "2.同意公开答复数", "件", 8),
    ("apply.answer.partial", "3.同意部分公开答复数", "件", 1),
    ("apply.answer.denied", "4.不同意公开答复数", "件", 2),
    ("apply.answer.denied.state_secret", "其中：涉及国家秘密", "件", 0),
    ("apply.answer.denied.commercial_secret", "涉及商业秘密", "件", 0),
    ("apply.answer.denied.privacy", "涉及个人隐私", "件", 1),
    ("apply.answer.denied.security_stability", "危及国家安全、公共安全、经济安全和社会稳定", "件", 0),
    ("apply.answer.denied.not_gov_info", "不是《条例》所指政府信息", "件", 1),
    ("apply.answer.denied.law_other", "法律法规规定的其他情形", "件", 0),
    ("apply.answer.not_this_agency", "5.不属于本行政机关公开数", "件", 2),
    ("apply.answer.not_exist", "6.申请信息不存在数", "件", 2),
    ("apply.answer.ask_correction", "7.告知作出更改补充数", "件", 1),
    ("apply.answer.other_channel", "8.告知通过其他途径办理数", "件", 0),
    ("review.total", "四、行政复议数量", "件", 2),
    ("review.upheld", "（一）维持具体行政行为数", "件", 2),
    ("review.corrected", "（二）被依法纠错数", "件", 0),
    ("review.other", "（三）其他情形数", "件", 0),
    ("litigation.total", "五、行政诉讼数量", "件", 1),
    ("litigation.upheld", "（一）维持具体行政行为或者驳回原告诉讼请求数", "件", 1),
    ("litigation.corrected", "（二）被依法纠错数", "件", 0),
    ("litigation.other", "（三）其他情形数", "件", 0),
    ("complaint.total", "六、举报投诉数量", "件", 0),
    ("fee.request_fees", "七、依申请公开信息收取的费用", "万元", 0),
    ("org.staff_total", "（三）从事政府信息公开工作人员数", "人", 6),
    ("org.staff_fulltime", "1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", 2),
    ("org.staff_parttime", "2.兼职人员数", "人", 4),
]
E2014_HEADINGS = {"active.items_total": "一、主动公开情况", "response.hot_topics": "二、回应解读情况",
                  "apply.received.total": "三、依申请公开情况", "org.staff_total": "八、机构建设和保障经费情况",
                  "active.channel.gazette": "（二）通过不同渠道和方式公开政府信息的情况",
                  "response.press_conf": "（二）通过不同渠道和方式回应解读的情况"}


def e2014_table(overrides: dict[str, object] | None = None) -> str:
    overrides = overrides or {}
    rows = [[td("统计指标"), td("单位"), td("统计数")]]
    for key, label, unit, value in E2014_ROWS:
        if key in E2014_HEADINGS:
            rows.append([td(E2014_HEADINGS[key]), td("—"), td("—")])
        rows.append([td(label), td(unit), td(cell_text(overrides.get(key, value)))])
    return p("附表") + p("政府信息公开情况统计表") + p("填报单位（盖章）：某某县人民政府办公室") + table(rows) + p(
        "单位负责人：张三 审核人：李四 填报人：王五 联系电话：0571-12345678 填表日期：2017年1月10日")


def e2014_body(agency: str, year: int = 2016, overrides: dict[str, object] | None = None) -> str:
    return "".join([
        p(f"本报告是根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。本报告中所列数据的统计期限自{year}年1月1日"
          f"起至{year}年12月31日止。"),
        p("一、概述"), p(f"{year}年，{agency}认真贯彻落实政府信息公开工作要求。"),
        p("二、主动公开政府信息情况"), p("全年主动公开政府信息860条。"),
        p("三、依申请公开政府信息办理情况"), p("全年共收到政府信息公开申请20件。"),
        p("四、政府信息公开的收费及减免情况"), p("未收取任何费用。"),
        p("五、因政府信息公开申请行政复议、提起行政诉讼的情况"), p("发生行政复议2件，行政诉讼1件。"),
        p("六、政府信息公开工作存在的主要问题及改进情况"), p("工作机制有待完善。"),
        e2014_table(overrides),
    ])

def assert_values(found: dict[str, float], expected: dict[str, float]) -> None:
    """Each expected key has the expected value (other keys may be there too)."""
    assert {k: found.get(k) for k in expected} == expected



# ---------------------------------------------------------------------------------------------------------------
# helpers on the result
# ---------------------------------------------------------------------------------------------------------------

def parse(*bodies: tuple[str, bytes], headers: dict[str, str] | None = None) -> Report:
    pages = [Fetched(url=u, body=b, headers=headers or {"content-type": "text/html"}) for u, b in bodies]
    return parse_report(pages)


def one(url: str, body: bytes) -> Report:
    return parse((url, body))

def e2008_report(body: str, title: str) -> Report:
    """A prose-only report of 2009 on a portal page of 2010-03-20."""
    return one("http://www.example.gov.cn/art/2010/3/20/art_1.html", chrome_page(title, body, date="2010-03-20"))



def facts(report: Report, source: str | None = None) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for f in report.facts:
        if source is None or f.source == source:
            out.setdefault(f.key, f.value)
    return out


def fact(report: Report, key: str, source: str | None = None):
    return next((f for f in report.facts if f.key == key and (source is None or f.source == source)), None)


def failing(report: Report) -> set[str]:
    return {c.rule for c in report.checks if not c.passed}


def failing_families(report: Report) -> set[str]:
    return {c.rule.split(".")[0] for c in report.checks if not c.passed}


def t2021_page(title: str, agency: str = "某某区", **kw) -> bytes:
    body_kw = {k: kw.pop(k) for k in ("s2", "s3", "s4", "overview", "year") if k in kw}
    return chrome_page(title, t2021_body(agency, **body_kw), **kw)


# ---------------------------------------------------------------------------------------------------------------
# 1. metadata
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "agency", "atype"), [
    ("黄泥塘镇人民政府2021年政府信息公开工作年度报告", "黄泥塘镇人民政府", "township"),
    ("杭州市余杭区五常街道办事处2021年政府信息公开工作年度报告", "杭州市余杭区五常街道办事处", "township"),
    ("金华经济技术开发区管理委员会2021年政府信息公开工作年度报告", "金华经济技术开发区管理委员会", "zone"),
    ("安吉县人民政府办公室2021年政府信息公开工作年度报告", "安吉县人民政府办公室", "gov_office"),
    ("赤壁市自然资源和规划局2021年政府信息公开工作年度报告", "赤壁市自然资源和规划局", "department"),
    ("湖北省生态环境厅2021年政府信息公开工作年度报告", "湖北省生态环境厅", "department"),
    ("宿迁市水务集团有限公司2021年信息公开工作年度报告", "宿迁市水务集团有限公司", "other"),
    ("莲都区人民政府2021年政府信息公开工作年度报告", "莲都区人民政府", "gov_self"),
    ("2021年安吉县政府信息公开工作年度报告", "安吉县", "gov_region"),
    ("某某市人民政府国有资产监督管理委员会2021年政府信息公开工作年度报告", "某某市人民政府国有资产监督管理委员会", "department"),
    ("国家税务总局赤壁市税务局2021年政府信息公开工作年度报告", "国家税务总局赤壁市税务局", "department"),
    ("赤壁市公安局交通警察大队2021年政府信息公开工作年度报告", "赤壁市公安局交通警察大队", "department"),
    ("赤壁市人民医院2021年信息公开工作年度报告", "赤壁市人民医院", "other"),
    ("湖北省人民政府办公厅2021年政府信息公开工作年度报告", "湖北省人民政府办公厅", "gov_office"),
    ("赤壁市赤马港街道2021年政府信息公开工作年度报告", "赤壁市赤马港街道", "township"),
    ("赤壁市官塘驿镇2021年政府信息公开工作年度报告", "赤壁市官塘驿镇", "township"),
    ("咸宁高新技术产业开发区管理委员会2021年政府信息公开工作年度报告", "咸宁高新技术产业开发区管理委员会", "zone"),
    ("陆水湖旅游度假区管委会2021年政府信息公开工作年度报告", "陆水湖旅游度假区管委会", "zone"),
    ("赤壁市发展和改革局关于2021年政府信息公开工作年度报告", "赤壁市发展和改革局", "department"),
])
def test_agency_and_type_from_title(title: str, agency: str, atype: str) -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1229_1.html", t2021_page(title, agency))
    assert (r.agency, r.agency_type, r.year, r.template) == (agency, atype, 2021, "t2021")


def test_region_code_from_site_identifier_footer() -> None:
    # 网站标识码 4212810010 → 421281 (赤壁市); the title names only a department without its city
    r = one("http://www.chibi.gov.cn/xxgk/xxgknb/bm/202201/t20220120_1.shtml",
            t2021_page("市卫生健康局2021年政府信息公开工作年度报告", "市卫生健康局", footer_code="4212810010"))
    assert r.region_code == "421281"


def test_region_code_from_index_number() -> None:
    meta = meta_block("330523/2022-01234", "安吉县商务局", "2022-01-18")
    r = one("http://www.anji.gov.cn/art/2022/1/18/art_1229_2.html",
            t2021_page("县商务局2021年政府信息公开工作年度报告", "县商务局", meta=meta))
    assert r.region_code == "330523"


def test_region_code_from_division_name_in_title() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("杭州市余杭区人民政府2021年政府信息公开工作年度报告", "杭州市余杭区人民政府"))
    assert r.region_code == "330110"


def test_year_from_period_when_title_has_no_year() -> None:
    r = one("http://www.example.gov.cn/art/2021/1/28/art_1.html",
            chrome_page("某某区统计局政府信息公开工作年度报告", t2021_body("某某区统计局", year=2020), date="2021-01-28"))
    assert (r.year, r.year_source) == (2020, "period")


def test_year_from_publication_date_only() -> None:
    body = "".join([p("一、总体情况"), p("本局认真贯彻落实政府信息公开条例，全年主动公开政府信息120条。"),
                    p("二、主动公开政府信息情况"), p("略。")])
    r = one("http://www.example.gov.cn/art/2022/1/25/art_9.html",
            chrome_page("某某县档案馆政府信息公开工作年度报告", body, date="2022-01-25"))
    assert (r.year, r.year_source) == (2021, "page_date")


def test_period_wins_over_wrong_title_year() -> None:
    # title carries the publication year; 统计期限 says 2020
    r = one("http://www.example.gov.cn/art/2021/3/1/art_9.html",
            chrome_page("某某县民政局2021年政府信息公开工作年度报告", t2021_body("某某县民政局", year=2020),
                        date="2021-03-01"))
    assert (r.year, r.year_source) == (2020, "period")


@pytest.mark.parametrize(("suffix", "edition"), [("（图片版）", "图片版"), ("（超链版）", "超链版"), ("(图解版)", "图解版")])
def test_edition_from_title(suffix: str, edition: str) -> None:
    title = f"宿州市人民政府2021年政府信息公开工作年度报告{suffix}"
    r = one("http://www.ahsz.gov.cn/public/1/2.html", t2021_page(title, "宿州市人民政府"))
    assert r.edition == edition
    assert r.agency == "宿州市人民政府"
    assert r.year == 2021


def test_published_date_from_page() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", date="2022-01-20"))
    assert r.published == "2022-01-20"


def test_template_t2019_detected_from_tables() -> None:
    r = one("http://www.xiongxian.gov.cn/zwgkcontent-1.html",
            chrome_page("雄县人民政府2019年政府信息公开工作年度报告", t2019_body("雄县人民政府")))
    assert (r.year, r.template) == (2019, "t2019")


def test_template_e2008_for_prose_report() -> None:
    r = e2008_report(E2008_PROSE, "某某市国土资源局2009年政府信息公开工作年度报告")
    assert (r.year, r.template) == (2009, "e2008")


# ---------------------------------------------------------------------------------------------------------------
# 2. t2019 keys
# ---------------------------------------------------------------------------------------------------------------

def test_t2019_section2_keys() -> None:
    r = one("http://www.xiongxian.gov.cn/zwgkcontent-1.html",
            chrome_page("雄县人民政府2019年政府信息公开工作年度报告", t2019_body("雄县人民政府")))
    f = facts(r, "table")
    expected = {
        "active.regulation.issued": 0, "active.normative.issued": 4, "active.normative.published_new": 4,
        "active.normative.public_total": 37, "active.permit.items_prev": 120, "active.permit.items_delta": -8,
        "active.permit.decisions": 980, "active.other_service.items_prev": 15, "active.other_service.items_delta": 2,
        "active.other_service.decisions": 60, "active.penalty.items_prev": 300, "active.penalty.decisions": 45,
        "active.coercion.items_delta": 1, "active.coercion.decisions": 3, "active.admin_fee.items_prev": 6,
        "active.admin_fee.items_delta": -1, "active.procurement.projects": 12, "active.procurement.amount": 356.8,
    }
    assert {k: f.get(k) for k in expected} == expected
    # 2019 columns must not be folded into 2021 fields
    assert "active.normative.in_force" not in f and "active.admin_fee.amount" not in f


def test_t2019_section3_single_other_row() -> None:
    r = one("http://www.xiongxian.gov.cn/zwgkcontent-1.html",
            chrome_page("雄县人民政府2019年政府信息公开工作年度报告", t2019_body("雄县人民政府")))
    f = facts(r, "table")
    assert f.get("apply.outcome.other.natural_person") == 1
    assert f.get("apply.outcome.other.total") == 1
    assert f.get("apply.outcome.total.total") == 6
    assert f.get("apply.carried_out.total") == 1
    assert "apply.outcome.other.misc.total" not in f and "apply.outcome.other.no_correction.total" not in f
    assert failing(r) == set()


def test_t2019_section3_cell_count() -> None:
    r = one("http://www.xiongxian.gov.cn/zwgkcontent-1.html",
            chrome_page("雄县人民政府2019年政府信息公开工作年度报告", t2019_body("雄县人民政府")))
    keys = {f.key for f in r.facts if f.source == "table" and f.key.startswith("apply.")}
    assert len([k for k in keys if k.split(".")[-1] in COLS]) == 161


# ---------------------------------------------------------------------------------------------------------------
# 3. e2008 prose
# ---------------------------------------------------------------------------------------------------------------

E2008_PROSE = "".join([
    p("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现公布2009年度我局政府信息公开工作年度报告。"
      "本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。"),
    p("一、概述"), p("2009年，我局进一步健全政府信息公开工作机制，明确专人负责。"),
    p("二、主动公开政府信息的情况"),
    p("2009年全年共主动公开政府信息356条，其中通过政府门户网站公开信息298条，全文电子化率为100%。"),
    p("三、依申请公开政府信息和不予公开政府信息的情况"),
    p("2009年我局共受理政府信息公开申请15件，其中当面申请5件，网上申请8件，信函申请2件。已办结15件，其中同意公开12件，"
      "不属于本机关公开范围的2件，申请信息不存在的1件。"),
    p("四、政府信息公开的收费及减免情况"), p("我局在政府信息公开工作中未收取任何费用。"),
    p("五、因政府信息公开申请行政复议、提起行政诉讼的情况"), p("2009年，我局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"),
    p("六、政府信息公开工作存在的主要问题及改进情况"), p("主动公开信息的及时性有待提高。"),
])


def test_e2008_prose_statistics() -> None:
    r = e2008_report(E2008_PROSE, "某某市国土资源局2009年政府信息公开工作年度报告")
    f = facts(r, "text")
    expected = {"active.items_total": 356, "active.channel.website": 298, "apply.received.total": 15,
                "apply.channel.in_person": 5, "apply.channel.online": 8, "apply.channel.letter": 2,
                "apply.closed.total": 15}
    assert {k: f.get(k) for k in expected} == expected
    assert not any(x.source == "table" for x in r.facts)


def test_e2008_prose_no_fee_is_zero_with_wu() -> None:
    r = e2008_report(E2008_PROSE, "某某市国土资源局2009年政府信息公开工作年度报告")
    fee = fact(r, "fee.none", "text") or fact(r, "fee.request_fees", "text")
    assert fee is not None and fee.value == 0 and fee.value_flag == "wu"


def test_e2008_prose_approx_numbers() -> None:
    body = E2008_PROSE.replace("共主动公开政府信息356条", "共主动公开政府信息1.5万余条")
    r = e2008_report(body, "某某市2009年政府信息公开工作年度报告")
    f = fact(r, "active.items_total", "text")
    assert f is not None and f.value == 15000 and f.value_flag == "approx"


def test_e2008_prose_chinese_numeral_count() -> None:
    body = E2008_PROSE.replace("共受理政府信息公开申请15件", "共受理政府信息公开申请十五件")
    r = e2008_report(body, "某某市国土资源局2009年政府信息公开工作年度报告")
    assert facts(r, "text").get("apply.received.total") == 15


# ---------------------------------------------------------------------------------------------------------------
# 4. derived headline keys (spec 2.6)
# ---------------------------------------------------------------------------------------------------------------

def test_derived_headline_keys_t2021() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", t2021_page("某某区2021年政府信息公开工作年度报告"))
    d = facts(r, "derived")
    assert d.get("apply.received.total") == 14
    assert d.get("litigation.total") == 2  # 1 (direct) + 1 (after review)
    assert d.get("litigation.upheld") == 1
    assert d.get("apply.received_new.legal_entity") == 4  # 3 business + 1 legal service
    assert d.get("apply.outcome.other.total") == 0
    assert d.get("apply.outcome.withheld.total") == 1
    assert d.get("apply.outcome.unavailable.total") == 3


def test_derived_sum_of_other_rows_t2021() -> None:
    data = copy.deepcopy(BASE3)
    data["apply.outcome.other.no_correction"] = [1, 0, 0, 0, 0, 0, 1]
    data["apply.outcome.other.misc"] = [1, 0, 0, 0, 0, 0, 1]
    data["apply.outcome.total"] = [12, 2, 0, 0, 1, 0, 15]
    data["apply.received_new"] = [12, 3, 0, 0, 1, 0, 16]
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    assert facts(r, "derived").get("apply.outcome.other.total") == 2
    assert failing(r) == set()


def test_derived_litigation_total_t2019() -> None:
    body = t2019_body("雄县人民政府").replace(sec4([0] * 15), sec4([0, 0, 0, 0, 0, 2, 0, 0, 0, 2, 1, 0, 0, 0, 1]))
    r = one("http://www.xiongxian.gov.cn/zwgkcontent-1.html",
            chrome_page("雄县人民政府2019年政府信息公开工作年度报告", body))
    d = facts(r, "derived")
    assert d.get("litigation.total") == 3 and d.get("litigation.upheld") == 3
    assert d.get("apply.received.total") == 7


# ---------------------------------------------------------------------------------------------------------------
# 5. consistency checks fire exactly on injected inconsistencies
# ---------------------------------------------------------------------------------------------------------------

def test_checks_silent_on_consistent_t2021() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", t2021_page("某某区2021年政府信息公开工作年度报告"))
    assert r.checks, "checks must run on a full t2021 report"
    assert failing(r) == set()


def test_check_r1_fires_on_carried_out() -> None:
    data = copy.deepcopy(BASE3)
    data["apply.carried_out"] = [3, 1, 0, 0, 0, 0, 4]  # np: 10+2 != 10+3; total 16 != 13+4
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    # the row still sums (3+1 = 4), so only R1 may fire
    assert failing_families(r) == {"R1"}
    assert {"R1.natural_person", "R1.total"} <= failing(r)


def test_check_r2_fires_on_outcome_total() -> None:
    data = copy.deepcopy(BASE3)
    data["apply.outcome.granted"] = [6, 1, 0, 0, 1, 0, 8]  # np outcome sum 11 != total 10
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    assert failing_families(r) == {"R2"}


def test_check_r3_fires_on_row_sum() -> None:
    data = copy.deepcopy(BASE3)
    data["apply.outcome.partial"] = [1, 0, 0, 0, 0, 0, 1]
    data["apply.outcome.withheld.third_party"] = [1, 0, 0, 0, 0, 0, 2]  # row sum 1 != 2
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    assert "R3" in failing_families(r)
    assert failing_families(r) <= {"R2", "R3"}  # total column's outcome sum is now 14 != 13


def test_check_r4_fires_on_wrong_category_subtotal() -> None:
    # a printed 小计 row under （四）无法提供 whose numbers do not match its children
    data = copy.deepcopy(BASE3)
    rows = sec3_2021(data)
    sub = "".join(td(v) for v in [2, 1, 0, 0, 0, 0, 4])  # children sum to 3, subtotal says 4
    rows = rows.replace('<td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>',
                        '<td rowspan="4">（四）无法提供</td><td>小计</td>' + sub + '</tr><tr><td>1.本机关不掌握相关政府信息</td>')
    assert rows != sec3_2021(data)
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=rows))
    assert "R4" in failing_families(r)
    assert fact(r, "apply.outcome.unavailable.not_held.total", "table").value == 3


def test_check_r6_fires_on_review_total() -> None:
    vals = list(BASE4)
    vals[4] = 3  # 1+0+0+1 != 3
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s4=sec4(vals)))
    assert failing_families(r) == {"R6"}
    assert any(c.rule.startswith("R6") and "review" in c.rule for c in r.checks if not c.passed)


def test_check_r9_fires_on_yuan_in_wan_column() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某县交通运输局2021年政府信息公开工作年度报告", "某某县交通运输局", s2=sec2_2021(fee="35600")))
    assert failing_families(r) == {"R9"}


def test_check_r9_silent_on_small_fee() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某县交通运输局2021年政府信息公开工作年度报告", "某某县交通运输局", s2=sec2_2021(fee="7.522")))
    assert fact(r, "active.admin_fee.amount").value == pytest.approx(7.522)
    assert failing(r) == set()


def test_check_r10_fires_on_prose_vs_table() -> None:
    overview = "全年共收到政府信息公开申请20件，均已按时办结。"
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", overview=overview))
    assert failing_families(r) == {"R10"}


def test_check_r10_silent_when_prose_matches() -> None:
    overview = "全年共收到政府信息公开申请14件，上年结转2件，结转下年度继续办理3件。"
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", overview=overview))
    assert failing(r) == set()


def test_checks_silent_on_consistent_e2014() -> None:
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1.html", chrome_page(
        "某某县人民政府2016年政府信息公开工作年度报告", e2014_body("某某县人民政府"), date="2017-03-20"))
    assert r.template == "e2014"
    f = facts(r, "table")
    assert {k: f.get(k) for k, *_ in E2014_ROWS} == {k: v for k, _, _, v in E2014_ROWS}
    assert r.checks
    assert failing(r) == set()


@pytest.mark.parametrize(("overrides", "family"), [
    ({"apply.channel.online": 13}, "O1"),
    ({"apply.closed.on_time": 18}, "O2"),
    ({"apply.answer.granted": 9}, "O3"),
    ({"apply.answer.denied.privacy": 2}, "O4"),
    ({"litigation.upheld": 0}, "O5"),
    ({"org.staff_parttime": 5}, "O6"),
    ({"response.press_conf_by_head": 6}, "O6"),
    ({"active.channel.website": 900}, "O7"),
])
def test_e2014_check_fires_exactly(overrides: dict[str, object], family: str) -> None:
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1.html", chrome_page(
        "某某县人民政府2016年政府信息公开工作年度报告", e2014_body("某某县人民政府", overrides=overrides),
        date="2017-03-20"))
    assert failing_families(r) == {family}


# ---------------------------------------------------------------------------------------------------------------
# 6. page shapes
# ---------------------------------------------------------------------------------------------------------------

def two_page_report() -> Report:
    body = t2021_body("某某区")
    cut = body.index("<p>三、收到和处理政府信息公开申请情况</p>")
    title = "某某区2021年政府信息公开工作年度报告"
    pager = '<div class="page"><a href="?page=2">下一页</a> 共2页</div>'
    p1 = chrome_page(title, body[:cut] + pager)
    p2 = chrome_page(title, body[cut:] + '<div class="page"><a href="?page=1">上一页</a></div>')
    r = parse(("http://www.example.gov.cn/art/2022/1/20/art_1.html", p1),
              ("http://www.example.gov.cn/art/2022/1/20/art_1.html?page=2", p2))
    return r


def test_report_split_over_two_pages_query_param() -> None:
    r = two_page_report()
    f = facts(r, "table")
    assert f.get("active.normative.in_force") == 25
    assert f.get("apply.received_new.total") == 14
    assert f.get("review.total") == 2
    assert failing(r) == set()
    assert r.body.count("一、总体情况") == 1


def test_pager_text_not_in_body() -> None:
    r = two_page_report()
    assert "下一页" not in r.body and "上一页" not in r.body and "共2页" not in r.body


def test_report_split_over_three_pages_underscore() -> None:
    body = t2021_body("某某区")
    c1 = body.index("<p>二、主动公开政府信息情况</p>")
    c2 = body.index("<p>四、政府信息公开行政复议、行政诉讼情况</p>")
    title = "某某区2021年政府信息公开工作年度报告"
    base = "http://www.example.gov.cn/zwgk/xxgknb/202201/t20220120_55"
    r = parse((base + ".html", chrome_page(title, body[:c1])), (base + "_1.html", chrome_page(title, body[c1:c2])),
              (base + "_2.html", chrome_page(title, body[c2:])))
    f = facts(r, "table")
    assert (f.get("active.permit.decisions"), f.get("apply.carried_out.total"), f.get("litigation.direct.total")) == (
        1260, 3, 1)
    single = one(base + ".html", chrome_page(title, body))
    assert [(x.number, x.title) for x in r.sections] == [(x.number, x.title) for x in single.sections]


def test_body_inside_iframe_target() -> None:
    title = "某某区2021年政府信息公开工作年度报告"
    outer = chrome_page(title, '<iframe src="/content/nb2021.html" width="100%" height="2000" frameborder="0"></iframe>')
    inner = f"<html><head><meta charset='utf-8'></head><body>{t2021_body('某某区')}</body></html>".encode()
    r = parse(("http://www.example.gov.cn/art/2022/1/20/art_1.html", outer),
              ("http://www.example.gov.cn/content/nb2021.html", inner))
    assert r.title == title and r.year == 2021
    assert facts(r, "table").get("apply.received_new.total") == 14
    assert failing(r) == set()


def test_very_long_portal_chrome() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", long_chrome=True))
    assert "重点项目集中开工" not in r.body and "栏目3" not in r.body
    assert facts(r, "table").get("apply.outcome.total.total") == 13
    assert r.body.lstrip().startswith("本报告根据")


def test_thead_and_th_label_cells() -> None:
    s3 = sec3_2021(header_tag="th", thead=True).replace("<td colspan=\"3\">一、", "<th colspan=\"3\">一、").replace(
        "数量</td>", "数量</th>")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=s3))
    f = facts(r, "table")
    assert f.get("apply.received_new.business") == 3 and f.get("apply.received_new.total") == 14
    assert f.get("apply.carried_in.total") == 2
    assert failing(r) == set()


def test_empty_trailing_columns() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(trailing_empty=2)))
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14 and f.get("apply.outcome.total.total") == 13
    assert failing(r) == set()


def test_notes_row_under_table() -> None:
    s3 = sec3_2021(note="注：1.本表数据统计截至2021年12月31日；2.“总计”为各类申请人之和，共计16件。")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=s3))
    f = facts(r, "table")
    assert f.get("apply.carried_out.total") == 3 and f.get("apply.carried_out.natural_person") == 2
    assert failing(r) == set()


def test_units_in_cells() -> None:
    data = {k: [f"{v}件" for v in row] for k, row in BASE3.items()}
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    f = facts(r, "table")
    assert f.get("apply.received_new.natural_person") == 10 and f.get("apply.outcome.total.total") == 13
    assert failing(r) == set()


@pytest.mark.parametrize(("blank", "flag"), [("—", "dash"), ("/", "slash"), ("", "blank"), ("无", "wu")])
def test_dash_slash_blank_cells(blank: str, flag: str) -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(blank=blank)))
    f = fact(r, "apply.outcome.withheld.state_secret.total", "table")
    assert f is not None and f.value == 0 and f.value_flag == flag
    assert facts(r, "table").get("apply.received_new.total") == 14
    assert failing(r) == set()


def test_full_width_digits_in_cells() -> None:
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    data = {k: [str(v).translate(fw) for v in row] for k, row in BASE3.items()}
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    f = fact(r, "apply.received_new.total", "table")
    assert f is not None and f.value == 14 and f.raw_value == "１４"
    assert failing(r) == set()


def test_gb2312_declared_page_with_rare_char() -> None:
    # 镕 is outside GB2312; the page is GB18030-encoded but declares gb2312
    title = "某某县王家镕镇人民政府2021年政府信息公开工作年度报告"
    doc = t2021_page(title, "某某县王家镕镇人民政府").decode().replace('charset="utf-8"', 'charset="gb2312"')
    r = parse(("http://www.example.gov.cn/art/2022/1/20/art_1.html", doc.encode("gb18030")),
              headers={"content-type": "text/html"})
    assert r.agency == "某某县王家镕镇人民政府" and r.agency_type == "township"
    assert facts(r, "table").get("apply.received_new.total") == 14


def test_sec4_with_blank_cells_and_flat_row() -> None:
    vals: list[object] = [1, "", "", "", 1, "", "", "", "", "", "", "", "", "", ""]
    s4 = sec4(vals)
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s4=s4))
    f = fact(r, "litigation.after_review.total", "table")
    assert f is not None and f.value == 0 and f.value_flag == "blank"
    assert failing(r) == set()


def test_html_escaped_entities_in_labels() -> None:
    s3 = sec3_2021().replace("3.危及“三安全一稳定”", "3.危及&ldquo;三安全一稳定&rdquo;").replace(
        "自然人", "自&nbsp;然&nbsp;人")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=s3))
    f = facts(r, "table")
    assert "apply.outcome.withheld.security_stability.total" in f
    assert f.get("apply.received_new.natural_person") == 10


# ---------------------------------------------------------------------------------------------------------------
# 7. harder metadata
# ---------------------------------------------------------------------------------------------------------------



def test_agency_from_publisher_metadata_when_title_has_none() -> None:
    meta = meta_block("011234567/2022-00012", "某某县林业局", "2022-01-18")
    r = one("http://www.example.gov.cn/art/2022/1/18/art_1.html",
            t2021_page("2021年政府信息公开工作年度报告", "某某县林业局", meta=meta))
    assert (r.agency, r.agency_type, r.year) == ("某某县林业局", "department", 2021)


def test_region_code_from_hanweb_area_credit_code() -> None:
    url = "http://www.penglai.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370684004265946U&fbtime=2016"
    r = one(url, chrome_page("蓬莱市统计局2016年政府信息公开工作年度报告", e2014_body("蓬莱市统计局"), date="2017-03-20"))
    assert r.region_code == "370684"


@pytest.mark.parametrize("period", [
    "统计期限自二〇二〇年一月一日起至二〇二〇年十二月三十一日止",  # Chinese numerals
    "本报告所列数据统计期限为2020年1月1日至12月31日",  # the year printed once
    "本报告中所列数据的统计期限为2020年度",  # the whole year named
])
def test_year_from_period_variants(period: str) -> None:
    body = t2021_body("某某区", year=2020).replace("本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止", period)
    r = one("http://www.example.gov.cn/art/2022/1/5/art_1.html",
            chrome_page("某某区政府信息公开工作年度报告", body, date="2022-01-05"))
    assert (r.year, r.year_source) == (2020, "period")


def test_year_from_chinese_meta_date_only() -> None:
    body = "".join([p("一、总体情况"), p("本局认真贯彻落实政府信息公开条例，全年主动公开政府信息120条。")])
    meta = meta_block("011234567/2022-00012", "某某县档案馆", "2022年01月25日")
    doc = chrome_page("某某县档案馆政府信息公开工作年度报告", body, meta=meta, date="").replace(
        "发布日期： 来源".encode(), "来源".encode())
    r = one("http://www.example.gov.cn/art/x/art_9.html", doc)
    assert (r.year, r.year_source, r.published) == (2021, "page_date", "2022-01-25")


def test_published_from_meta_tag() -> None:
    doc = t2021_page("某某区2021年政府信息公开工作年度报告", date="").replace(
        b"<head>", b'<head><meta name="PubDate" content="2022-01-21 09:30">').replace(
        "发布日期： 来源".encode(), "来源".encode())
    r = one("http://www.example.gov.cn/art/x/art_1.html", doc)
    assert r.published == "2022-01-21"


def test_title_with_zhengwu_and_nianbao() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某县市场监督管理局2021年度政务信息公开年报", "某某县市场监督管理局"))
    assert (r.agency, r.agency_type, r.year) == ("某某县市场监督管理局", "department", 2021)


# ---------------------------------------------------------------------------------------------------------------
# 8. harder tables and checks
# ---------------------------------------------------------------------------------------------------------------

def test_category_subtotals_printed_and_consistent() -> None:
    rows = sec3_2021()
    sub = "".join(td(v) for v in [2, 1, 0, 0, 0, 0, 3])
    rows = rows.replace('<td rowspan="3">（四）无法提供</td><td>1.本机关不掌握相关政府信息</td>',
                        '<td rowspan="4">（四）无法提供</td><td>小计</td>' + sub + '</tr><tr><td>1.本机关不掌握相关政府信息</td>')
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=rows))
    assert fact(r, "apply.outcome.unavailable.total", "table").value == 3
    assert fact(r, "apply.outcome.unavailable.not_held.total", "table").value == 3
    assert failing(r) == set()


def test_numbers_on_category_header_row() -> None:
    # the （三）不予公开 row itself carries a subtotal in its own cells (no separate 小计 row)
    data = copy.deepcopy(BASE3)
    rows = sec3_2021(data)
    sub = "".join(td(v) for v in [1, 0, 0, 0, 0, 0, 1])
    rows = rows.replace('<td rowspan="8">（三）不予公开</td><td>1.属于国家秘密</td>',
                        '<td colspan="2">（三）不予公开</td>' + sub + '</tr><tr><td rowspan="8"></td><td>1.属于国家秘密</td>')
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=rows))
    assert fact(r, "apply.outcome.withheld.total", "table").value == 1
    assert fact(r, "apply.outcome.withheld.third_party.total", "table").value == 1
    assert fact(r, "apply.outcome.withheld.state_secret.total", "table").value == 0
    assert failing(r) == set()


def test_check_r5_fires_on_negative_cell() -> None:
    data = copy.deepcopy(BASE3)
    data["apply.outcome.partial"] = [1, 0, 0, 0, 0, 0, 1]
    data["apply.outcome.withheld.state_secret"] = [0, 0, 0, 0, 0, 0, 0]
    data["apply.outcome.withheld.third_party"] = [2, 0, -1, 0, 0, 0, 1]
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    assert "R5" in failing_families(r)


def test_check_r1_fires_on_t2019() -> None:
    data = {
        "apply.received_new": [6, 1, 0, 0, 0, 0, 7], "apply.carried_in": [0] * 7,
        "apply.outcome.granted": [3, 1, 0, 0, 0, 0, 4], "apply.outcome.unavailable.not_held": [1, 0, 0, 0, 0, 0, 1],
        "apply.outcome.other": [1, 0, 0, 0, 0, 0, 1], "apply.outcome.total": [5, 1, 0, 0, 0, 0, 6],
        "apply.carried_out": [0] * 7,
    }
    body = t2019_body("雄县人民政府").replace(sec3_2019(), sec3_2019(data))
    r = one("http://www.xiongxian.gov.cn/zwgkcontent-1.html",
            chrome_page("雄县人民政府2019年政府信息公开工作年度报告", body))
    assert failing_families(r) == {"R1"}


def test_org_subtotal_column_eight_columns() -> None:
    # some reports add a 小计 column after the five organisation columns
    def row8(v: list[int]) -> str:
        return "".join(td(x) for x in [v[0], *v[1:6], sum(v[1:6]), v[6]])
    html_ = sec3_2021()
    for _key, vals in BASE3.items():
        html_ = html_.replace("".join(td(x) for x in vals), row8(vals), 1)
    html_ = html_.replace(td("申请人情况", 1, 7), td("申请人情况", 1, 8)).replace(
        td("法人或其他组织", 1, 5), td("法人或其他组织", 1, 6)).replace(td("其他"), td("其他") + td("小计"))
    zeros = "".join(td(0) for _ in range(7))
    html_ = html_.replace(zeros, "".join(td(0) for _ in range(8)))
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=html_))
    f = facts(r, "table")
    assert (f.get("apply.received_new.other_org"), f.get("apply.received_new.total")) == (0, 14)
    assert facts(r).get("apply.received_new.legal_entity") == 4
    assert failing(r) == set()


def test_total_column_named_heji() -> None:
    s3 = sec3_2021().replace(td("总计", 2, 1), td("合计", 2, 1)).replace(td("自然人", 2, 1), td("自 然 人", 2, 1))
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=s3))
    assert facts(r, "table").get("apply.received_new.total") == 14


def test_sec2_merged_into_one_table() -> None:
    one_table = table([
        [td("第二十条第（一）项", colspan=4)],
        [td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")],
        [td("规章"), td("0"), td("0"), td("0")], [td("行政规范性文件"), td("3"), td("1"), td("25")],
        [td("第二十条第（五）项", colspan=4)], [td("信息内容"), td("本年处理决定数量", colspan=3)],
        [td("行政许可"), td("1,260", colspan=3)],
        [td("第二十条第（六）项", colspan=4)], [td("信息内容"), td("本年处理决定数量", colspan=3)],
        [td("行政处罚"), td("56", colspan=3)], [td("行政强制"), td("4", colspan=3)],
        [td("第二十条第（八）项", colspan=4)], [td("信息内容"), td("本年收费金额（单位：万元）", colspan=3)],
        [td("行政事业性收费"), td("0.00", colspan=3)],
    ])
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s2=one_table))
    f = facts(r, "table")
    assert_values(f, {
        "active.normative.in_force": 25, "active.permit.decisions": 1260, "active.penalty.decisions": 56,
        "active.coercion.decisions": 4, "active.admin_fee.amount": 0})


def test_sec4_with_leading_label_column() -> None:
    heads5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    s4 = table([
        [td("", 3), td("行政复议", 1, 5), td("行政诉讼", 1, 10)],
        [*(td(w, 2) for w in heads5), td("未经复议直接起诉", 1, 5), td("复议后起诉", 1, 5)],
        [*(td(w) for w in heads5 * 2)],
        [td("数量（件）"), *(td(v) for v in BASE4)],
    ])
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s4=s4))
    f = facts(r, "table")
    assert (f.get("review.total"), f.get("review.pending"), f.get("litigation.direct.total"),
            f.get("litigation.after_review.corrected"), f.get("litigation.after_review.total")) == (2, 1, 1, 1, 1)


def test_table_split_across_pages_without_header() -> None:
    # a TRS paginated article splits section 三's table at a page break; page 2 continues without header rows
    s3 = sec3_2021()
    cut = s3.index("<tr><td>4.保护第三方合法权益</td>")
    part1 = s3[:cut] + "</tbody></table>"
    part2 = '<table border="1"><tbody>' + s3[cut:]
    body = t2021_body("某某区", s3="@@S3@@")
    b1, b2 = body.split("@@S3@@")
    title = "某某区2021年政府信息公开工作年度报告"
    r = parse(("http://www.example.gov.cn/art/2022/1/20/art_1.html", chrome_page(title, b1 + part1)),
              ("http://www.example.gov.cn/art/2022/1/20/art_1.html?page=2", chrome_page(title, part2 + b2)))
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14
    assert f.get("apply.outcome.withheld.third_party.natural_person") == 1
    assert f.get("apply.outcome.unavailable.not_held.business") == 1
    assert f.get("apply.carried_out.total") == 3
    assert failing(r) == set()


def hidden_copy_report() -> Report:
    body = t2021_body("某某区")
    content = body + f'<div style="display:none" class="print-area">{body}</div>'
    return one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
               chrome_page("某某区2021年政府信息公开工作年度报告", content))


def test_hidden_print_copy_not_double_counted() -> None:
    r = hidden_copy_report()
    assert facts(r, "table").get("apply.received_new.total") == 14
    assert failing(r) == set()


def test_hidden_print_copy_not_in_body() -> None:
    r = hidden_copy_report()
    assert r.body.count("三、收到和处理政府信息公开申请情况") == 1
    assert [x.number for x in r.sections].count("三") == 1


def test_br_separated_paragraphs_in_one_div() -> None:
    body = t2021_body("某某区").replace("<p>", "").replace("</p>", "<br/>")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            chrome_page("某某区2021年政府信息公开工作年度报告", body))
    assert [s.number for s in r.sections if "(" not in s.number] == ["一", "二", "三", "四", "五", "六"]
    assert (r.year, r.year_source) == (2021, "period")
    assert facts(r, "table").get("apply.received_new.total") == 14


def test_cells_with_nested_markup() -> None:
    data = {k: [f'<p style="text-align:center"><span style="font-family:仿宋">{v}</span></p>' for v in row]
            for k, row in BASE3.items()}
    s3 = sec3_2021(data).replace("<td>1.属于国家秘密</td>", "<td><p><span>1.属于</span><span>国家秘密</span></p></td>")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=s3))
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14 and "apply.outcome.withheld.state_secret.total" in f
    assert failing(r) == set()


def test_e2014_table_with_value_and_unit_in_one_cell() -> None:
    rows = [[td("统计指标"), td("统计数")]]
    for _key, label, unit, value in E2014_ROWS:
        rows.append([td(label), td(f"{value}{unit}")])
    content = p("一、概述") + p("略。") + p("附表：政府信息公开情况统计表") + table(rows)
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1.html",
            chrome_page("某某县人民政府2016年政府信息公开工作年度报告", content, date="2017-03-20"))
    f = facts(r, "table")
    assert_values(f, {
        "active.items_total": 860, "apply.received.total": 20, "review.total": 2, "org.staff_total": 6})
    assert fact(r, "active.items_total", "table").unit == "条"


def test_e2014_prose_only_report_is_e2014_not_table() -> None:
    body = "".join([p("一、概述"), p("2016年，我局严格落实《条例》要求。"), p("二、主动公开政府信息情况"),
                    p("全年共主动公开政府信息860条，其中通过政府网站公开信息850条，通过政务微博发布信息300条。"),
                    p("三、依申请公开政府信息办理情况"), p("全年共收到政府信息公开申请20件，其中当面申请5件，网上申请12件，信函申请3件。")])
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1.html",
            chrome_page("某某县林业局2016年政府信息公开工作年度报告", body, date="2017-03-20"))
    f = facts(r, "text")
    assert r.template == "e2014"
    assert_values(f, {
        "active.items_total": 860, "active.channel.website": 850, "active.channel.weibo": 300,
        "apply.received.total": 20, "apply.channel.online": 12})
    assert failing(r) == set()


def test_e2008_prose_review_and_litigation_counts() -> None:
    body = E2008_PROSE.replace("2009年，我局未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
                               "2009年，因政府信息公开申请行政复议2件，维持2件；提起行政诉讼1件，均维持原具体行政行为。")
    r = e2008_report(body, "某某市国土资源局2009年政府信息公开工作年度报告")
    f = facts(r, "text")
    assert (f.get("review.total"), f.get("review.upheld"), f.get("litigation.total"), f.get("litigation.upheld")) == (
        2, 2, 1, 1)


def test_e2008_gazette_unit_qi() -> None:
    body = E2008_PROSE.replace("全文电子化率为100%。", "全文电子化率为100%。编印政府公报12期。")
    r = e2008_report(body, "某某市2009年政府信息公开工作年度报告")
    f = fact(r, "active.channel.gazette", "text")
    assert f is not None and f.value == 12 and f.unit == "期"


def test_t2021_received_prose_key_not_confused_with_table() -> None:
    # prose of a t2021 report states the number; the table key must come from the table, prose under source=text
    overview = "全年共收到政府信息公开申请14件。"
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", overview=overview))
    assert fact(r, "apply.received_new.total", "table").value == 14
    assert all(f.value == 14 for f in r.facts if f.key == "apply.received.total")


def test_signed_delta_with_fullwidth_plus_t2019() -> None:
    body = t2019_body("雄县人民政府").replace(td("-8"), td("－8")).replace(td("+2"), td("＋2"))
    r = one("http://www.xiongxian.gov.cn/zwgkcontent-1.html",
            chrome_page("雄县人民政府2019年政府信息公开工作年度报告", body))
    f = facts(r, "table")
    assert (f.get("active.permit.items_delta"), f.get("active.other_service.items_delta")) == (-8, 2)


# ---------------------------------------------------------------------------------------------------------------
# 9. more page shapes and metadata
# ---------------------------------------------------------------------------------------------------------------

def test_region_code_for_street_office_from_names() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("杭州市余杭区五常街道办事处2021年政府信息公开工作年度报告", "杭州市余杭区五常街道办事处"))
    assert r.region_code == "330110"


def test_title_only_in_head_title_with_site_suffix() -> None:
    doc = t2021_page("某某县卫生健康局2021年政府信息公开工作年度报告", "某某县卫生健康局").replace(
        '<h1 class="title">某某县卫生健康局2021年政府信息公开工作年度报告</h1>'.encode(), b"")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", doc)
    assert r.title == "某某县卫生健康局2021年政府信息公开工作年度报告"
    assert (r.agency, r.year) == ("某某县卫生健康局", 2021)


def test_title_broken_by_br_in_heading() -> None:
    doc = t2021_page("某某县卫生健康局2021年政府信息公开工作年度报告", "某某县卫生健康局").replace(
        '<h1 class="title">某某县卫生健康局2021年政府信息公开工作年度报告</h1>'.encode(),
        '<h1 class="title">某某县卫生健康局<br/>2021年政府信息公开工作年度报告</h1>'.encode()).replace(
        "<title>某某县卫生健康局2021年政府信息公开工作年度报告_某某市人民政府</title>".encode(),
        "<title>某某市人民政府</title>".encode())
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", doc)
    assert (r.agency, r.year, r.agency_type) == ("某某县卫生健康局", 2021, "department")


def test_fullwidth_comma_thousands_in_sec2() -> None:
    s2 = sec2_2021().replace(td("1260"), td("1，260"))
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s2=s2))
    assert facts(r, "table").get("active.permit.decisions") == 1260


def test_nbsp_padded_cells() -> None:
    data = {k: [f"&nbsp;{v}&nbsp;" for v in row] for k, row in BASE3.items()}
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    assert facts(r, "table").get("apply.received_new.total") == 14
    assert failing(r) == set()


def test_zero_request_report_all_zero_no_false_checks() -> None:
    zeros = {k: [0] * 7 for k in BASE3}
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(zeros), s4=sec4([0] * 15),
                       overview="本年度未收到政府信息公开申请。"))
    assert facts(r, "table").get("apply.received_new.total") == 0
    assert failing(r) == set()


def test_tables_as_images_marks_missing() -> None:
    img = '<p style="text-align:center"><img src="/picture/0/2201201.png" alt=""/></p>'
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s2=img, s3=img, s4=img))
    assert r.tables_missing
    assert not [f for f in r.facts if f.source == "table"]
    assert not [c for c in r.checks if c.rule.startswith(("R1", "R2", "R3", "R6"))]


def test_r10_carried_in_phrase() -> None:
    overview = "本年度新收政府信息公开申请14件，上年结转政府信息公开申请5件。"
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", overview=overview))
    assert failing_families(r) == {"R10"}


def test_city_management_commission_is_department() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("北京市城市管理委员会2021年政府信息公开工作年度报告", "北京市城市管理委员会"))
    assert (r.agency, r.agency_type) == ("北京市城市管理委员会", "department")


def test_ambiguous_district_name_resolved_by_site_code() -> None:
    # 朝阳区 exists in Beijing (110105) and Changchun (220104); the footer's 网站标识码 decides
    r = one("http://www.chaoyang.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("朝阳区人民政府2021年政府信息公开工作年度报告", "朝阳区人民政府", footer_code="2201040001"))
    assert r.region_code == "220104"


# ---------------------------------------------------------------------------------------------------------------
# 10. local variants, old forms, more prose keys
# ---------------------------------------------------------------------------------------------------------------

def test_hubei_2020_long_headers_and_other_doc_row() -> None:
    s2 = table([
        [td("第二十条第（一）项", colspan=4)],
        [td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")],
        [td("规章"), td("0"), td("0"), td("0")],
        [td("规范性文件(行政机关制定发布的决定、公告、通告等)"), td("2"), td("2"), td("18")],
        [td("其他主动公开文件"), td("35"), td("35"), td("410")],
    ]) + table([
        [td("第二十条第（五）项", colspan=4)],
        [td("信息内容"), td("上一年项目数量"), td("本年增/减(指2020年增加或减少的事项数,减用负值表示,如-8)"),
         td("处理决定数量(指2020年办件量)")],
        [td("行政许可"), td("86"), td("-3"), td("1036")],
    ])
    body = t2019_body("武汉市生态环境局", year=2020).replace(sec2_2019(), s2)
    r = one("http://www.wuhan.gov.cn/zwgk/xxgk/zfxxgknb/202101/t20210120_1.shtml",
            chrome_page("武汉市生态环境局2020年政府信息公开工作年度报告", body, date="2021-01-20"))
    f = facts(r, "table")
    assert_values(f, {
        "active.normative.issued": 2, "active.normative.public_total": 18, "active.other_doc.issued": 35,
        "active.other_doc.public_total": 410, "active.permit.items_delta": -3, "active.permit.decisions": 1036})
    assert r.template == "t2019"


def test_jilin_2020_published_total_line() -> None:
    body = t2019_body("长春市绿园区人民政府", year=2020).replace(
        "<p>二、主动公开政府信息情况</p>",
        "<p>二、主动公开政府信息情况</p><p>2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):356</p>")
    r = one("http://zwgk.changchun.gov.cn/lyq/zfxxgknb/202104/t20210402_1.html",
            chrome_page("长春市绿园区人民政府2020年政府信息公开工作年度报告", body, date="2021-04-02"))
    assert facts(r).get("active.items_published_total") == 356


SHANGHAI_ROWS = [  # (key, label, unit, value) on a pre-2014 Shanghai-style form
    ("active.items_total", "主动公开信息数", "条", 1200),
    ("active.items_fulltext_e", "其中：全文电子化的主动公开信息数", "条", 1180),
    ("active.normative.new", "新增的行政规范性文件数", "条", 6),
    ("consult.onsite", "现场接待人数", "人次", 45),
    ("consult.online", "网上咨询数", "人次", 80),
    ("consult.phone", "咨询电话接听数", "人次", 120),
    ("apply.catalog_items", "依申请公开信息目录数", "条", 30),
    ("apply.received.total", "申请总数", "件", 18),
    ("apply.channel.in_person", "其中：当面申请数", "件", 6),
    ("apply.channel.fax", "传真申请数", "件", 0),
    ("apply.channel.email", "电子邮件申请数", "件", 7),
    ("apply.channel.online", "网上申请数", "件", 3),
    ("apply.channel.letter", "信函申请数", "件", 2),
    ("apply.channel.other", "其他形式申请数", "件", 0),
    ("review.total", "行政复议数", "件", 1),
    ("litigation.total", "行政诉讼数", "件", 0),
    ("appeal.total", "行政申诉数", "件", 2),
]


def test_shanghai_style_pre2014_table() -> None:
    rows = [[td("指标名称"), td("计量单位"), td("代码"), td("本期实际"), td("本年累计")]]
    for i, (_, label, unit, value) in enumerate(SHANGHAI_ROWS, 1):
        rows.append([td(label), td(unit), td(f"{i:02d}"), td(value), td(value)])
    body = E2008_PROSE + p("附表：政府信息公开情况统计表（2011年度）") + table(rows)
    body = body.replace("2009", "2011")
    r = one("http://www.example.gov.cn/art/2012/3/20/art_1.html",
            chrome_page("定西市2011年政府信息公开工作年度报告", body, date="2012-03-20"))
    f = facts(r, "table")
    assert {k: f.get(k) for k, *_ in SHANGHAI_ROWS} == {k: v for k, _, _, v in SHANGHAI_ROWS}
    assert r.template == "e2008"


def test_e2014_extra_local_channel_row_keeps_o1_green() -> None:
    overrides = {"apply.received.total": 22, "apply.closed.total": 22, "apply.closed.on_time": 21,
                 "apply.answer.total": 22, "apply.answer.other_channel": 2}
    content = e2014_body("某某县人民政府", overrides=overrides).replace("收到政府信息公开申请20件", "收到政府信息公开申请22件").replace(
        "<tr><td>（二）申请办结数</td>", "<tr><td>5.电子邮件申请数</td><td>件</td><td>2</td></tr><tr><td>（二）申请办结数</td>")
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1.html", chrome_page(
        "某某县人民政府2016年政府信息公开工作年度报告", content, date="2017-03-20"))
    assert facts(r, "table").get("apply.channel.email") == 2
    assert failing(r) == set()


def test_r10_review_count_mismatch_fires() -> None:
    overview = "本年度发生政府信息公开行政复议3件，行政诉讼2件。"
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", overview=overview))
    assert "R10" in failing_families(r)


def test_r10_review_count_match_silent() -> None:
    overview = "本年度发生政府信息公开行政复议2件，行政诉讼2件。"
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", overview=overview))
    assert failing(r) == set()


def test_t2021_info_processing_fee_none() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", t2021_page("某某区2021年政府信息公开工作年度报告"))
    f = fact(r, "fee.info_processing", "text")
    assert f is not None and f.value == 0


def test_prose_misc_keys() -> None:
    overview = ("全年发布政策解读稿件15篇；办理人大代表建议办理情况12条，政协委员提案办理情况8条。"
                "设立便民查阅点3个，配备政府信息公开工作人员4人。")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", overview=overview))
    f = facts(r, "text")
    assert_values(f, {
        "response.interpretations": 15, "proposal.npc_published": 12, "proposal.cppcc_published": 8,
        "org.reading_points": 3, "org.staff_total": 4})


def test_prose_approx_duo() -> None:
    body = E2008_PROSE.replace("共主动公开政府信息356条", "共主动公开政府信息755多条")
    r = e2008_report(body, "某某市2009年政府信息公开工作年度报告")
    f = fact(r, "active.items_total", "text")
    assert f is not None and f.value == 755 and f.value_flag == "approx"


def test_prose_pending_closed_withdrawn() -> None:
    body = E2008_PROSE.replace("已办结15件", "已办结14件，正在办理1件").replace("申请信息不存在的1件。",
                                                                          "申请信息不存在的1件，申请人撤回申请1件。")
    r = e2008_report(body, "某某市国土资源局2009年政府信息公开工作年度报告")
    f = facts(r, "text")
    assert (f.get("apply.closed.total"), f.get("apply.pending"), f.get("apply.answer.withdrawn")) == (14, 1, 1)


def test_old_layout_tables_wrap_article() -> None:
    content = ('<table width="100%" border="0"><tr><td class="bt_content"><table width="98%" align="center"><tr><td>'
               + t2021_body("某某区") + "</td></tr></table></td></tr></table>")
    doc = chrome_page("某某区2021年政府信息公开工作年度报告", content)
    doc = b'<table width="1000" align="center"><tr><td>' + doc.split(b"<body>")[1].split(b"</body>")[0] + b"</td></tr></table>"
    doc = ('<html><head><meta charset="utf-8"><title>某某区2021年政府信息公开工作年度报告</title></head><body>'.encode()
           + doc + b"</body></html>")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", doc)
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14 and f.get("review.total") == 2
    assert f.get("active.normative.in_force") == 25
    assert failing(r) == set()
    assert "栏目3" not in r.body


# ---------------------------------------------------------------------------------------------------------------
# 11. precise check columns and blocks, table titles inside tables
# ---------------------------------------------------------------------------------------------------------------

def test_r1_fires_only_for_the_broken_columns() -> None:
    data = copy.deepcopy(BASE3)
    data["apply.carried_out"] = [3, 0, 0, 0, 0, 0, 3]  # np +1, business -1: the total column still balances
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_2021(data)))
    assert {c for c in failing(r) if c.startswith("R1")} == {"R1.natural_person", "R1.business"}
    assert failing_families(r) == {"R1"}


def test_r6_fires_for_after_review_block() -> None:
    vals = list(BASE4)
    vals[14] = 2  # after review: 0+1+0+0 != 2
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s4=sec4(vals)))
    bad = [c.rule for c in r.checks if not c.passed]
    assert len(bad) == 1 and bad[0].startswith("R6") and "after_review" in bad[0]


@pytest.mark.parametrize(("fee", "fires"), [("10000", True), ("9999.5", False), ("1.2万", False)])
def test_r9_boundary(fee: str, fires: bool) -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某县交通运输局2021年政府信息公开工作年度报告", "某某县交通运输局", s2=sec2_2021(fee=fee)))
    assert ("R9" in failing_families(r)) is fires


def test_o6_interviews_by_head_exceeds() -> None:
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1.html", chrome_page(
        "某某县人民政府2016年政府信息公开工作年度报告",
        e2014_body("某某县人民政府", overrides={"response.online_interviews_by_head": 4}), date="2017-03-20"))
    assert failing_families(r) == {"O6"}


def test_o5_review_block() -> None:
    r = one("http://www.example.gov.cn/art/2017/3/20/art_1.html", chrome_page(
        "某某县人民政府2016年政府信息公开工作年度报告",
        e2014_body("某某县人民政府", overrides={"review.corrected": 1}), date="2017-03-20"))
    assert failing_families(r) == {"O5"}
    assert all("review" in c.rule for c in r.checks if not c.passed)


def test_section_title_as_first_table_row() -> None:
    s3 = sec3_2021().replace("<tbody>", '<tbody><tr><td colspan="10">三、收到和处理政府信息公开申请情况</td></tr>'
                             '<tr><td colspan="10">单位：件</td></tr>', 1)
    body = t2021_body("某某区", s3=s3).replace("<p>三、收到和处理政府信息公开申请情况</p>", "")
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            chrome_page("某某区2021年政府信息公开工作年度报告", body))
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14 and f.get("apply.carried_out.business") == 1
    assert failing(r) == set()


def test_caption_element_on_tables() -> None:
    s3 = sec3_2021().replace('<table border="1">', '<table border="1"><caption>收到和处理政府信息公开申请情况</caption>', 1)
    s4_ = sec4().replace('<table border="1">', '<table border="1"><caption>政府信息公开行政复议、行政诉讼情况</caption>', 1)
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=s3, s4=s4_))
    f = facts(r, "table")
    assert f.get("apply.received_new.total") == 14 and f.get("review.total") == 2
    assert failing(r) == set()


def test_legal_entity_derived_on_every_row() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", t2021_page("某某区2021年政府信息公开工作年度报告"))
    f = facts(r)
    assert (f.get("apply.outcome.granted.legal_entity"), f.get("apply.carried_out.legal_entity"),
            f.get("apply.outcome.total.legal_entity")) == (2, 1, 3)


# ---------------------------------------------------------------------------------------------------------------
# 12. simplified layouts of sections 三 and 四
# ---------------------------------------------------------------------------------------------------------------

def sec3_single_label_column(data: dict[str, list[object]] | None = None) -> str:
    """Section 三 as simplified CMS editors render it: one label column, category rows with empty value cells."""
    data = BASE3 if data is None else data
    rows = [[td("项目"), td("自然人"), td("商业企业"), td("科研机构"), td("社会公益组织"), td("法律服务机构"), td("其他"),
             td("总计")]]

    def vals(key: str) -> list[str]:
        return [td(cell_text(v)) for v in data.get(key, [0] * 7)]

    rows.append([td("一、本年新收政府信息公开申请数量"), *vals("apply.received_new")])
    rows.append([td("二、上年结转政府信息公开申请数量"), *vals("apply.carried_in")])
    rows.append([td("三、本年度办理结果"), *(td("") for _ in range(7))])
    for key, l2, l3, _cat in SEC3_2021:
        if l3 is None:
            rows.append([td(l2), *vals(key)])
            continue
        if l2 is not None:
            rows.append([td(l2), *(td("") for _ in range(7))])
        rows.append([td(l3), *vals(key)])
    rows.append([td("四、结转下年度继续办理"), *vals("apply.carried_out")])
    return table(rows)


def test_sec3_single_label_column_layout() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_single_label_column()))
    f = facts(r, "table")
    assert (f.get("apply.received_new.business"), f.get("apply.outcome.withheld.third_party.total"),
            f.get("apply.outcome.unavailable.not_held.business"), f.get("apply.outcome.not_processed.duplicate.total"),
            f.get("apply.outcome.other.misc.total"), f.get("apply.carried_out.total")) == (3, 1, 1, 1, 0, 3)
    # "1.属于国家秘密" and "1.本机关不掌握…" share the number 1: the category row decides
    assert f.get("apply.outcome.withheld.state_secret.total") == 0
    assert failing(r) == set()


def test_sec4_split_into_two_tables() -> None:
    heads5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    review = table([[td("行政复议", 1, 5)], [*(td(w) for w in heads5)], [*(td(v) for v in BASE4[:5])]])
    lit = table([[td("行政诉讼", 1, 10)], [td("未经复议直接起诉", 1, 5), td("复议后起诉", 1, 5)],
                 [*(td(w) for w in heads5 * 2)], [*(td(v) for v in BASE4[5:])]])
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s4=review + lit))
    f = facts(r, "table")
    assert (f.get("review.total"), f.get("review.pending"), f.get("litigation.direct.upheld"),
            f.get("litigation.after_review.total")) == (2, 1, 1, 1)
    assert failing(r) == set()


def test_sec4_transposed_three_rows() -> None:
    heads5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    s4 = table([
        [td("类别"), *(td(w) for w in heads5)],
        [td("行政复议"), *(td(v) for v in BASE4[:5])],
        [td("行政诉讼（未经复议直接起诉）"), *(td(v) for v in BASE4[5:10])],
        [td("行政诉讼（复议后起诉）"), *(td(v) for v in BASE4[10:])],
    ])
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区2021年政府信息公开工作年度报告", s4=s4))
    f = facts(r, "table")
    assert (f.get("review.total"), f.get("review.pending"), f.get("litigation.direct.total"),
            f.get("litigation.after_review.corrected")) == (2, 1, 1, 1)


def test_title_with_double_niandu() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某县人民政府2021年度政府信息公开工作年度报告", "某某县人民政府"))
    assert (r.agency, r.agency_type, r.year) == ("某某县人民政府", "gov_self", 2021)


# ---------------------------------------------------------------------------------------------------------------
# 13. last metadata probes
# ---------------------------------------------------------------------------------------------------------------

def test_agency_with_parenthetical_second_name() -> None:
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html",
            t2021_page("某某区财政局（区国资办）2021年政府信息公开工作年度报告", "某某区财政局（区国资办）"))
    assert r.agency_type == "department"
    assert r.year == 2021


def test_related_report_links_do_not_change_year() -> None:
    related = "<div class='list'><h4>其他年度</h4><ul>" + "".join(
        f"<li><a href='/art/{y + 1}/1/20/art_{y}.html'>某某区{y}年政府信息公开工作年度报告</a><span>{y + 1}-01-20</span></li>"
        for y in range(2015, 2021)) + "</ul></div>"
    doc = t2021_page("某某区2021年政府信息公开工作年度报告").replace(
        b'<div class="share">', related.encode() + b'<div class="share">')
    r = one("http://www.example.gov.cn/art/2022/1/20/art_1.html", doc)
    assert (r.year, r.title) == (2021, "某某区2021年政府信息公开工作年度报告")
    assert "2016年政府信息公开工作年度报告" not in r.body


def test_agency_from_title_without_year() -> None:
    r = one("http://www.example.gov.cn/art/2021/1/28/art_1.html",
            chrome_page("某某区统计局政府信息公开工作年度报告", t2021_body("某某区统计局", year=2020), date="2021-01-28"))
    assert (r.agency, r.agency_type, r.year) == ("某某区统计局", "department", 2020)
