"""Fifth independent accuracy probe of `parse_report`: hard documents (spec 3.3 and 3.8, seeds 001 and 004).

Aggregator / Q&A pages pasting several reports, pages holding two editions or two years, spam mirrors with gambling
words, pinyin glosses and traditional script, look-alike documents parsed anyway, seed-004 reports whose tables are
missing, page prose + statistics in an attached XLSX/DOCX/PDF, prose numbers with 万/余/近/约 and Chinese numerals,
derived keys (2.6) and consistency checks on such documents. Built from the spec, not from the code.
"""

from __future__ import annotations

import attachment_factory as factory
import pytest
import test_probe_accuracy as p1
from test_probe_accuracy import (
    BASE3,
    E2008_PROSE,
    fact,
    facts,
    failing,
    failing_families,
    p,
    sec3_2021,
    sec4,
    table,
    td,
)

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

HTML = {"content-type": "text/html"}
GOV_URL = "http://www.example.gov.cn/art/2022/1/20/art_1229_77.html"
BAIKE_URL = "https://m.zjtcn.com/baike/lys2016ndzfxxgkgzbg7246083.html"


def parse(url: str, body: bytes, attachments: tuple[Fetched, ...] = ()) -> Report:
    return parse_report([Fetched(url=url, body=body, headers=HTML)], attachments=attachments)


def table_facts(r: Report) -> dict[str, float | None]:
    return facts(r, "table")


# ---------------------------------------------------------------------------------------------------------------
# aggregator / Q&A pages (spec 3.3, seed 001)
# ---------------------------------------------------------------------------------------------------------------

JZ2009 = [
    "一、概述", "2009年，锦州市进一步健全政府信息公开工作机制。",
    "二、主动公开政府信息的情况", "本年度，全市新增加主动公开政府信息25984条。",
    "三、依申请公开政府信息办理情况", "本年度，全市共受理政府信息公开申请38条，已办结38条。",
    "四、政府信息公开的收费及减免情况", "本年度未收取任何费用。",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "本年度未发生行政复议、行政诉讼案件。",
]
JZ2016 = [
    "锦州市2016年政府信息公开工作年度报告",
    "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
    "一、概述", "2016年，锦州市认真贯彻落实国务院办公厅2016年政务公开工作要点。",
    "二、主动公开政府信息情况", "2016年，全市主动公开政府信息9126条，其中通过政府网站公开政府信息8650条。",
    "三、依申请公开政府信息办理情况", "2016年，全市共受理政府信息公开申请256件，已办结255件，未办结1件。",
    "四、政府信息公开的收费及减免情况", "2016年未收取任何费用。",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "2016年，全市发生行政复议5件，行政诉讼3件。",
    "六、政府信息公开工作存在的主要问题及改进情况", "公开内容的深度有待提高。",
]
CZ2009 = [
    "潮州市2009年政府信息公开工作年度报告",
    "一、概述", "2009年，潮州市各级行政机关认真贯彻《条例》。",
    "二、主动公开政府信息的情况", "全市共主动公开政府信息4321条。",
    "三、依申请公开政府信息的情况", "全市共受理政府信息公开申请17宗。",
]
QA = ["问：供暖公司不给供暖可以申请政府信息公开吗？", "答：可以向供热主管部门申请公开相关信息，共有12件类似案例。",
      "相关问答", "选择特殊符号", "请输入搜索"]


def baike_page(title: str, paragraphs: list[str]) -> bytes:
    head = "<div class='top'><p>选择特殊符号</p><p>选择搜索类型</p><p>请输入搜索</p></div>"
    body = "".join(p(x) for x in paragraphs)
    return f"""<html><head><meta charset="utf-8"><title>{title}_百科_造价通</title></head><body>{head}
<div class="baike"><h1>{title}</h1><div class="bk-content">{body}</div></div>
<div class="foot">造价通 版权所有</div></body></html>""".encode()


def aggregator_report() -> Report:
    return parse(BAIKE_URL, baike_page("锦州市2016年政府信息公开工作年度报告", JZ2009 + JZ2016 + CZ2009 + QA))


def test_aggregator_year_from_title_report() -> None:
    r = aggregator_report()
    assert r.year == 2016


def test_aggregator_body_keeps_only_titled_report() -> None:
    r = aggregator_report()
    assert "256件" in r.body
    assert "25984" not in r.body and "潮州" not in r.body and "供暖" not in r.body


def test_aggregator_prose_facts_from_titled_report() -> None:
    r = aggregator_report()
    found = facts(r, "text")
    assert found.get("apply.received.total") == 256
    assert found.get("active.items_total") == 9126
    assert found.get("review.total") == 5 and found.get("litigation.total") == 3


