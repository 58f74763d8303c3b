"""Accuracy probe 14: reporting year, template era and edition (spec 0 eras, 1(b), 1(c), 2.6, 3.2).

Reports whose printed form does not match their year, year from 统计期限 vs title vs page date, Chinese-numeral and
full-width years, editions and corrected reports. Pages are built as portals serve them; expectations follow the spec.
"""

from __future__ import annotations

import pytest

from tests.test_probe_accuracy import (
    chrome_page,
    e2014_table,
    facts,
    meta_block,
    one,
    p,
    sec2_2019,
    sec2_2021,
    sec3_2019,
    sec3_2021,
    sec4,
)

URL = "http://www.example.gov.cn/art/2022/1/20/art_1229_77.html"

T2021_ONLY = {"active.normative.in_force", "active.regulation.repealed", "active.admin_fee.amount"}
T2019_ONLY = {"active.normative.public_total", "active.permit.items_prev", "active.procurement.projects"}


def body(year_words: str | None, *, form: str = "t2021", agency: str = "某某县民政局", extra_top: str = "",
         overview: str = "") -> str:
    """A six-section report; `year_words` is the 统计期限 sentence (None: no such sentence); `form` is the form printed."""
    parts = [extra_top]
    if year_words:
        parts.append(p(year_words))
    parts += [p("一、总体情况"), p(overview or f"本年度，{agency}坚持以公开为常态、不公开为例外，扎实推进政务公开工作。")]
    if form == "t2021":
        parts += [p("二、主动公开政府信息情况"), sec2_2021(), p("三、收到和处理政府信息公开申请情况"), sec3_2021()]
    else:
        parts += [p("二、主动公开政府信息情况"), sec2_2019(), p("三、收到和处理政府信息公开申请情况"), sec3_2019()]
    parts += [p("四、政府信息公开行政复议、行政诉讼情况"), sec4(),
              p("五、存在的主要问题及改进情况"), p("一是公开内容不够全面；二是解读形式单一。"),
              p("六、其他需要报告的事项"), p("本年度未收取信息处理费。")]
    return "".join(parts)


def period(y: int) -> str:
    return f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def table_keys(r) -> set[str]:
    return {f.key for f in r.facts if f.source == "table"}


# ---------------------------------------------------------------------------------------------------------------
# 1. year from the 统计期限 sentence in its wordings (spec 0: period first)
# ---------------------------------------------------------------------------------------------------------------

PERIODS = [
    ("本报告中所列数据的统计期限自二〇二一年一月一日起至二〇二一年十二月三十一日止。", 2021),
    ("本报告所列数据统计期限自二○二一年一月一日至十二月三十一日。", 2021),
    ("本报告中所列数据的统计期限为2021年度。", 2021),
    ("本年度报告中所列数据的统计期限自２０２１年１月１日起至２０２１年１２月３１日止。", 2021),
    ("本报告中使用数据统计期限为2021年1月1日至2021年12月31日。", 2021),
    ("本报告所列数据的统计期限为2021年1月1日—12月31日。", 2021),
    ("本报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。", 2022),
    ("本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有任何疑问，请联系某某县民政局办公室。", 2023),
]


@pytest.mark.parametrize(("sentence", "year"), PERIODS, ids=[f"period{i}" for i in range(len(PERIODS))])
def test_year_from_period_wordings(sentence: str, year: int) -> None:
    # spec 0: "Take the year from the 统计期限 sentence first"; the title here carries no year
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(sentence), date=f"{year + 1}-01-18"))
    assert (r.year, r.year_source) == (year, "period")


@pytest.mark.parametrize(("title", "year"), [
    ("某某县民政局2022年政府信息公开工作年度报告", 2021),  # title = publication year
    ("某某县民政局二〇二二年政府信息公开工作年度报告", 2021),
    ("某某县民政局２０２０年政府信息公开工作年度报告", 2021),
])
def test_period_beats_title_year(title: str, year: int) -> None:
    # spec 0: period first, then title
    r = one(URL, chrome_page(title, body(period(year)), date="2022-01-20"))
    assert (r.year, r.year_source) == (year, "period")


# ---------------------------------------------------------------------------------------------------------------
# 2. year from the title (no period sentence): Chinese numerals, full-width digits, 年度, year first (spec 0, 3.2)
# ---------------------------------------------------------------------------------------------------------------

