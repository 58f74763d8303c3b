"""Black-box probe: false alarms of the prose rules for text facts (source='text').

The parser drops (1) counts of requests that another year opens, (2) running totals since the Regulation,
(3) zero statements about one kind of applicant, and reads (4) "各" lists as one count per listed case. These cases
pin the other side: real report phrasings whose OWN year's counts a careful reader still records (a 2021 report
written in January 2022, the year in the sentence, 本年度累计 / 全年累计, a span report, a title without a year and
no period sentence, a comparison with last year after this year's count, the full applicant set in a zero, 各 in the
sense of "every", …), next to the drops themselves. Each document is written in our own words after the shapes seen
in real portal pages (Hanweb/TRS article pages with a 索引号 block, section tables of the 2019/2021 formats or the
2014 statistics table).
"""

from __future__ import annotations

import zlib

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

COLS7 = 7
T21_ROWS = (
    ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"]
    + ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"]
    + ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
       "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    + ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
    + ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
       "5.要求行政机关确认或重新出具已获取信息"]
    + ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
       "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
    + ["（七）总计", "四、结转下年度继续办理"]
)
T19_ROWS = (
    T21_ROWS[:2] + T21_ROWS[2:4] + T21_ROWS[4:12] + T21_ROWS[12:15] + T21_ROWS[15:20]
    + ["（六）其他处理", "（七）总计", "四、结转下年度继续办理"]
)


def _row(label: str, values: list[int]) -> str:
    return f"<tr><td colspan='2'>{label}</td>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"


def section3(received: int, fmt: str) -> str:
    rows = T21_ROWS if fmt == "t2021" else T19_ROWS
    head = ("<table border='1'><tr><td colspan='3' rowspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，"
            "等于第三项加第四项之和）</td><td colspan='7'>申请人情况</td></tr>"
            "<tr><td rowspan='2'>自然人</td><td colspan='5'>法人或其他组织</td><td rowspan='2'>总计</td></tr>"
            "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>")
    out = []
    for label in rows:
        n = received if label.startswith(("一、本年新收", "（一）予以公开", "（七）总计")) else 0
        out.append(_row(label, [n, 0, 0, 0, 0, 0, n]))
    return head + "".join(out) + "</table>"


def section4(review: int, litigation: int) -> str:
    head = ("<table border='1'><tr><td colspan='5'>行政复议</td><td colspan='10'>行政诉讼</td></tr>"
            "<tr><td rowspan='2'>结果维持</td><td rowspan='2'>结果纠正</td><td rowspan='2'>其他结果</td>"
            "<td rowspan='2'>尚未审结</td><td rowspan='2'>总计</td><td colspan='5'>未经复议直接起诉</td>"
            "<td colspan='5'>复议后起诉</td></tr><tr>"
            + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 2 + "</tr>")
    vals = [review, 0, 0, 0, review, litigation, 0, 0, 0, litigation, 0, 0, 0, 0, 0]
    return head + "<tr>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr></table>"


def section2_t2021() -> str:
    return ("<table border='1'><tr><td colspan='4'>第二十条第（一）项</td></tr>"
            "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
            "<tr><td>行政规范性文件</td><td>3</td><td>1</td><td>12</td></tr>"
            "<tr><td colspan='4'>第二十条第（五）项</td></tr>"
            "<tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>"
            "<tr><td>行政许可</td><td colspan='3'>56</td></tr></table>")


def section2_t2019() -> str:
    return ("<table border='1'><tr><td colspan='4'>第二十条第（一）项</td></tr>"
            "<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>"
            "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>"
            "<tr><td>规范性文件</td><td>2</td><td>2</td><td>15</td></tr></table>")


E2014_TABLE = ("<table border='1'><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>"
               "<tr><td>一、主动公开情况</td><td></td><td></td></tr>"
               "<tr><td>（一）主动公开政府信息数</td><td>条</td><td>{items}</td></tr>"
               "<tr><td>二、依申请公开情况</td><td></td><td></td></tr>"
               "<tr><td>（一）收到申请数</td><td>件</td><td>{received}</td></tr>"
               "<tr><td>四、行政复议数量</td><td>件</td><td>{review}</td></tr>"
               "<tr><td>五、行政诉讼数量</td><td>件</td><td>{litigation}</td></tr></table>")