def test_aggregator_is_mirror_and_has_error_entry() -> None:
    r = aggregator_report()
    assert r.is_mirror and r.mirror_reason
    assert r.errors, "pasting several reports should leave an errors entry (segments dropped / low trust)"


def test_aggregator_two_t2021_reports_tables_of_titled_one() -> None:
    """A doc-mirror page pasting a 2020 t2019 report (with its tables) and then the titled 2021 report."""
    first = p1.t2019_body("某某县人民政府", 2020)
    second = p1.t2021_body("某某区人民政府")
    page = baike_page("某某区人民政府2021年政府信息公开工作年度报告",
                      []).replace(b"<div class=\"bk-content\"></div>",
                                  f'<div class="bk-content">{p("某某县人民政府2020年政府信息公开工作年度报告")}{first}'
                                  f'{p("某某区人民政府2021年政府信息公开工作年度报告")}{second}</div>'.encode())
    r = parse(BAIKE_URL, page)
    assert (r.year, r.template) == (2021, "t2021")
    t = table_facts(r)
    assert t.get("apply.received_new.total") == 14  # BASE3, not the t2019 table's 7
    assert t.get("apply.outcome.total.total") == 13
    assert "行政许可" in r.body and "980" not in r.body  # t2019 section-二 number of the other report


# ---------------------------------------------------------------------------------------------------------------
# two editions / two years on one page
# ---------------------------------------------------------------------------------------------------------------

def test_image_edition_plus_text_edition_one_set_of_facts() -> None:
    imgs = "".join(f'<p><img src="/picture/0/nb2021_{i}.jpg" alt="年报图片{i}"></p>' for i in range(1, 5))
    content = p("【图片版】") + imgs + p("【文字版】") + p1.t2021_body("某某区人民政府")
    r = parse(GOV_URL, p1.chrome_page("某某区人民政府2021年政府信息公开工作年度报告", content))
    assert not r.tables_missing
    t = [f for f in r.facts if f.source == "table" and f.key == "apply.received_new.total"]
    assert [f.value for f in t] == [14]


def test_page_with_this_year_and_last_year_report() -> None:
    """The 2021 report followed by '附：2020年年度报告' pasted underneath: the title's year wins, 2021 tables only."""
    base2020 = {k: [v * 3 for v in vals] for k, vals in BASE3.items()}
    content = (p1.t2021_body("某某区人民政府") + p("附：某某区人民政府2020年政府信息公开工作年度报告")
               + p1.t2021_body("某某区人民政府", year=2020, s3=sec3_2021(base2020)))
    r = parse(GOV_URL, p1.chrome_page("某某区人民政府2021年政府信息公开工作年度报告", content))
    assert r.year == 2021
    assert [f.value for f in r.facts if f.source == "table" and f.key == "apply.received_new.total"] == [14]
    assert not {c.rule for c in r.checks if not c.passed}


# ---------------------------------------------------------------------------------------------------------------
# mirrors (spec 3.8)
# ---------------------------------------------------------------------------------------------------------------

def to_trad(text: str) -> str:
    from opencc import OpenCC  # noqa: PLC0415

    return OpenCC("s2t").convert(text)


MIRROR_URL = "http://www.hongxingpaper.com/news/show-20220120.html"


def spam_page(title: str, content: str, *, banner: str = "澳门金沙城中心_欧洲杯足球网_真人娱乐平台") -> bytes:
    return f"""<html><head><meta charset="utf-8"><title>{title}-{banner}</title>
<meta name="keywords" content="{banner},皇冠体育,bet365"></head><body><div class="ad">{banner}</div>
<div class="main"><h1>{title}</h1><div class="content">{content}</div></div>
<div class="links">友情链接：<a href="http://x.example.com">威尼斯人娱乐</a></div></body></html>""".encode()


def pinyin_gloss(text: str) -> str:
    """Mirror-style glosses: 报(bào)告, 公(gōng)开 — inserted after a few frequent characters."""
    gloss = {"報": "(bào)", "告": "(gào)", "開": "(kāi)", "政": "(zhèng)"}
    return "".join(ch + gloss.get(ch, "") for ch in text)


TITLE21 = "某某区人民政府2021年政府信息公开工作年度报告"


def test_traditional_pinyin_mirror_hash_and_facts() -> None:
    orig = parse(GOV_URL, p1.t2021_page(TITLE21, "某某区人民政府"))
    body = to_trad(p1.t2021_body("某某区人民政府"))
    # gloss prose paragraphs only (tables keep their labels): real mirrors gloss running text
    body = body.replace("<p>", "<p>\x00").split("\x00")
    body = "".join(pinyin_gloss(x) if not x.startswith("<table") and "<table" not in x else x for x in body)
    r = parse(MIRROR_URL, spam_page(to_trad(TITLE21), body))
    assert r.is_mirror and r.mirror_reason
    assert r.script == "traditional"
    assert r.body_hash == orig.body_hash
    assert table_facts(r) == table_facts(orig)