TITLE_YEARS = [
    ("某某县民政局二〇二一年政府信息公开工作年度报告", 2021),
    ("某某县民政局二○二一年政府信息公开工作年度报告", 2021),
    ("某某县民政局２０２１年政府信息公开工作年度报告", 2021),
    ("某某县民政局2021年度政府信息公开工作报告", 2021),
    ("某某县民政局2021年度政府信息公开工作年度报告", 2021),
    ("某某县民政局 2021 年政府信息公开工作年度报告", 2021),
    ("2021年度某某县民政局政府信息公开工作年度报告", 2021),
    ("某某县民政局关于2021年度政府信息公开工作年度报告", 2021),
    ("某某县民政局2021年政务信息公开工作年度报告", 2021),
    ("某某县民政局2022年政府信息公开工作年度报告", 2022),
]


@pytest.mark.parametrize(("title", "year"), TITLE_YEARS, ids=[f"title{i}" for i in range(len(TITLE_YEARS))])
def test_year_from_title_without_period(title: str, year: int) -> None:
    # spec 0: no 统计期限 → the title year; published the next January
    r = one(URL, chrome_page(title, body(None), date=f"{year + 1}-01-25"))
    assert (r.year, r.year_source) == (year, "title")
    assert r.title == title.strip() or r.title == title


def test_title_year_beats_republication_date_years_later() -> None:
    # spec 0: title before page date; a 2019 report re-posted in 2024 (site migration) stays 2019
    r = one("http://www.example.gov.cn/xxgk/xxgknb/202403/t20240312_9.html",
            chrome_page("某某县民政局2019年政府信息公开工作年度报告", body(None, form="t2019"), date="2024-03-12"))
    assert (r.year, r.year_source, r.published) == (2019, "title", "2024-03-12")


# ---------------------------------------------------------------------------------------------------------------
# 3. year from the page date only (spec 0: last resort; reporting year is usually publication year - 1)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("date", "year"), [("2022-01-14", 2021), ("2022-03-31", 2021), ("2023-01-30", 2022),
                                            ("2020-02-28", 2019)])
def test_year_from_page_date(date: str, year: int) -> None:
    form = "t2019" if year < 2021 else "t2021"
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(None, form=form), date=date))
    assert (r.year, r.year_source, r.published) == (year, "page_date", date)


def test_page_date_in_metadata_block_only() -> None:
    # spec 0 + 3.4: the date sits in the 发文日期 cell of the 信息公开 metadata table
    page = chrome_page("某某县民政局政府信息公开工作年度报告", body(None),
                       meta=meta_block("331122/2022-00012", "某某县民政局", "2022-01-21"), date="2022-01-21")
    r = one(URL, page)
    assert (r.year, r.year_source) == (2021, "page_date")


# ---------------------------------------------------------------------------------------------------------------
# 4. template follows the year; table keys follow the form actually printed (spec 0, 1(b), 1(c), 2.1)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("year", "template"), [(2019, "t2019"), (2020, "t2019")])
def test_t2019_form_for_2019_and_2020(year: int, template: str) -> None:
    r = one(URL, chrome_page(f"某某县民政局{year}年政府信息公开工作年度报告", body(period(year), form="t2019"),
                             date=f"{year + 1}-01-20"))
    assert (r.year, r.template) == (year, template)
    assert T2019_ONLY <= table_keys(r)
    assert not (T2021_ONLY & table_keys(r))


@pytest.mark.parametrize("year", [2021, 2022, 2023, 2024])
def test_t2021_form_from_2021_on(year: int) -> None:
    r = one(URL, chrome_page(f"某某县民政局{year}年政府信息公开工作年度报告", body(period(year)),
                             date=f"{year + 1}-01-20"))
    assert (r.year, r.template) == (year, "t2021")
    assert T2021_ONLY <= table_keys(r)
    assert not (T2019_ONLY & table_keys(r))