def article(title: str, paras: list[str], *, fmt: str, received: int | None, review: int = 0,
            litigation: int = 0, items: int = 0, date: str = "2022-01-24", agency: str = "某某县人民政府办公室",
            charset: str = "utf-8") -> bytes:
    """A portal article page: nav, breadcrumb, 索引号 block, title, prose sections and the format's tables."""
    prose = "".join(f"<p style='text-indent:2em'>{p}</p>" for p in paras)
    tables = ""
    if received is not None:
        if fmt == "t2021":
            tables = ("<p>二、主动公开政府信息情况</p>" + section2_t2021()
                      + "<p>三、收到和处理政府信息公开申请情况</p>" + section3(received, fmt)
                      + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + section4(review, litigation))
        elif fmt == "t2019":
            tables = ("<p>二、主动公开政府信息情况</p>" + section2_t2019()
                      + "<p>三、收到和处理政府信息公开申请情况</p>" + section3(received, fmt)
                      + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + section4(review, litigation))
        else:
            tables = "<p>附表：政府信息公开情况统计表</p>" + E2014_TABLE.format(
                items=items, received=received, review=review, litigation=litigation)
    nav = "".join(f"<li><a href='/col/col{200 + i}/index.html'>{n}</a></li>" for i, n in enumerate(
        ["首页", "政务公开", "政务服务", "互动交流", "走进某某", "专题专栏"]))
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title></head><body>
<div class="top"><span>欢迎访问某某县人民政府门户网站</span><a href="/jgsy/">无障碍</a></div>
<ul class="nav">{nav}</ul>
<div class="position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col201/">政务公开</a> &gt;
<a href="/col/col3310/">政府信息公开年报</a></div>
<table class="xxgk_table"><tr><th>索引号：</th><td>001008003012/2022-00031</td><th>主题分类：</th><td>其他</td></tr>
<tr><th>发布机构：</th><td>{agency}</td><th>成文日期：</th><td>{date}</td></tr>
<tr><th>名称：</th><td colspan="3">{title}</td></tr></table>
<div class="article"><h2 class="tit">{title}</h2>
<div class="info">发布时间：{date} 10:12 来源：{agency} 【字体：大 中 小】</div>
<div class="TRS_Editor">{prose}{tables}</div></div>
<div class="bottom"><p>主办单位：某某县人民政府办公室 地址：某某县府前路1号</p><p>网站标识码：3310230001
 ICP备案号：浙ICP备12001234号-1</p></div></body></html>"""
    return doc.encode(charset)


def parse(body: bytes, url: str) -> Report:
    return parse_report([Fetched(url, body, {"content-type": "text/html"})])


def text_facts(report: Report) -> dict[str, float | None]:
    return {f.key: f.value for f in report.facts if f.source == "text"}


PERIOD = {y: f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。" for y in range(2008, 2023)}
INTRO21 = ("本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
           "编制。")
INTRO14 = "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。"
T21 = "某某县{}2021年政府信息公开工作年度报告"
T20 = "某某县{}2020年政府信息公开工作年度报告"


def t21(title_org: str, body: list[str], *, received: int | None, period: bool = True, **kw) -> dict:
    paras = [INTRO21 + (PERIOD[2021] if period else ""), "一、总体情况"] + body
    return dict(title=T21.format(title_org), paras=paras, fmt="t2021", received=received, **kw)


def t19(year: int, title_org: str, body: list[str], *, received: int | None, **kw) -> dict:
    paras = [INTRO21 + PERIOD[year], "一、总体情况"] + body
    title = f"某某县{title_org}{year}年政府信息公开工作年度报告"
    kw.setdefault("date", f"{year + 1}-01-20")
    return dict(title=title, paras=paras, fmt="t2019", received=received, **kw)


def e14(year: int, title_org: str, body: list[str], *, received: int | None, **kw) -> dict:
    paras = [INTRO14 + PERIOD[year], "一、概述"] + body
    title = f"某某县{title_org}{year}年政府信息公开工作年度报告"
    kw.setdefault("date", f"{year + 1}-03-10")
    return dict(title=title, paras=paras, fmt="e2014", received=received, **kw)


# (document, expected text facts {key: value}, keys with no text fact, {key: value that must not be recorded})
CASES = [
    # ---- (1) a count another year opens is dropped; this year's count in the same report is kept ----
    pytest.param(t21("交通运输局", ["2021年，本局共收到政府信息公开申请52件，均在法定期限内答复。",
                                  "2020年本局收到政府信息公开申请38件，其中多数涉及道路征迁补偿。"], received=52),
                 {"apply.received.total": 52}, [], {}, id="drop-2020-count-keep-2021-count"),
    pytest.param(t21("住房和城乡建设局", ["本年度本局收到政府信息公开申请17件。",
                                     "2022年1月收到的3件申请，将在下一年度报告中统计。"], received=17),
                 {"apply.received.total": 17}, [], {}, id="drop-2022-january-requests-next-report"),
    pytest.param(t21("人力资源和社会保障局", ["2020年本局收到政府信息公开申请38件。本年度依申请公开工作平稳有序。"],
                     received=None),
                 {}, ["apply.received.total"], {}, id="only-other-year-count-no-fact"),
    pytest.param(t19(2020, "市场监督管理局", ["2019年本局收到申请15件，2020年收到申请21件，申请量有所上升。"],
                     received=21),
                 {"apply.received.total": 21}, [], {"apply.received.total": 15}, id="t2019-two-years-one-sentence"),
    pytest.param(e14(2015, "国土资源局", ["2014年受理政府信息公开申请12件，2015年受理政府信息公开申请20件。"],
                     received=20),
                 {"apply.received.total": 20}, [], {"apply.received.total": 12}, id="e2014-two-years-one-sentence"),
    pytest.param(t21("自然资源局", ["2020年本局被申请行政复议2件。", "本年度，本局因政府信息公开被申请行政复议1件。"],
                     received=5, review=1),
                 {"review.total": 1}, [], {"review.total": 2}, id="drop-2020-review-keep-own-review"),
    # ---- (2) running totals since the Regulation are dropped ----
    pytest.param(e14(2014, "民政局", ["全年主动公开政府信息860条。本年度共受理政府信息公开申请20件。",
                                   "自《条例》施行以来，累计受理政府信息公开申请156件。"], received=20, items=860),
                 {"apply.received.total": 20}, [], {"apply.received.total": 156}, id="since-regulation-total-dropped"),
    pytest.param(t21("卫生健康局", ["截至2021年底，本局累计受理政府信息公开申请350件。"], received=None),
                 {}, ["apply.received.total"], {}, id="running-total-to-year-end-only"),
    pytest.param(t21("教育局", ["《条例》实施以来，本局累计收到政府信息公开申请1023件，其中本年度收到申请98件。"],
                     received=98),
                 {"apply.received.total": 98}, [], {"apply.received.total": 1023}, id="running-total-then-this-year"),
    pytest.param(dict(title="某某县民政局2010年政府信息公开工作年度报告", fmt="e2008", received=None, date="2011-03-02",
                      paras=[INTRO14 + PERIOD[2010], "一、概述", "自2008年5月1日以来，本局累计受理申请46件；"
                             "2010年共受理政府信息公开申请19件。"]),
                 {"apply.received.total": 19}, [], {"apply.received.total": 46}, id="e2008-since-2008-then-2010"),
    # ---- (3) a zero about one kind of applicant is not a zero total ----
    pytest.param(t21("统计局", ["本年度共收到政府信息公开申请7件，均为自然人提出。",
                              "本机关没有收到法人或者其他组织提出的申请。"], received=7),
                 {"apply.received.total": 7}, [], {"apply.received.total": 0}, id="org-zero-with-total"),
    pytest.param(t21("统计局", ["2021年度，本局未收到法人或者其他组织就政府信息公开提出的申请。"], received=None),
                 {}, [], {"apply.received.total": 0}, id="org-zero-alone-not-total-zero"),
    pytest.param(t21("农业农村局", ["本年度未收到商业企业提出的政府信息公开申请，收到自然人申请5件。"], received=5),
                 {}, [], {"apply.received.total": 0}, id="business-zero-not-total-zero"),
    pytest.param(t21("水利局", ["本年度没有收到自然人提出的政府信息公开申请，收到企业申请2件。"], received=2),
                 {}, [], {"apply.received.total": 0}, id="natural-person-zero-not-total-zero"),
    # ---- (3b) the full applicant set in a zero is a zero total ----
    pytest.param(t21("档案馆", ["本年度，本机关未收到公民、法人或者其他组织提出的政府信息公开申请。"], received=0),
                 {"apply.received.total": 0}, [], {}, id="full-set-zero-or"),
    pytest.param(t21("气象局", ["2021年，本局没有收到公民、法人和其他组织的政府信息公开申请。"], received=0),
                 {"apply.received.total": 0}, [], {}, id="full-set-zero-and-year-opens"),
    pytest.param(t21("某某乡人民政府", ["2021年，本乡未收到和处理过政府信息公开申请，作零报告。"], received=0),
                 {"apply.received.total": 0}, [], {}, id="township-zero-report"),
    pytest.param(t21("市场监督管理局", ["本年度收到政府信息公开申请12件。",
                                   "因政府信息公开工作被申请行政复议、提起行政诉讼各1件。"],
                     received=12, review=1, litigation=1),
                 {"apply.received.total": 12, "review.total": 1, "litigation.total": 1}, [], {},
                 id="ge-review-litigation-1"),
    pytest.param(e14(2016, "城乡规划局", ["全年受理政府信息公开申请31件。",
                                     "因政府信息公开申请引发的行政复议和行政诉讼各2件。"],
                     received=31, review=2, litigation=2),
                 {"apply.received.total": 31, "review.total": 2, "litigation.total": 2}, [], {},
                 id="e2014-ge-review-litigation-2"),
    pytest.param(t19(2019, "公安局", ["2019年共受理政府信息公开申请26件。行政复议、行政诉讼案件各3件。"],
                     received=26, review=3, litigation=3),
                 {"apply.received.total": 26, "review.total": 3, "litigation.total": 3}, [], {},
                 id="t2019-ge-anjian"),
    # ---- 各 in other senses ----
    pytest.param(t21("人民政府", ["2021年，全县各部门共收到政府信息公开申请86件。"], received=86),
                 {"apply.received.total": 86}, [], {}, id="ge-bumen-total"),
    pytest.param(t21("人民政府", ["全县共收到政府信息公开申请15件，其中县自然资源局8件，县住建局5件，城关镇、"
                                "新城镇各1件。"], received=15),
                 {"apply.received.total": 15}, ["review.total", "litigation.total"],
                 {"apply.received.total": 1}, id="ge-township-list-in-received"),
    pytest.param(t21("人民政府", ["本年度收到政府信息公开申请40件。全县被申请行政复议2件，涉及县人社局、县市场监管局"
                                "各1件。"], received=40, review=2),
                 {"review.total": 2}, ["litigation.total"], {"review.total": 1}, id="ge-agency-list-in-review"),
    pytest.param(t21("人民政府", ["本年度收到政府信息公开申请9件。各单位均在法定期限内予以答复。"], received=9),
                 {"apply.received.total": 9}, ["review.total", "litigation.total"], {}, id="ge-danwei-no-count"),
    # ---- year in the sentence / early-2022 writing ----
    pytest.param(t21("司法局", ["2021年，本局收到政府信息公开申请31件，全部按时答复。"], received=31),
                 {"apply.received.total": 31}, [], {}, id="year-in-sentence-2021"),
    pytest.param(t21("财政局", ["2021年1月1日至12月31日，本局共收到政府信息公开申请11件。"], received=11),
                 {"apply.received.total": 11}, [], {}, id="year-span-in-sentence"),
    pytest.param(t21("发展和改革局", ["2022年1月，本局对2021年度收到的政府信息公开申请进行了梳理，全年共收到申请23件。"],
                     received=23),
                 {"apply.received.total": 23}, [], {}, id="jan-2022-opens-own-count"),
    pytest.param(t21("商务局", ["截至2022年1月10日，本年度收到的政府信息公开申请12件已全部办结。"], received=12),
                 {"apply.received.total": 12}, [], {}, id="jan-2022-cutoff-own-count"),
    pytest.param(t21("林业局", ["本报告于2022年1月编制。本年度本局收到政府信息公开申请4件。"], received=4),
                 {"apply.received.total": 4}, [], {}, id="jan-2022-written-then-count"),
    pytest.param(t21("应急管理局", ["2021年，我局收到依申请公开政府信息事项2件，均已按时办结。"], received=2),
                 {"apply.received.total": 2}, [], {}, id="year-in-sentence-shixiang"),
    # ---- 本年度累计 / 全年累计 (a year's running count) ----
    pytest.param(t21("生态环境分局", ["本年度累计受理政府信息公开申请44件，办结44件。"], received=44),
                 {"apply.received.total": 44}, [], {}, id="benniandu-leiji"),
    pytest.param(t21("文化广电旅游体育局", ["全年累计受理政府信息公开申请27件。"], received=27),
                 {"apply.received.total": 27}, [], {}, id="quannian-leiji"),
    pytest.param(t21("退役军人事务局", ["2021年累计收到政府信息公开申请19件。"], received=19),
                 {"apply.received.total": 19}, [], {}, id="year-leiji"),
    pytest.param(e14(2017, "审计局", ["全年累计主动公开政府信息1860条。全年累计受理政府信息公开申请8件。"],
                     received=8, items=1860),
                 {"active.items_total": 1860, "apply.received.total": 8}, [], {}, id="e2014-quannian-leiji-two"),
    # ---- more shapes seen in real reports ----
    pytest.param(t21("审计局", ["今年以来，本局累计受理政府信息公开申请12件，均已办结。"], received=12),
                 {"apply.received.total": 12}, [], {}, id="jinnian-yilai-leiji"),
    pytest.param(t21("审计局", ["自2019年5月15日新《条例》施行以来，本局累计收到政府信息公开申请200件。",
                              "本年度收到政府信息公开申请45件。"], received=45),
                 {"apply.received.total": 45}, [], {"apply.received.total": 200}, id="since-new-regulation-dropped"),
    pytest.param(t21("民政局", ["2020年结转至本年的2件申请已全部办结。本年度新收政府信息公开申请16件。"], received=16),
                 {"apply.received.total": 16}, [], {"apply.received.total": 2}, id="carried-from-2020-not-received"),
    pytest.param(t21("民政局", ["二〇二一年，本局收到政府信息公开申请8件。"], received=8),
                 {"apply.received.total": 8}, [], {}, id="chinese-numeral-year-own"),
    pytest.param(t21("民政局", ["2021年3月，本局收到第一件政府信息公开申请；全年共收到政府信息公开申请5件。"], received=5),
                 {"apply.received.total": 5}, [], {}, id="own-year-month-then-count"),
    pytest.param(t21("粮食和物资储备局", ["本年度未收到社会公众提出的政府信息公开申请。"], received=0),
                 {"apply.received.total": 0}, [], {}, id="zero-shehui-gongzhong"),
    pytest.param(t21("粮食和物资储备局", ["本年度未收到任何单位和个人的政府信息公开申请。"], received=0),
                 {"apply.received.total": 0}, [], {}, id="zero-any-unit-or-person"),
    pytest.param(t21("工业和信息化局", ["本年度没有收到企业提出的政府信息公开申请，收到群众申请3件。"], received=3),
                 {}, [], {"apply.received.total": 0}, id="enterprise-zero-not-total-zero"),
    # (not read: 诉讼 alone, without 行政, is no litigation anchor: 行政复议、诉讼各1件; docs/extraction.md)
    pytest.param(t21("医疗保障局", ["本年度收到政府信息公开申请6件。发生政府信息公开行政复议案件、行政诉讼案件各1起。"],
                     received=6, review=1, litigation=1),
                 {"review.total": 1, "litigation.total": 1}, [], {}, id="ge-anjian-qi"),
    pytest.param(dict(title="某某县商务局2021年政府信息公开工作年度报告", fmt="t2021", received=13, date="2022-01-21",
                      paras=[INTRO21, "一、总体情况", "2020年受理政府信息公开申请10件，2021年受理政府信息公开申请13件。"]),
                 {"apply.received.total": 13}, [], {"apply.received.total": 10}, id="title-year-only-two-years"),
    pytest.param(t19(2019, "生态环境局", ["2019年5月15日新《条例》施行后，本局共收到政府信息公开申请3件。"], received=3),
                 {"apply.received.total": 3}, [], {}, id="t2019-after-new-regulation-own-year"),
    pytest.param(t21("住房保障中心", ["本年度收到政府信息公开申请12件（统计时间为2021年1月1日至12月31日）。"], received=12),
                 {"apply.received.total": 12}, [], {}, id="own-year-in-trailing-paren"),
    pytest.param(e14(2016, "环境保护局", ["2016年1-12月，本局共受理政府信息公开申请20件。"], received=20),
                 {"apply.received.total": 20}, [], {}, id="e2014-month-range-own-year"),
    pytest.param(t21("审计局", ["1-12月累计受理政府信息公开申请12件，均在法定期限内答复。"], received=12),
                 {"apply.received.total": 12}, [], {}, id="month-range-leiji"),
    pytest.param(t21("体育中心", ["本机关没有收到自然人、法人或者其他组织提出的政府信息公开申请。"], received=0),
                 {"apply.received.total": 0}, [], {}, id="full-set-zero-ziranren-faren-qita"),
    pytest.param(t21("自然资源局", ["本年度收到政府信息公开申请14件。", "2020年本局被提起行政诉讼1件，本年度未发生行政诉讼。"],
                     received=14),
                 {}, [], {"litigation.total": 1}, id="drop-2020-litigation-own-zero"),
    pytest.param(t21("统计局", ["2020年本局主动公开政府信息1500条。本年度主动公开政府信息1800条。"], received=2),
                 {"active.items_total": 1800}, [], {"active.items_total": 1500}, id="active-2020-count-then-own"),
    pytest.param(t21("统计局", ["截至2021年底，累计主动公开政府信息4713条，其中本年度新增主动公开政府信息1685条。"],
                     received=2),
                 {"active.items_total": 1685}, [], {"active.items_total": 4713}, id="active-running-total-then-new"),
    # ---- comparisons with last year ----
    pytest.param(t21("城市管理局", ["本年度收到政府信息公开申请49件，较2020年增加11件。"], received=49),
                 {"apply.received.total": 49}, [], {"apply.received.total": 11}, id="compare-after-jiao-2020"),
    pytest.param(t21("城市管理局", ["本年度收到政府信息公开申请30件，较上年增加5件。"], received=30),
                 {"apply.received.total": 30}, [], {}, id="compare-after-shangnian"),
    pytest.param(t21("城市管理局", ["本年度共收到政府信息公开申请120件，同比增长20%（2020年为100件）。"], received=120),
                 {"apply.received.total": 120}, [], {"apply.received.total": 100}, id="compare-paren-2020"),
    pytest.param(t21("城市管理局", ["与2020年相比，本年度收到政府信息公开申请49件，增长28.9%。"], received=49),
                 {"apply.received.total": 49}, [], {}, id="compare-before-own-count"),
    pytest.param(t19(2020, "交通运输局", ["2020年收到政府信息公开申请64件，较2019年的52件增加12件。"], received=64),
                 {"apply.received.total": 64}, [], {"apply.received.total": 52}, id="t2019-compare-prev-count"),
    # ---- span / transition reports ----
    pytest.param(dict(title="某某县某某乡2019年至2020年政府信息公开工作年度报告", fmt="t2019", received=None,
                      date="2021-01-18",
                      paras=[INTRO21 + "本报告中所列数据的统计期限自2019年1月1日起至2020年12月31日止。", "一、总体情况",
                             "2019年至2020年，本乡共收到政府信息公开申请6件，均已按期答复。"]),
                 {"apply.received.total": 6}, [], {}, id="span-2019-2020-count"),
    pytest.param(dict(title="某某市教育局2008年政府信息公开工作年度报告", fmt="e2008", received=None, date="2009-03-20",
                      paras=[INTRO14 + "本报告中所列数据的统计期限自2008年5月1日起至2008年12月31日止。", "一、概述",
                             "2008年5月1日至12月31日，本局共受理政府信息公开申请5件。"]),
                 {"apply.received.total": 5}, [], {}, id="first-year-2008-may-to-dec"),
    # ---- title without a year, no period sentence: year from the page date ----
    pytest.param(dict(title="某某县交通运输局政府信息公开工作年度报告", fmt="t2021", received=9, date="2022-01-18",
                      paras=[INTRO21, "一、总体情况", "本年度本局收到政府信息公开申请9件。"]),
                 {"apply.received.total": 9}, [], {}, id="no-year-title-benniandu"),
    pytest.param(dict(title="某某县交通运输局政府信息公开工作年度报告", fmt="t2021", received=3, date="2022-03-10",
                      paras=[INTRO21, "一、总体情况", "2021年，本局收到政府信息公开申请3件。"]),
                 {"apply.received.total": 3}, [], {}, id="no-year-title-2021-in-sentence"),
    pytest.param(dict(title="某某镇政府信息公开工作年度报告", fmt="t2019", received=4, date="2021-02-03",
                      paras=[INTRO21, "一、总体情况", "全年共收到政府信息公开申请4件，已全部办结。"]),
                 {"apply.received.total": 4}, [], {}, id="no-year-title-quannian-t2019"),
    pytest.param(dict(title="某某县水利局政府信息公开工作年度报告", fmt="e2014", received=14, date="2016-02-26",
                      items=230, paras=[INTRO14, "一、概述", "2015年，本局共受理政府信息公开申请14件。"]),
                 {"apply.received.total": 14}, [], {}, id="no-year-title-e2014-2015-in-sentence"),
    pytest.param(dict(title="某某县水利局政府信息公开工作年度报告", fmt="t2021", received=6, date="2022-01-12",
                      paras=[INTRO21, "一、总体情况", "本年度收到政府信息公开申请6件，较2020年增加2件。"]),
                 {"apply.received.total": 6}, [], {"apply.received.total": 2}, id="no-year-title-compare"),
]


@pytest.mark.parametrize(("doc", "expected", "absent", "forbidden"), CASES)
def test_prose_counts(doc: dict, expected: dict, absent: list, forbidden: dict) -> None:
    doc = dict(doc)
    title, paras, fmt, received = doc.pop("title"), doc.pop("paras"), doc.pop("fmt"), doc.pop("received")
    date = doc.get("date", "2022-01-24")
    art = zlib.crc32(title.encode()) % 99999
    url = f"http://www.mmx.gov.cn/art/{date[:4]}/{int(date[5:7])}/{int(date[8:10])}/art_3310_{art}.html"
    report = parse(article(title, paras, fmt=fmt, received=received, **doc), url)
    got = text_facts(report)
    for key, value in expected.items():
        assert got.get(key) == value, (key, got)
    for key in absent:
        assert key not in got, (key, got)
    for key, value in forbidden.items():
        assert got.get(key) != value, (key, got)
    text = [f for f in report.facts if f.source == "text"]
    assert all(f.value_flag != "derived" for f in text)