def test_pinyin_glosses_inside_table_labels() -> None:
    orig = parse(GOV_URL, p1.t2021_page(TITLE21, "某某区人民政府"))
    body = to_trad(p1.t2021_body("某某区人民政府")).replace("公開", "公(gōng)開").replace("申請", "申(shēn)請")
    r = parse(MIRROR_URL, spam_page(to_trad(TITLE21), body))
    assert table_facts(r) == table_facts(orig)


def test_gambling_lines_injected_between_paragraphs() -> None:
    orig = parse(GOV_URL, p1.chrome_page("某某局2009年政府信息公开工作年度报告", E2008_PROSE, date="2010-03-20"))
    spam = p("【澳门金沙城中心】欧洲杯足球网真人娱乐平台，注册送58元！")
    body = E2008_PROSE.replace("<p>二、", spam + "<p>二、").replace("<p>四、", spam + "<p>四、")
    r = parse(MIRROR_URL, spam_page("某某局2009年政府信息公开工作年度报告", body))
    assert r.is_mirror and "澳门" not in r.body
    assert r.body_hash == orig.body_hash
    assert facts(r, "text") == facts(orig, "text")


def test_gov_look_alike_host_is_mirror() -> None:
    r = parse("http://www.example.gov.cn.hgty88.com/art/2022/1/20/art_1229_77.html",
              spam_page(TITLE21, p1.t2021_body("某某区人民政府")))
    assert r.is_mirror and r.mirror_reason


def test_mirror_e2014_checks_same_as_original() -> None:
    over = {"review.total": 3}  # 2+0+0 ≠ 3 → O5 fails in both
    orig = parse(GOV_URL, p1.chrome_page("某某县人民政府2016年政府信息公开工作年度报告",
                                         p1.e2014_body("某某县人民政府", overrides=over), date="2017-03-20"))
    r = parse(MIRROR_URL, spam_page(to_trad("某某县人民政府2016年政府信息公开工作年度报告"),
                                    to_trad(p1.e2014_body("某某县人民政府", overrides=over))))
    assert "O5" in failing_families(orig)
    assert failing(r) == failing(orig)
    assert table_facts(r) == table_facts(orig)


# ---------------------------------------------------------------------------------------------------------------
# look-alikes parsed anyway (spec 3.3)
# ---------------------------------------------------------------------------------------------------------------

def lookalike(title: str, content: str) -> Report:
    return parse(GOV_URL, p1.chrome_page(title, content))


def test_zhengwu_summary_flagged() -> None:
    content = (p("2021年，某某市坚持以公开为常态，全面推进政务公开工作，现将工作总结如下。")
               + p("一、主要工作成效") + p("全年主动公开政府信息15200条，受理政府信息公开申请86件。")
               + p("二、存在的问题") + p("三、2022年工作打算"))
    r = lookalike("某某市2021年政务公开工作总结", content)
    assert r.errors, "a 政务公开工作总结 is not an annual report: an errors entry is expected"
    assert r.template is None or r.template == "e2008"


def test_work_plan_has_no_statistics_facts() -> None:
    content = (p("为深入贯彻落实《中华人民共和国政府信息公开条例》，现提出2022年政务公开工作要点如下。")
               + p("一、加强重点领域信息公开") + p("（一）全年主动公开政府信息不少于1000条。")
               + p("二、做好依申请公开工作") + p("依申请公开答复率达到100%，办理申请按时办结。"))
    r = lookalike("某某县2022年政务公开工作要点", content)
    assert r.errors
    assert not [f for f in r.facts if f.source == "table"]


def test_website_annual_form_is_not_t2021() -> None:
    form = table([[td("网站名称"), td("某某区人民政府门户网站")], [td("首页网址"), td("http://www.example.gov.cn")],
                  [td("独立用户访问总量（单位：个）"), td("125680")], [td("网站总访问量（单位：次）"), td("3562100")],
                  [td("信息发布（单位：条）"), td("5230")], [td("留言办理"), td("收到留言数量：120")]])
    r = lookalike("某某区人民政府门户网站2021年工作年度报表", p("政府网站工作年度报表") + form)
    assert r.errors
    assert r.template not in ("t2019", "t2021")
    assert not [f for f in r.facts if f.key.startswith(("apply.", "review.", "litigation."))]


def test_law_enforcement_annual_report_flagged() -> None:
    content = (p("一、行政执法基本情况") + p("2021年共办理行政处罚案件356件，行政许可1260件。")
               + p("二、行政复议、行政诉讼情况") + p("发生行政复议4件，行政诉讼2件。"))
    r = lookalike("某某市市场监督管理局2021年度行政执法数据年度报告", content)
    assert r.errors