def test_2020_report_printed_on_2021_form_keys_follow_form() -> None:
    # spec 1(c)/2.1: a late 2020 report (published after 30号 of 2021-09) on the new form: 2021 keys, not 2019 keys
    r = one(URL, chrome_page("某某县民政局2020年政府信息公开工作年度报告", body(period(2020)), date="2021-10-15"))
    assert r.year == 2020
    k = table_keys(r)
    assert T2021_ONLY <= k and not (T2019_ONLY & k)
    assert "apply.outcome.other.no_correction.total" in k


def test_2021_report_still_on_2019_form_keys_follow_form() -> None:
    # spec 1(b)/2.1: an agency reused the 2019 form for 2021; 上一年项目数量 etc. must keep their 2019 keys
    r = one(URL, chrome_page("某某县民政局2021年政府信息公开工作年度报告", body(period(2021), form="t2019"),
                             date="2022-01-20"))
    assert r.year == 2021
    k = table_keys(r)
    assert T2019_ONLY <= k and not (T2021_ONLY & k)
    f = facts(r, "table")
    assert (f.get("active.permit.items_prev"), f.get("active.permit.items_delta")) == (120, -8)
    assert "apply.outcome.other.total" in k and "apply.outcome.other.no_correction.total" not in k


def test_2021_on_2019_form_no_fee_amount_from_items_prev() -> None:
    # spec 2.1 pitfall: 上一年项目数量 of 行政事业性收费 must not become active.admin_fee.amount
    r = one(URL, chrome_page("某某县民政局2021年政府信息公开工作年度报告", body(period(2021), form="t2019"),
                             date="2022-01-20"))
    f = facts(r, "table")
    assert f.get("active.admin_fee.items_prev") == 6 and "active.admin_fee.amount" not in f


def test_2019_report_in_old_e2014_layout_keys_follow_form() -> None:
    # spec 2.4/2.6: a 2019 report filled in on the old 32号 统计表; its rows are old-table keys, not the new grid
    content = p(period(2019)) + p("一、概述") + p("2019年，我局认真贯彻落实新修订的条例。") + e2014_table()
    r = one(URL, chrome_page("某某县民政局2019年政府信息公开工作年度报告", content, date="2020-01-22"))
    assert r.year == 2019
    f = facts(r, "table")
    assert (f.get("apply.received.total"), f.get("apply.answer.granted"), f.get("review.total")) == (20, 8, 2)
    assert not [k for k in f if k.startswith("apply.outcome.") or k.startswith("apply.received_new")]


def test_2018_report_e2014_table() -> None:
    # spec 0: reporting year 2018 with the 统计表 → e2014
    content = p(period(2018)) + p("一、概述") + p("2018年，我局工作情况如下。") + e2014_table()
    r = one(URL, chrome_page("某某县民政局2018年政府信息公开工作年度报告", content, date="2019-03-20"))
    assert (r.year, r.template) == (2018, "e2014")
    assert facts(r, "table").get("org.staff_total") == 6


@pytest.mark.parametrize("year", [2015, 2016, 2017])
def test_e2014_years_with_table(year: int) -> None:
    content = p(period(year)) + p("一、概述") + p(f"{year}年，我局工作情况如下。") + e2014_table()
    r = one(URL, chrome_page(f"某某县民政局{year}年政府信息公开工作年度报告", content, date=f"{year + 1}-03-20"))
    assert (r.year, r.template, r.year_source) == (year, "e2014", "period")


@pytest.mark.parametrize("year", [2009, 2011, 2013])
def test_e2008_prose_years(year: int) -> None:
    content = "".join([p(period(year)), p("一、概述"), p(f"{year}年，我局认真贯彻落实《条例》。"),
                       p("二、主动公开政府信息情况"), p("全年主动公开政府信息356条。"),
                       p("三、依申请公开政府信息情况"), p("全年共收到政府信息公开申请5件。")])
    r = one(URL, chrome_page(f"某某县民政局{year}年政府信息公开工作年度报告", content, date=f"{year + 1}-03-20"))
    assert (r.year, r.template) == (year, "e2008")
    assert facts(r, "text").get("active.items_total") == 356


# ---------------------------------------------------------------------------------------------------------------
# 5. derived headline keys follow the form printed (spec 2.6)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("year", "form"), [(2020, "t2021"), (2021, "t2019"), (2019, "t2019"), (2022, "t2021")])
def test_headline_received_total_derived(year: int, form: str) -> None:
    r = one(URL, chrome_page(f"某某县民政局{year}年政府信息公开工作年度报告", body(period(year), form=form),
                             date=f"{year + 1}-01-20"))
    expected = 14 if form == "t2021" else 7
    assert facts(r, "derived").get("apply.received.total") == expected
    assert facts(r, "table").get("apply.received_new.total") == expected
    assert facts(r, "derived").get("litigation.total") == 2  # BASE4: 诉讼 总计 cells (positions 10 and 15) are 1 and 1


# ---------------------------------------------------------------------------------------------------------------
# 6. editions in the title (spec 3.2: ([（(](?P<ed>[^）)]{1,8})[）)])?$)
# ---------------------------------------------------------------------------------------------------------------

EDITIONS = [
    ("（文字版）", "文字版"), ("(文字版)", "文字版"), ("（简版）", "简版"), ("（修订版）", "修订版"),
    ("（更正版）", "更正版"), ("（图文版）", "图文版"), ("(图片版)", "图片版"), ("（超链版）", "超链版"),
    ("（图解版）", "图解版"), ("（全文）", "全文"), ("（PDF版）", "PDF版"), ("（英文版）", "英文版"),
]


@pytest.mark.parametrize(("suffix", "edition"), EDITIONS, ids=[e for _, e in EDITIONS])
def test_edition_from_title_suffix(suffix: str, edition: str) -> None:
    title = f"某某市人民政府2021年政府信息公开工作年度报告{suffix}"
    r = one(URL, chrome_page(title, body(period(2021), agency="某某市人民政府")))
    assert (r.edition, r.agency, r.year) == (edition, "某某市人民政府", 2021)
    assert r.title == title


@pytest.mark.parametrize("title", [
    "某某市人民政府2021年政府信息公开工作年度报告",
    "某某市人民政府2021年度政府信息公开工作报告",
    "某某市人民政府关于2021年政府信息公开工作年度报告",
])
def test_no_edition_without_suffix(title: str) -> None:
    r = one(URL, chrome_page(title, body(period(2021), agency="某某市人民政府")))
    assert r.edition is None
    assert r.title == title


def test_two_editions_same_report_same_year_agency() -> None:
    # spec 3.2: several editions of one report exist; keep every edition, same agency/year
    a = one(URL, chrome_page("某某市人民政府2021年政府信息公开工作年度报告（文字版）", body(period(2021), agency="某某市人民政府")))
    b = one(URL.replace("77", "78"),
            chrome_page("某某市人民政府2021年政府信息公开工作年度报告（超链版）", body(period(2021), agency="某某市人民政府")))
    assert (a.year, a.agency, a.edition) == (2021, "某某市人民政府", "文字版")
    assert (b.year, b.agency, b.edition) == (2021, "某某市人民政府", "超链版")
    assert facts(a, "table").get("apply.received_new.total") == facts(b, "table").get("apply.received_new.total") == 14


def test_edition_with_chinese_numeral_year() -> None:
    title = "某某市人民政府二〇二一年政府信息公开工作年度报告（图文版）"
    r = one(URL, chrome_page(title, body(None, agency="某某市人民政府"), date="2022-01-28"))
    assert (r.year, r.year_source, r.edition) == (2021, "title", "图文版")


# ---------------------------------------------------------------------------------------------------------------
# 7. corrected reports (更正说明) and notes naming other years (spec 0: period first)
# ---------------------------------------------------------------------------------------------------------------

CORR = p("更正说明：我局于2022年1月20日发布的《某某县民政局2021年政府信息公开工作年度报告》中，第三部分表格数据有误，"
         "现予以更正，更正后全文如下。")


def test_corrected_report_note_on_top() -> None:
    r = one(URL, chrome_page("某某县民政局2021年政府信息公开工作年度报告（更正版）", body(period(2021), extra_top=CORR),
                             date="2022-03-02"))
    assert (r.year, r.year_source, r.template, r.edition) == (2021, "period", "t2021", "更正版")
    assert facts(r, "table").get("apply.received_new.total") == 14


def test_corrected_report_titled_gengzheng_without_parens() -> None:
    # the correction notice page republishes the report; the year is still 2021 from the period sentence
    r = one(URL, chrome_page("关于某某县民政局2021年政府信息公开工作年度报告的更正说明",
                             body(period(2021), extra_top=CORR), date="2022-03-02"))
    assert (r.year, r.year_source) == (2021, "period")