# ---------------------------------------------------------------------------------------------------------------
# tables missing (seed 004)
# ---------------------------------------------------------------------------------------------------------------

def seed004_body(extra: str = "") -> str:
    return "".join([
        p("本年度报告根据《中华人民共和国政府信息公开条例》要求，汇总2020年度莲都区政府信息公开工作年度报告编制而成。"
          "报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。"),
        p("一、总体情况"), p("2020年，莲都区全面推进政务公开标准化规范化工作。全年主动公开政府信息1.5万余条。"),
        p("二、主动公开政府信息情况"), extra,
        p("三、收到和处理政府信息公开申请情况"), extra,
        p("四、政府信息公开行政复议、行政诉讼情况"), extra,
        p("五、存在的主要问题及改进情况"), p("一是重大决策预公开存在局限；二是政策解读质量有待提升。"),
        p("六、其他需要报告的事项"), p("无。"),
    ])


def test_seed004_empty_headings_tables_missing_no_zeros() -> None:
    r = parse("http://www.lishui.gov.cn/art/2021/2/5/art_1229486934_59083071.html",
              p1.chrome_page("莲都区2020年政府信息公开工作年度报告", seed004_body(), date="2021-02-05"))
    assert r.year == 2020 and r.template == "t2019"
    assert r.tables_missing and r.tables_missing_reason
    assert not [f for f in r.facts if f.source in ("table", "derived")]
    assert not r.checks or all(c.passed for c in r.checks)


def test_seed004_approx_wan_prose_fact_kept() -> None:
    r = parse("http://www.lishui.gov.cn/art/2021/2/5/art_1229486934_59083071.html",
              p1.chrome_page("莲都区2020年政府信息公开工作年度报告", seed004_body(), date="2021-02-05"))
    f = fact(r, "active.items_total", "text")
    assert f is not None and f.value == 15000 and f.value_flag == "approx"