def test_overview_mentions_other_years_period_wins() -> None:
    ov = ("2021年，我局按照2022年1月印发的政务公开工作要点，对2020年度发现的问题进行整改，2019年以来累计公开文件300件。")
    r = one(URL, chrome_page("某某县民政局2021年政府信息公开工作年度报告", body(period(2021), overview=ov),
                             date="2022-01-20"))
    assert (r.year, r.year_source) == (2021, "period")


def test_overview_mentions_other_years_title_wins_without_period() -> None:
    ov = "对照2020年度报告中提出的问题，我局逐项整改，并将在2022年继续深化。"
    r = one(URL, chrome_page("某某县民政局2021年政府信息公开工作年度报告", body(None, overview=ov), date="2022-01-20"))
    assert (r.year, r.year_source) == (2021, "title")


def test_two_years_in_title_period_decides() -> None:
    # title "2019-2020年": the period sentence (2020) decides
    r = one(URL, chrome_page("某某镇人民政府2019-2020年政府信息公开工作年度报告", body(period(2020), form="t2019",
                                                                           agency="某某镇人民政府"), date="2021-01-30"))
    assert (r.year, r.year_source, r.template) == (2020, "period", "t2019")


def test_budget_year_in_body_does_not_change_year() -> None:
    # a fiscal sentence ("2022年部门预算") inside the report; reporting year stays 2021
    ov = "2021年，我局在门户网站公开2022年部门预算和2020年部门决算，公开三公经费。"
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(period(2021), overview=ov), date="2022-01-20"))
    assert (r.year, r.year_source) == (2021, "period")


# ---------------------------------------------------------------------------------------------------------------
# 8. encodings and title sources (spec 3.6, 3.2)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("charset", ["gbk", "gb18030", "utf-8"])
def test_chinese_numeral_title_in_encodings(charset: str) -> None:
    title = "某某县民政局二〇二一年政府信息公开工作年度报告"
    r = one(URL, chrome_page(title, body(None), date="2022-01-20", charset=charset))
    assert (r.year, r.year_source, r.title) == (2021, "title", title)


def test_title_excludes_site_suffix() -> None:
    title = "某某县民政局2021年政府信息公开工作年度报告"
    r = one(URL, chrome_page(title, body(period(2021)), site="某某县人民政府"))
    assert r.title == title
    assert r.published == "2022-01-20"


# ---------------------------------------------------------------------------------------------------------------
# 9. more year sources: date spellings, sidebar dates, traditional script, year-first full-width (spec 0, 3.2, 3.8)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("shown", "iso"), [("2022年01月20日", "2022-01-20"), ("2022/1/20", "2022-01-20"),
                                            ("2022-1-5 09:30", "2022-01-05"), ("2022.01.20", "2022-01-20")])
def test_page_date_spellings_give_year(shown: str, iso: str) -> None:
    # spec 0: page date last; the date as shown is normalised to ISO (schema: published)
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(None), date=shown))
    assert (r.year, r.year_source, r.published) == (2021, "page_date", iso)


def test_sidebar_dates_do_not_give_year() -> None:
    # long portal chrome lists 150 news items dated 2021; the article date 2023-01-16 gives 2022
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(None), date="2023-01-16", long_chrome=True))
    assert (r.year, r.year_source, r.published) == (2022, "page_date", "2023-01-16")


@pytest.mark.parametrize(("title", "year"), [
    ("２０２１年某某县民政局政府信息公开工作年度报告", 2021),
    ("二〇二一年度某某县民政局政府信息公开工作年度报告", 2021),
    ("某某縣民政局2021年政府信息公開工作年度報告", 2021),
    ("某某縣民政局二〇二一年度政府信息公開工作報告", 2021),
])
def test_year_first_and_traditional_titles(title: str, year: int) -> None:
    r = one(URL, chrome_page(title, body(None), date="2022-01-20"))
    assert (r.year, r.year_source) == (year, "title")