def test_empty_table_shells_tables_missing() -> None:
    shell = table([[td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")],
                   [td(""), td(""), td(""), td("")]])
    r = parse(GOV_URL, p1.chrome_page("莲都区2020年政府信息公开工作年度报告", seed004_body(shell), date="2021-02-05"))
    assert r.tables_missing and r.tables_missing_reason
    assert not [f for f in r.facts if f.source == "table" and f.value == 0]


def test_seed004_mirror_with_hanweb_path_same_hash() -> None:
    orig = parse("http://www.lishui.gov.cn/art/2021/2/5/art_1229486934_59083071.html",
                 p1.chrome_page("莲都区2020年政府信息公开工作年度报告", seed004_body(), date="2021-02-05"))
    r = parse("http://inapptrack.com/art/2021/2/5/art_1229486934_59083071.html",
              spam_page("莲都区2020年政府信息公开工作年度报告", seed004_body()))
    assert r.is_mirror and r.tables_missing
    assert r.body_hash == orig.body_hash


def test_only_section4_missing_no_zero_review_facts() -> None:
    body = p1.t2021_body("某某区人民政府", s4="")
    r = parse(GOV_URL, p1.chrome_page(TITLE21, body))
    assert table_facts(r).get("apply.received_new.total") == 14
    assert not [f for f in r.facts if f.key.startswith(("review.", "litigation."))]


# ---------------------------------------------------------------------------------------------------------------
# statistics in an attachment, prose on the page
# ---------------------------------------------------------------------------------------------------------------

ATT_PAGE = "http://www.example.gov.cn/art/2022/1/28/art_1229_8.html"
PROSE_PAGE = "".join(p(x) for x in [
    "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。",
    "一、总体情况", "2021年，漳河新区全年主动公开政府信息4578条。全年共收到政府信息公开申请23件。",
    "二、主动公开政府信息情况", "详见附件统计表。", "三、收到和处理政府信息公开申请情况", "详见附件统计表。",
])
XLSX_CT = {"content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def xlsx_report() -> tuple[Report, factory.T2021Data]:
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/uploadfiles/2022/01/tjb2021.xlsx", factory.t2021_xlsx(data), XLSX_CT)
    page = p1.chrome_page("漳河新区2021年政府信息公开工作年度报告",
                          PROSE_PAGE + '<p>附件：<a href="/uploadfiles/2022/01/tjb2021.xlsx">统计表.xlsx</a></p>')
    return parse(ATT_PAGE, page, (att,)), data


def test_xlsx_stats_with_prose_page_origins() -> None:
    r, data = xlsx_report()
    row = factory.T2021_APPLY_ROWS.index(("一、本年新收政府信息公开申请数量", "", ""))
    f = fact(r, "apply.received_new.total", "table")
    assert f is not None and f.value == float(data.apply[row][6]) and f.origin == "xlsx"
    t = fact(r, "active.items_total", "text")
    assert t is not None and t.value == 4578 and t.origin == "html"
    assert r.template == "t2021" and not r.tables_missing


def test_xlsx_stats_derived_received_total() -> None:
    r, data = xlsx_report()
    row = factory.T2021_APPLY_ROWS.index(("一、本年新收政府信息公开申请数量", "", ""))
    d = fact(r, "apply.received.total", "derived")
    assert d is not None and d.value == float(data.apply[row][6])
    lit = fact(r, "litigation.total", "derived")
    assert lit is not None and lit.value == float(int(data.review[9]) + int(data.review[14]))


def test_r10_page_prose_vs_xlsx_table_fires() -> None:
    r, data = xlsx_report()
    row = factory.T2021_APPLY_ROWS.index(("一、本年新收政府信息公开申请数量", "", ""))
    assert int(data.apply[row][6]) != 23
    assert "R10" in failing_families(r)


def test_docx_e2014_stats_prose_stays_text() -> None:
    docx = factory.e2014_docx()
    page = p1.chrome_page("二道区人民政府2017年度政府信息公开工作报告",
                          "".join(p(x) for x in factory.E2014_PROSE[1:]) + '<p>附件：<a href="/P0201801.docx">统计表</a></p>',
                          date="2018-01-05")
    att = Fetched("http://www.example.gov.cn/P0201801.docx", docx,
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    r = parse(GOV_URL, page, (att,))
    assert (r.year, r.template) == (2017, "e2014")
    truth = {label: value for label, _, value in factory.E2014_ROWS}
    f = fact(r, "review.total", "table")
    assert f is not None and f.value == float(truth["四、行政复议数量"]) and f.origin == "docx"
    t = fact(r, "active.items_total", "text")
    assert t is not None and t.value == 4156 and t.origin == "html"
    assert "O5" in failing_families(r)  # seed 002: 22 ≠ 15 + 0 + 6


def test_pdf_t2021_section3_cut_across_pages_rows_after_cut() -> None:
    data = factory.numbered_t2021()
    pdf = factory.t2021_pdf(data)
    att = Fetched("http://www.example.gov.cn/uploadfiles/2022/01/nb2021.pdf", pdf, {"content-type": "application/pdf"})
    page = p1.chrome_page("漳河新区2021年政府信息公开工作年度报告",
                          PROSE_PAGE + '<p>附件：<a href="/uploadfiles/2022/01/nb2021.pdf">年报.pdf</a></p>')
    r = parse(ATT_PAGE, page, (att,))
    t = {f.key: f for f in r.facts if f.source == "table"}
    # the first rows after the page break (labels cut by the break) and the last rows
    for idx in (factory.APPLY_SPLIT_ROW, factory.APPLY_SPLIT_ROW + 1, len(factory.T2021_APPLY_ROWS) - 1):
        row = factory.T2021_APPLY_ROWS[idx]
        found = [f for f in t.values() if f.key.endswith(".total") and f.raw_label and (row[2] or row[1] or row[0])
                 in f.raw_label.replace(" ", "")]
        assert found, f"no fact for row {row}"
        assert any(f.value == float(data.apply[idx][6]) for f in found)
    assert all(f.origin == "pdf" for f in t.values())
    assert fact(r, "active.items_total", "text").origin == "html"


def test_pdf_split_section3_without_repeated_header() -> None:
    data = factory.numbered_t2021()
    spec = factory.t2021_apply_spec(data)
    # no span may cross the cut: cut at the start of 三（四）无法提供 (data row index 12 → spec row 3 + 12)
    cut = 3 + factory.T2021_APPLY_ROWS.index(next(r for r in factory.T2021_APPLY_ROWS if r[1] == "（四）无法提供"))
    pdf = factory.split_table_pdf(spec, factory.APPLY_WIDTHS, cut)
    att = Fetched("http://www.example.gov.cn/uploadfiles/2022/01/sec3.pdf", pdf, {"content-type": "application/pdf"})
    page = p1.chrome_page("漳河新区2021年政府信息公开工作年度报告",
                          PROSE_PAGE + '<p>附件：<a href="/uploadfiles/2022/01/sec3.pdf">依申请公开情况表.pdf</a></p>')
    r = parse(ATT_PAGE, page, (att,))
    t = table_facts(r)
    total_idx = factory.T2021_APPLY_ROWS.index(("三、本年度办理结果", "（七）总计", ""))
    assert t.get("apply.outcome.total.total") == float(data.apply[total_idx][6])
    assert t.get("apply.carried_out.total") == float(data.apply[-1][6])


# ---------------------------------------------------------------------------------------------------------------
# prose numbers: 万/余/近/约, Chinese numerals
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "key", "value", "flag"), [
    ("全年主动公开政府信息2.3万余条。", "active.items_total", 23000, "approx"),
    ("全年主动公开政府信息约3500条。", "active.items_total", 3500, "approx"),
    ("全年主动公开政府信息近两千条。", "active.items_total", 2000, "approx"),
    ("全年共受理政府信息公开申请二十三件。", "apply.received.total", 23, None),
    ("全年共受理政府信息公开申请一百零五件。", "apply.received.total", 105, None),
    ("全年主动公开政府信息2.36万条。", "active.items_total", 23600, "approx"),
    ("全年主动公开政府信息逾千条。", "active.items_total", 1000, "approx"),
])
def test_prose_numbers_wan_approx_chinese(sentence: str, key: str, value: float, flag: str | None) -> None:
    body = E2008_PROSE.replace(p("2009年全年共主动公开政府信息356条，其中通过政府门户网站公开信息298条，全文电子化率为100%。"),
                               p(sentence) if key == "active.items_total" else p("全文电子化率为100%。"))
    if key == "apply.received.total":
        body = body.replace("2009年我局共受理政府信息公开申请15件，其中当面申请5件，网上申请8件，信函申请2件。", sentence)
    r = p1.e2008_report(body, "某某局2009年政府信息公开工作年度报告")
    f = fact(r, key, "text")
    assert f is not None and (f.value, f.value_flag) == (value, flag)


def test_r10_prose_wan_vs_table_silent_when_equal() -> None:
    """Overview says 收到申请14件 (table 14): R10 silent; with 1.4万 wording for items no R10 on apply."""
    body = p1.t2021_body("某某区人民政府", overview="2021年，全区共收到政府信息公开申请14件，主动公开政府信息1.2万余条。")
    r = parse(GOV_URL, p1.chrome_page(TITLE21, body))
    assert "R10" not in failing_families(r)


def test_e2014_prose_chinese_numeral_review_matches_table() -> None:
    body = p1.e2014_body("某某县人民政府").replace("发生行政复议2件，行政诉讼1件。", "发生行政复议两件，行政诉讼一件。")
    r = parse(GOV_URL, p1.chrome_page("某某县人民政府2016年政府信息公开工作年度报告", body, date="2017-03-20"))
    assert facts(r, "text").get("review.total") == 2
    assert not failing(r)


# ---------------------------------------------------------------------------------------------------------------
# aggregator pages whose pasted reports are all full length
# ---------------------------------------------------------------------------------------------------------------

FILLER = "各级各部门高度重视政府信息公开工作，把政府信息公开作为推进依法行政、建设服务型政府的重要抓手，明确分管领导和工作人员，" \
         "建立健全主动公开、依申请公开、保密审查、考核评议等各项制度，确保政府信息公开工作规范有序开展。"


def long_version(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        out.append(line)
        if line.startswith("一、概述"):
            out.append(FILLER)
    return out


def long_aggregator(title: str) -> Report:
    return parse(BAIKE_URL, baike_page(title, long_version(JZ2009) + long_version(JZ2016) + long_version(CZ2009) + QA))


def test_long_aggregator_keeps_2016_report() -> None:
    r = long_aggregator("锦州市2016年政府信息公开工作年度报告")
    assert r.year == 2016 and r.errors
    assert "25984" not in r.body and "潮州" not in r.body
    assert facts(r, "text").get("apply.received.total") == 256


def test_long_aggregator_same_year_picks_named_agency() -> None:
    """Jinzhou 2009 and Chaozhou 2009 are both pasted: the title names 潮州市, so its report (17宗) is kept."""
    r = long_aggregator("潮州市2009年政府信息公开工作年度报告")
    assert r.year == 2009
    assert "潮州" in r.body and "25984" not in r.body
    f = fact(r, "apply.received.total", "text")
    assert f is not None and (f.value, f.unit) == (17, "宗")


def test_long_aggregator_qa_snippet_not_counted() -> None:
    r = long_aggregator("锦州市2016年政府信息公开工作年度报告")
    assert "供暖" not in r.body
    assert all(f.value != 12 for f in r.facts)


# ---------------------------------------------------------------------------------------------------------------
# more mirrors, prose-vs-table and seed-004 shapes
# ---------------------------------------------------------------------------------------------------------------

def test_gambling_brand_replacing_agency_in_title() -> None:
    """'澳门金沙城中心_欧洲杯足球网' replaces the county name in the mirror title (spec 3.8): never an agency."""
    title = "澳门金沙城中心_欧洲杯足球网2021年政府信息公开工作年度报告"
    r = parse(MIRROR_URL, spam_page(title, p1.t2021_body("某某区人民政府")))
    assert r.is_mirror and r.year == 2021
    assert r.agency is None or not any(w in r.agency for w in ("澳门", "金沙", "足球"))


@pytest.mark.parametrize(("overview", "fires"), [
    ("2021年，全区共收到政府信息公开申请十四件。", False),
    ("2021年，全区共收到政府信息公开申请十五件。", True),
    ("2021年，全区共收到政府信息公开申请十余件。", False),
])
def test_r10_chinese_numeral_and_approx_prose(overview: str, fires: bool) -> None:
    r = parse(GOV_URL, p1.chrome_page(TITLE21, p1.t2021_body("某某区人民政府", overview=overview)))
    assert table_facts(r).get("apply.received_new.total") == 14
    assert ("R10" in failing_families(r)) is fires


def test_e2014_table_cell_with_wan() -> None:
    r = parse(GOV_URL, p1.chrome_page("某某县人民政府2016年政府信息公开工作年度报告",
                                      p1.e2014_body("某某县人民政府", overrides={"active.items_total": "1.2万"}),
                                      date="2017-03-20"))
    f = fact(r, "active.items_total", "table")
    assert f is not None and f.value == 12000


def test_e2014_no_derived_copies_of_native_keys() -> None:
    r = parse(GOV_URL, p1.chrome_page("某某县人民政府2016年政府信息公开工作年度报告", p1.e2014_body("某某县人民政府"),
                                      date="2017-03-20"))
    assert fact(r, "apply.received.total", "table").value == 20
    assert fact(r, "apply.received.total", "derived") is None
    assert fact(r, "litigation.total", "derived") is None


def test_seed004_inside_layout_table_with_empty_cells() -> None:
    """Seed 004 as served: the article inside a layout table full of empty cells (the '| ||||' of the seed)."""
    empty = "".join("<td></td>" for _ in range(40))
    content = (f'<table width="100%"><tr><td>莲都区2020年政府信息公开工作年度报告</td>{empty}</tr>'
               f'<tr><td>莲都区</td>{empty}</tr><tr><td>{seed004_body()}</td>{empty}</tr></table>')
    r = parse("http://www.lishui.gov.cn/art/2021/2/5/art_1229486934_59083071.html",
              p1.chrome_page("莲都区2020年政府信息公开工作年度报告", content, date="2021-02-05"))
    assert r.year == 2020 and r.template == "t2019"
    assert r.tables_missing and r.tables_missing_reason
    assert not [f for f in r.facts if f.source in ("table", "derived")]


def test_seed004_see_attached_table_without_file() -> None:
    body = seed004_body(p("（详见附表）"))
    r = parse(GOV_URL, p1.chrome_page("莲都区2020年政府信息公开工作年度报告", body, date="2021-02-05"))
    assert r.tables_missing and r.tables_missing_reason
    assert not [f for f in r.facts if f.source in ("table", "derived") and f.value == 0]


def test_t2019_only_section3_present() -> None:
    body = p1.t2019_body("某某县人民政府").replace(p1.sec2_2019(), "").replace(sec4([0] * 15), "")
    r = parse(GOV_URL, p1.chrome_page("某某县人民政府2019年政府信息公开工作年度报告", body, date="2020-01-20"))
    assert r.template == "t2019"
    assert table_facts(r).get("apply.received_new.total") == 7
    assert not [f for f in r.facts if f.key.startswith(("review.", "litigation.", "active."))
                and f.source in ("table", "derived")]


def test_xlsx_attachment_on_mirror_host() -> None:
    """A mirror copies the page and links the original XLSX: facts keep origin xlsx, report is a mirror."""
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/uploadfiles/2022/01/tjb2021.xlsx", factory.t2021_xlsx(data), XLSX_CT)
    page = spam_page("漳河新区2021年政府信息公开工作年度报告",
                     PROSE_PAGE + '<p>附件：<a href="http://www.example.gov.cn/uploadfiles/2022/01/tjb2021.xlsx">统计表</a></p>')
    r = parse(MIRROR_URL, page, (att,))
    assert r.is_mirror and r.template == "t2021"
    assert fact(r, "review.total.total", "table") is not None or fact(r, "review.total", "table") is not None
    assert {f.origin for f in r.facts if f.source == "table"} == {"xlsx"}
    assert fact(r, "active.items_total", "text").origin == "html"


def test_aggregator_page_with_single_report_not_cut() -> None:
    """A doc-mirror page with only one report and its Q&A noise: nothing is cut, no aggregator error."""
    r = parse(BAIKE_URL, baike_page("锦州市2016年政府信息公开工作年度报告", long_version(JZ2016) + QA))
    assert r.year == 2016 and "256件" in r.body
    assert not any("aggregator" in e for e in r.errors)


def test_aggregator_other_reports_table_not_borrowed() -> None:
    """The pasted 2020 report (first) has tables; the titled 2021 report (second) is prose only: the 2021 report
    must not take the 2020 tables (tables_missing, no table facts)."""
    first = p1.t2019_body("某某县人民政府", 2020)
    second = "".join(p(x) for x in [
        "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。", "一、总体情况", FILLER,
        "2021年，某某县人民政府全年主动公开政府信息3120条。", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "政策解读形式单一。"])
    page = baike_page("某某县人民政府2021年政府信息公开工作年度报告", []).replace(
        b'<div class="bk-content"></div>',
        f'<div class="bk-content">{p("某某县人民政府2020年政府信息公开工作年度报告")}{first}'
        f'{p("某某县人民政府2021年政府信息公开工作年度报告")}{second}</div>'.encode())
    r = parse(BAIKE_URL, page)
    assert r.year == 2021 and r.errors
    assert not [f for f in r.facts if f.source in ("table", "derived")]
    assert r.tables_missing


def test_traditional_mirror_of_seed004_tables_missing_same_hash() -> None:
    orig = parse("http://www.lishui.gov.cn/art/2021/2/5/art_1229486934_59083071.html",
                 p1.chrome_page("莲都区2020年政府信息公开工作年度报告", seed004_body(), date="2021-02-05"))
    r = parse(MIRROR_URL, spam_page(to_trad("莲都区2020年政府信息公开工作年度报告"), to_trad(seed004_body())))
    assert r.is_mirror and r.script == "traditional"
    assert r.tables_missing and r.year == 2020
    assert r.body_hash == orig.body_hash
    f = fact(r, "active.items_total", "text")
    assert f is not None and (f.value, f.value_flag) == (15000, "approx")


@pytest.mark.parametrize(("sentence", "value"), [
    ("2009年我局共受理政府信息公开申请1.2万余件。", 12000),
    ("2009年我局共受理政府信息公开申请近百件。", 100),
    ("2009年我局共受理政府信息公开申请约30件。", 30),
])
def test_prose_received_approx(sentence: str, value: int) -> None:
    body = E2008_PROSE.replace("2009年我局共受理政府信息公开申请15件，其中当面申请5件，网上申请8件，信函申请2件。", sentence)
    r = p1.e2008_report(body, "某某局2009年政府信息公开工作年度报告")
    f = fact(r, "apply.received.total", "text")
    assert f is not None and (f.value, f.value_flag) == (value, "approx")


def test_qa_page_answer_pastes_report() -> None:
    """A Q&A site answer that pastes the seed-004 report: mirror, the report's year, tables missing, no zeros."""
    qa = (p("问：莲都区2020年政府信息公开工作年度报告在哪里可以看到？") + p("答：以下为报告全文，供参考。")
          + seed004_body() + p("相关问题") + p("问：如何申请政府信息公开？共有3个回答"))
    r = parse("https://zhidao.example.com/question/123456.html",
              spam_page("莲都区2020年政府信息公开工作年度报告", qa, banner="知道问答"))
    assert r.is_mirror and r.year == 2020
    assert r.tables_missing
    assert not [f for f in r.facts if f.source in ("table", "derived")]
    assert "如何申请" not in r.body


def test_single_report_aggregator_qa_noise_not_in_body() -> None:
    """Only one report on the doc-mirror page: its trailing Q&A snippets are still not report text, and the copy
    hashes like the gov original."""
    orig = parse(GOV_URL, p1.chrome_page("锦州市2016年政府信息公开工作年度报告", "".join(p(x) for x in long_version(JZ2016))))
    r = parse(BAIKE_URL, baike_page("锦州市2016年政府信息公开工作年度报告", long_version(JZ2016) + QA))
    assert "供暖" not in r.body and "相关问答" not in r.body
    assert r.body_hash == orig.body_hash


def test_traditional_pinyin_mirror_derived_and_checks_equal() -> None:
    bad = {**BASE3, "apply.carried_out": [2, 1, 0, 0, 0, 0, 4]}  # R1 broken in the total column
    orig = parse(GOV_URL, p1.chrome_page(TITLE21, p1.t2021_body("某某区人民政府", s3=sec3_2021(bad))))
    body = to_trad(p1.t2021_body("某某区人民政府", s3=sec3_2021(bad))).replace("公開", "公(gōng)開")
    r = parse(MIRROR_URL, spam_page(to_trad(TITLE21), body))
    assert facts(r, "derived") == facts(orig, "derived") and facts(orig, "derived")
    assert failing(r) == failing(orig) and "R1" in failing_families(orig)