def test_period_in_chinese_numerals_beats_title() -> None:
    # spec 0: a 2020 report whose title carries 2021 (publication year); period in Chinese numerals says 2020
    r = one(URL, chrome_page("某某县民政局2021年政府信息公开工作年度报告",
                             body("本报告中所列数据的统计期限自二〇二〇年一月一日起至二〇二〇年十二月三十一日止。", form="t2019"),
                             date="2021-01-25"))
    assert (r.year, r.year_source, r.template) == (2020, "period", "t2019")


def test_period_month_range_wording() -> None:
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告",
                             body("本报告所列数据的统计期限为2021年1月至12月。"), date="2022-01-20"))
    assert (r.year, r.year_source) == (2021, "period")


def test_published_late_in_year_title_year() -> None:
    # published late (2022-11) with the year in the title: 2021 from the title, published kept as shown
    r = one(URL, chrome_page("某某县民政局2021年政府信息公开工作年度报告", body(None), date="2022-11-08"))
    assert (r.year, r.year_source, r.published) == (2021, "title", "2022-11-08")


@pytest.mark.parametrize(("title", "edition"), [
    ("某某县人民政府2021年度政府信息公开工作报告（图片版）", "图片版"),
    ("2021年某某县人民政府政府信息公开工作年度报告（超链版）", "超链版"),
    ("某某县人民政府二〇二一年政府信息公开工作年度报告（修订版）", "修订版"),
    ("某某县人民政府2021年政府信息公开工作年度报告 (简版)", "简版"),
])
def test_edition_with_title_variants(title: str, edition: str) -> None:
    # spec 3.2: the edition group also applies to the year-first pattern and 年度…工作报告 titles
    r = one(URL, chrome_page(title, body(period(2021), agency="某某县人民政府")))
    assert (r.edition, r.year) == (edition, 2021)


@pytest.mark.parametrize(("title", "year"), [
    ("某某县民政局政府信息公开工作年度报告（2021年度）", 2021),
    ("某某县民政局政府信息公开工作年度报告(2021年)", 2021),
], ids=["fullwidth_niandu", "halfwidth_nian"])
def test_year_in_trailing_parentheses_is_not_an_edition(title: str, year: int) -> None:
    # spec 3.2: the edition group is an edition marker; "（2021年度）" is the year, not an edition
    r = one(URL, chrome_page(title, body(None), date="2022-01-20"))
    assert r.edition is None
    assert (r.year, r.year_source) == (year, "title")


def test_2014_report_with_and_without_table() -> None:
    # spec 0: 2014 is the first e2014 year, whether the 统计表 is printed or not; table facts only when printed
    prose = p(period(2014)) + p("一、概述") + p("2014年，我局工作情况如下。") + p("二、主动公开政府信息情况") + \
        p("全年主动公开政府信息860条。")
    with_t = one(URL, chrome_page("某某县民政局2014年政府信息公开工作年度报告", prose + e2014_table(), date="2015-03-10"))
    without = one(URL, chrome_page("某某县民政局2014年政府信息公开工作年度报告", prose, date="2015-03-10"))
    assert (with_t.template, without.template) == ("e2014", "e2014")
    assert facts(with_t, "table").get("active.items_total") == 860
    assert not [f for f in without.facts if f.source == "table"]
    assert facts(without, "text").get("active.items_total") == 860


def test_page_date_year_with_t2019_form() -> None:
    # no period, no title year; published 2021-01-22 → 2020, on the 2019 form
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(None, form="t2019"), date="2021-01-22"))
    assert (r.year, r.year_source, r.template) == (2020, "page_date", "t2019")
    assert T2019_ONLY <= table_keys(r)


def test_page_date_year_2020_on_2021_form_keys_follow_form() -> None:
    # spec 2.1: the keys follow the columns printed, whatever the year source
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(None), date="2021-12-22"))
    assert (r.year, r.year_source) == (2020, "page_date")
    k = table_keys(r)
    assert T2021_ONLY <= k and not (T2019_ONLY & k)



# ---------------------------------------------------------------------------------------------------------------
# 10. 统计期限 sentences as Word/CMS markup serves them (spec 0, 3.8)
# ---------------------------------------------------------------------------------------------------------------

PERIOD_MARKUP = [
    "本报告中所列数据的统计期限自<span style='font-family:仿宋_GB2312'>2021</span>年1月1日起至"
    "<span>2021</span>年12月31日止。",
    "本报告中所列数据的统计期限自 2021 年 1 月 1 日起至 2021 年 12 月 31 日止。",
    "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。".replace("年", "&nbsp;年"),
    "本报告所列数据统计期限从2021年1月1日到2021年12月31日。",
    "本報告中所列數據的統計期限自2021年1月1日起至2021年12月31日止。",
    "本报告电子版可在某某县人民政府门户网站（www.example.gov.cn）下载。本报告中所列数据的统计期限自2021年1月1日起至"
    "2021年12月31日止。如对本报告有疑问，请与某某县民政局联系（地址：某某县人民路1号，电话：0571-12345678）。",
]


@pytest.mark.parametrize("sentence", PERIOD_MARKUP, ids=[f"markup{i}" for i in range(len(PERIOD_MARKUP))])
def test_period_sentence_markup(sentence: str) -> None:
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(sentence), date="2022-06-20"))
    assert (r.year, r.year_source) == (2021, "period")


def test_period_sentence_at_end_of_report() -> None:
    # some reports print the 统计期限 note after section 六
    content = body(None) + p("注：本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。")
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", content, date="2022-06-20"))
    assert (r.year, r.year_source) == (2021, "period")


def test_first_year_2008_period_from_may() -> None:
    # spec 0: the 2007 Regulation took effect 2008-05-01, so 2008 reports count from 5月1日
    content = "".join([p("本报告中所列数据的统计期限自2008年5月1日起至2008年12月31日止。"), p("一、概述"),
                       p("2008年5月1日《中华人民共和国政府信息公开条例》正式施行。"), p("二、主动公开政府信息情况"),
                       p("全年主动公开政府信息210条。")])
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", content, date="2009-03-25"))
    assert (r.year, r.year_source, r.template) == (2008, "period", "e2008")


def test_2019_period_from_may_15() -> None:
    # 2019 reports sometimes count from the revised Regulation's in-force date 2019-05-15 (spec 0)
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告",
                             body("本报告中所列数据的统计期限自2019年5月15日起至2019年12月31日止。", form="t2019"),
                             date="2020-06-20"))
    assert (r.year, r.year_source, r.template) == (2019, "period", "t2019")


def test_title_split_by_br_in_h1() -> None:
    # the article heading is printed on two lines; the year is still in the title
    page = chrome_page("某某县民政局2021年政府信息公开工作年度报告", body(None), date="2022-06-20").decode()
    page = page.replace("<h1 class=\"title\">某某县民政局2021年政府信息公开工作年度报告</h1>",
                        "<h1 class=\"title\">某某县民政局<br>2021年政府信息公开工作年度报告</h1>")
    r = one(URL, page.encode())
    assert (r.year, r.year_source) == (2021, "title")



@pytest.mark.parametrize("sentence", [
    "本报告中所列数据的统计期限：2021年1月1日-2021年12月31日。",
    "本报告所列数据统计期限为2021年1月1日～2021年12月31日。",
    "本报告中所列数据的统计期限自2021年01月01日起至2021年12月31日止。",
    "本报告中所列数据的统计期限自2021年1月10日起至2021年12月31日止。",
], ids=["colon_hyphen", "wave_dash", "zero_padded", "two_digit_start_day"])
def test_period_punctuation_variants(sentence: str) -> None:
    # spec 0: the 统计期限 sentence in punctuation variants still gives the period year
    r = one(URL, chrome_page("某某县民政局政府信息公开工作年度报告", body(sentence), date="2022-06-20"))
    assert (r.year, r.year_source) == (2021, "period")


@pytest.mark.parametrize(("suffix", "edition"), [("（图片版）", "图片版"), ("（更正版）", "更正版"), ("(超链版)", "超链版"),
                                                 ("（简版）", "简版")])
def test_edition_does_not_hide_title_year(suffix: str, edition: str) -> None:
    # spec 3.2: the edition group sits after 报告; the title year is still read (no period sentence)
    r = one(URL, chrome_page(f"某某县民政局2021年政府信息公开工作年度报告{suffix}", body(None), date="2022-06-20"))
    assert (r.year, r.year_source, r.edition, r.agency) == (2021, "title", edition, "某某县民政局")
