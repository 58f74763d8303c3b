"""Independent accuracy probe 12: prose statistics and derived headline keys in t2019/t2021-era reports, and the
text-against-table check R10 (spec 2.5, 2.6, 1(d) R10).

Each case builds the bytes of a realistic portal page (CMS chrome, metadata block, utf-8 or GBK), with the 总体情况 /
section text phrased as real reports phrase it (seed 003, web examples quoted in the spec), and asserts the exact
keys, values, value_flag and source a careful human reader would record, plus R10 firing exactly when the prose
contradicts the table. Numbers about other things (同比 percentages, meetings, trainings, hotline calls, letters and
visits, proposals) must not become disclosure statistics.
"""

from __future__ import annotations

import copy

import pytest
from test_probe_accuracy import (
    BASE3,
    BASE4,
    chrome_page,
    e2014_body,
    fact,
    failing_families,
    meta_block,
    one,
    p,
    sec2_2019,
    sec2_2021,
    sec3_2019,
    sec3_2021,
    sec4,
)

from pipelines.records import Report

URL21 = "http://www.example.gov.cn/art/2022/1/25/art_1229_5012345.html"
URL19 = "http://www.example.gov.cn/zwgk/xxgknb/202002/t20200205_1234567.shtml"

# BASE3 totals: received_new 14, carried_in 2, outcome.total 13, carried_out 3.
# BASE4: review total 2 (1 upheld + 1 pending); litigation direct total 1, after_review total 1 → litigation 2.
N_NEW, N_CI, N_DONE, N_CO = 14, 2, 13, 3
REVIEW, LITIG = 2, 2

# t2019 default grid (sec3_2019): received_new 7, carried_in 0, outcome.total 6, carried_out 1


def body21(agency: str = "某某区人民政府", *, year: int = 2021, overview: list[str] | None = None,
           s3: str | None = None, s4: str | None = None, s2: str | None = None, five: str = "",
           six: list[str] | None = None) -> str:
    """A t2021 report as seed 003 lays it out: 一 with the five sub-heads, then the four tables, 五, 六."""
    ov = overview if overview is not None else [f"{year}年，{agency}深入贯彻落实《中华人民共和国政府信息公开条例》。"]
    return "".join([
        p(f"本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的《中华人民共和国"
          f"政府信息公开工作年度报告格式》要求编制。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        p("一、总体情况"),
        *(p(x) for x in ov),
        p("二、主动公开政府信息情况"), s2 if s2 is not None else sec2_2021(),
        p("三、收到和处理政府信息公开申请情况"), s3 if s3 is not None else sec3_2021(),
        p("四、政府信息公开行政复议、行政诉讼情况"), s4 if s4 is not None else sec4(),
        p("五、存在的主要问题及改进情况"),
        p(five or "一是政策解读形式还不够丰富；二是基层公开标准化规范化水平有待提升。下一步，我们将加强业务培训。"),
        p("六、其他需要报告的事项"),
        *(p(x) for x in (six if six is not None else ["本年度无其他需要报告的事项。"])),
    ])


def page21(title: str = "某某区人民政府2021年政府信息公开工作年度报告", *, charset: str = "utf-8", **kw) -> bytes:
    meta = meta_block("11330100002508xxxx/2022-00012", "某某区人民政府办公室", "2022-01-25")
    return chrome_page(title, body21(**kw), meta=meta, date="2022-01-25", charset=charset)


def r21(**kw) -> Report:
    return one(URL21, page21(**kw))


def body19(agency: str = "某某县人民政府", *, overview: list[str] | None = None, s3: str | None = None,
           s4: str | None = None, year: int = 2019) -> str:
    ov = overview if overview is not None else [f"{year}年，{agency}认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。"]
    return "".join([
        p(f"本年度报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        p("一、总体情况"), *(p(x) for x in ov),
        p("二、主动公开政府信息情况"), sec2_2019(),
        p("三、收到和处理政府信息公开申请情况"), s3 if s3 is not None else sec3_2019(),
        p("四、政府信息公开行政复议、行政诉讼情况"), s4 if s4 is not None else sec4([0] * 15),
        p("五、存在的主要问题及改进情况"), p("主动公开的深度和广度有待加强。"),
        p("六、其他需要报告的事项"), p("无其他需要报告的事项。"),
    ])


def r19(charset: str = "utf-8", **kw) -> Report:
    year = kw.get("year", 2019)
    return one(URL19, chrome_page(f"某某县人民政府{year}年政府信息公开工作年度报告", body19(**kw),
                                  date=f"{year + 1}-01-20", charset=charset))


def text_fact(r: Report, key: str):
    return fact(r, key, "text")


def text_values(r: Report) -> dict[str, list[float | None]]:
    out: dict[str, list[float | None]] = {}
    for f in r.facts:
        if f.source == "text":
            out.setdefault(f.key, []).append(f.value)
    return out


def r10(r: Report) -> set[str]:
    return {c.rule for c in r.checks if not c.passed and c.rule.startswith("R10")}


# ---------------------------------------------------------------------------------------------------------------
# 1. headline numbers in the t2021 总体情况 become text facts (spec 2.5 phrase table; value_flag per 2.5)
# ---------------------------------------------------------------------------------------------------------------

PROSE_FACTS = [
    # (sentence in 一、总体情况, key, value, value_flag)
    # spec 2.5 active.items_total: 全年主动公开政府信息X条
    ("（一）主动公开。全年共主动公开政府信息3562条，其中规范性文件12件。", "active.items_total", 3562, None),
    # spec 2.5 "新增主动公开政府信息X条"
    ("2021年，本机关新增主动公开政府信息847条。", "active.items_total", 847, None),
    # spec 2.5 "主动公开(各类)政府信息X条"
    ("全年主动公开各类政府信息2,318条，内容涵盖财政预决算、重大建设项目等重点领域。", "active.items_total", 2318, None),
    # spec 2.5 approx words: 1.5万余条 (seed 004) → 15000, approx
    ("全年通过各类渠道主动公开政府信息1.5万余条。", "active.items_total", 15000, "approx"),
    # spec 2.5 "755多条" → approx
    ("主动公开政府信息755多条。", "active.items_total", 755, "approx"),
    # spec 2.5 约 → approx
    ("全年主动公开政府信息约2000条。", "active.items_total", 2000, "approx"),
    # spec 2.5 近 → approx
    ("全年主动公开政府信息近3000条。", "active.items_total", 3000, "approx"),
    # spec 2.5 逾 → approx
    ("全年主动公开政府信息逾1200条。", "active.items_total", 1200, "approx"),
    # spec 2.5 余 after an integer
    ("全年主动公开政府信息4600余条。", "active.items_total", 4600, "approx"),
    # spec 2.5 active.channel.website: 通过政府(门户)网站公开/发布(政府)信息X条
    ("通过区政府门户网站发布政府信息2456条。", "active.channel.website", 2456, None),
    # spec 2.5 active.channel.weibo
    ("通过政务微博发布信息388条。", "active.channel.weibo", 388, None),
    # spec 2.5 active.channel.wechat: 微信公众号X条
    ("通过“某某发布”微信公众号发布信息1024条。", "active.channel.wechat", 1024, None),
    # spec 2.5 active.channel.gazette: 政府公报X期 (unit 期)
    ("编印《某某区人民政府公报》12期。", "active.channel.gazette", 12, None),
    # spec 2.5 apply.received.total: 收到(政府信息公开)申请X件 (here equal to the table, no R10)
    ("（二）依申请公开。全年共收到政府信息公开申请14件。", "apply.received.total", 14, None),
    # spec 2.5 受理…申请X件
    ("全年受理政府信息公开申请14件，均在法定期限内答复。", "apply.received.total", 14, None),
    # spec 2.5 接到…申请X宗
    ("全年接到政府信息公开申请14宗。", "apply.received.total", 14, None),
    # spec 2.5 review.total: 行政复议X件 (here 起, as many 2021 reports write)
    ("全年发生政府信息公开行政复议2起。", "review.total", 2, None),
    # spec 2.5 litigation.total: 行政诉讼(案件)X件
    ("全年因政府信息公开被提起行政诉讼案件2件。", "litigation.total", 2, None),
    # spec 2.5 response.interpretations: 政策解读X条/篇
    ("发布政策解读材料46篇，其中图文解读18篇。", "response.interpretations", 46, None),
    # spec 2.5 org.staff_total: 政府信息公开工作人员X人 (seed 001)
    ("全区配备政府信息公开工作人员35人。", "org.staff_total", 35, None),
]


@pytest.mark.parametrize(("sentence", "key", "value", "flag"), PROSE_FACTS,
                         ids=[f"{i:02d}_{k}" for i, (_s, k, _v, _f) in enumerate(PROSE_FACTS)])
def test_prose_headline_fact_t2021(sentence: str, key: str, value: float, flag: str | None) -> None:
    r = r21(overview=["2021年，某某区人民政府坚持以公开为常态、不公开为例外。", sentence])
    f = text_fact(r, key)
    assert f is not None, f"no text fact {key}; text facts: {text_values(r)}"
    assert (f.value, f.value_flag, f.source) == (value, flag, "text")


# spec 2.5 fee.info_processing (t2021 六) and the no-fee phrasings (→ 0, flag wu); seed 003 "没有产生政府信息处理费"
FEE_CASES = [
    ("2021年，本机关没有产生政府信息处理费。", 0, "wu"),
    ("本年度未收取信息处理费。", 0, "wu"),
    ("本年度本机关未收取政府信息公开信息处理费。", 0, "wu"),
    ("（一）政府信息公开信息处理费收取情况。本年度共收取信息处理费300元。", 300, None),
]


@pytest.mark.parametrize(("sentence", "value", "flag"), FEE_CASES, ids=["not_produced", "not_collected",
                                                                        "not_collected_long", "collected_300"])
def test_info_processing_fee_in_section_six(sentence: str, value: float, flag: str | None) -> None:
    r = r21(six=["（一）政府信息处理费收取情况。" if "收取情况" not in sentence else "", sentence,
                 "（二）人大代表建议和政协提案办理结果公开情况。全年共办理人大代表建议45件、政协提案38件，办理结果全部公开。"])
    f = text_fact(r, "fee.info_processing")
    assert f is not None, text_values(r)
    assert (f.value, f.value_flag) == (value, flag)
    assert not r10(r)


def test_info_processing_fee_zero_yuan_is_a_number_not_wu() -> None:
    # spec 2.5: "收取信息处理费0元" prints a number: value 0 with no 无/空 flag (the flag wu is for worded absences)
    r = r21(six=["本年度收取信息处理费0元。"])
    f = text_fact(r, "fee.info_processing")
    assert f is not None and f.value == 0 and f.value_flag is None


def test_fee_sentence_in_gbk_page() -> None:
    # spec 2.5 + 3.6: the same phrasing in a GBK-encoded page
    r = r21(six=["2021年，本机关没有产生政府信息处理费。"], charset="gbk")
    f = text_fact(r, "fee.info_processing")
    assert f is not None and (f.value, f.value_flag, f.source) == (0, "wu", "text")


# ---------------------------------------------------------------------------------------------------------------
# 2. Chinese numerals and 万 in headline numbers (spec 2.5; 2.7 normalisation)
# ---------------------------------------------------------------------------------------------------------------

CN_CASES = [
    ("全年共收到政府信息公开申请十四件。", "apply.received.total", 14),
    ("全年发生政府信息公开行政复议两起。", "review.total", 2),
    ("全年因政府信息公开被提起行政诉讼二件。", "litigation.total", 2),
    ("全年主动公开政府信息3.2万条。", "active.items_total", 32000),
    ("全年共收到政府信息公开申请１４件。", "apply.received.total", 14),  # full-width digits (2.7 NFKC)
]


@pytest.mark.parametrize(("sentence", "key", "value"), CN_CASES,
                         ids=["cn_shisi", "cn_liang", "cn_er", "wan_decimal", "fullwidth"])
def test_chinese_numerals_and_wan(sentence: str, key: str, value: float) -> None:
    r = r21(overview=[sentence])
    f = text_fact(r, key)
    assert f is not None, text_values(r)
    assert f.value == value
    assert not r10(r)  # 14 / 2 / 2 all equal the table


# ---------------------------------------------------------------------------------------------------------------
# 3. numbers that must NOT become disclosure statistics (spec 2.5: ratios only as checks; other subjects)
# ---------------------------------------------------------------------------------------------------------------

def _all_values(r: Report) -> set[float | None]:
    return {f.value for f in r.facts if f.source == "text"}


DISTRACT = [
    # (overview sentences, key that must keep its true value or be absent, expected value or None, stray numbers)
    (["全年主动公开政府信息1200条，同比增长15%。"], "active.items_total", 1200, {15}),
    (["全年主动公开政府信息1200条，较上年增加320条。"], "active.items_total", 1200, {320}),
    (["全年共收到政府信息公开申请14件，同比下降36.4%，比上年减少8件。"], "apply.received.total", 14, {36.4, 8}),
    (["全年共收到政府信息公开申请14件，其中网上申请占64.3%。"], "apply.received.total", 14, {64.3}),
    (["12345政务服务便民热线全年受理群众诉求8600件，办结率99.8%。"], "apply.received.total", None, {8600, 12345}),
    (["全年收到群众来信来访42件，均已妥善处理。"], "apply.received.total", None, {42}),
    (["全年承办人大代表建议20件、政协委员提案31件。"], "apply.received.total", None, {20, 31}),
    (["召开政务公开工作专题会议3次，举办政务公开业务培训班4期，培训人员260人次。"], "active.items_total", None,
     {3, 4, 260}),
    (["全年召开新闻发布会8场，接待来访群众150人次。"], "apply.received.total", None, {150}),
    (["区政府门户网站全年访问量达120万人次。"], "active.items_total", None, {1200000}),
    (["依申请公开办理时限平均为5至10个工作日。"], "apply.received.total", None, {5, 10}),
    (["全区共有政务公开专区28个，配备查阅电脑56台。"], "active.items_total", None, {56}),
    (["全年办结网上政务服务事项3.6万件。"], "apply.closed.total", None, {36000}),
]


@pytest.mark.parametrize(("overview", "key", "value", "stray"), DISTRACT,
                         ids=["yoy_pct", "vs_last_year", "received_yoy", "channel_ratio", "hotline_12345",
                              "letters_visits", "proposals", "meetings_trainings", "press_conf_visitors",
                              "site_visits_wan", "range_days", "service_points", "service_matters"])
def test_other_numbers_are_not_disclosure_statistics(overview: list[str], key: str, value: float | None,
                                                     stray: set[float]) -> None:
    r = r21(overview=overview)
    f = text_fact(r, key)
    if value is None:
        assert f is None, (f.key, f.value, f.raw_label) if f else None
    else:
        assert f is not None and f.value == value
    for k in ("active.items_total", "apply.received.total", "apply.closed.total", "review.total",
              "litigation.total", "apply.carried_in.total"):
        g = text_fact(r, k)
        assert g is None or g.value not in stray, (k, g.value, g.raw_label)
    assert not r10(r)


def test_percentages_never_stored_as_facts() -> None:
    # spec 2.5: "Ratios ('占36%') are stored only as checks, never as primary facts"
    r = r21(overview=["全年主动公开政府信息1200条，同比增长15.5%；网站公开占87%。",
                      "全年共收到政府信息公开申请14件，答复率100%，按时办结率100%。"])
    assert {f.value for f in r.facts if f.source == "text" and f.raw_value and "%" in f.raw_value} == set()
    assert text_fact(r, "active.items_total").value == 1200
    assert text_fact(r, "apply.received.total").value == 14


def test_year_numbers_not_counts() -> None:
    # spec 2.0: keys never hold a year; "2021年" and "2020年" are dates, not statistics
    r = r21(overview=["2021年是“十四五”开局之年。2020年本机关收到申请的办理情况已在上年报告中说明。"])
    assert not ({2021, 2020} & _all_values(r))


def test_numbers_in_section_five_not_headline() -> None:
    # spec 2.5/R10: a count in 五 about training is not the number of requests
    r = r21(five="一是队伍建设仍需加强，全年仅组织培训2次、参训38人；二是解读形式单一。")
    assert text_fact(r, "apply.received.total") is None
    assert not r10(r)


# ---------------------------------------------------------------------------------------------------------------
# 4. 收到X件（其中上年结转Y件）, 办结, 结转 (spec 2.2/2.5 and R10)
# ---------------------------------------------------------------------------------------------------------------

def test_received_including_carried_in_is_consistent() -> None:
    # "收到申请16件（其中上年结转2件）": 16 = 14 new + 2 carried in, exactly the table → R10 silent (spec 1(d) R10)
    r = r21(overview=[f"全年共收到政府信息公开申请{N_NEW + N_CI}件（其中上年结转{N_CI}件），办结{N_DONE}件，"
                      f"结转下年度继续办理{N_CO}件。"])
    assert not r10(r), [c.detail for c in r.checks if not c.passed]
    ci = text_fact(r, "apply.carried_in.total")
    assert ci is not None and ci.value == N_CI


def test_new_plus_carried_in_stated_separately() -> None:
    # spec 2.2: 本年新收 X件 + 上年结转 Y件 as two clauses; both text facts, R10 silent
    r = r21(overview=[f"本年度新收政府信息公开申请{N_NEW}件，上年结转{N_CI}件。"])
    assert text_fact(r, "apply.carried_in.total").value == N_CI
    assert not r10(r)


@pytest.mark.parametrize(("sentence", "fires"), [
    (f"全年共收到政府信息公开申请{N_NEW}件，已全部办结{N_DONE}件。", False),
    (f"全年共收到政府信息公开申请{N_NEW}件，办结{N_DONE}件，结转下年度{N_CO}件。", False),
    (f"全年共收到政府信息公开申请{N_NEW}件，办结{N_DONE - 2}件，结转下年度{N_CO}件。", True),
    (f"全年共收到政府信息公开申请{N_NEW}件，结转下年度继续办理{N_CO + 2}件。", True),
    (f"全年共收到政府信息公开申请{N_NEW}件（其中上年结转{N_CI + 3}件）。", True),
], ids=["done_match", "done_carry_match", "done_off", "carried_out_off", "carried_in_off"])
def test_r10_on_closed_and_carried(sentence: str, fires: bool) -> None:
    # spec 1(d) R10: each number stated in 总体情况 must match the table
    r = r21(overview=[sentence])
    assert bool(r10(r)) is fires, [c.detail for c in r.checks if not c.passed]
    assert failing_families(r) <= {"R10"}


# ---------------------------------------------------------------------------------------------------------------
# 5. R10: review / litigation / received, with 起 / 件 / 宗 and Chinese numerals (spec 1(d) R10)
# ---------------------------------------------------------------------------------------------------------------

R10_CASES = [
    (f"全年发生政府信息公开行政复议{REVIEW}起、行政诉讼{LITIG}起。", False),
    (f"全年发生政府信息公开行政复议{REVIEW + 1}起。", True),
    (f"全年因政府信息公开引发行政诉讼{LITIG + 3}起。", True),
    ("全年发生政府信息公开行政复议两起、行政诉讼两起。", False),
    ("全年发生政府信息公开行政复议五起。", True),
    (f"全年共收到政府信息公开申请{N_NEW}宗。", False),
    (f"全年共收到政府信息公开申请{N_NEW + 6}宗。", True),
    ("全年共收到政府信息公开申请十四件。", False),
    ("全年共收到政府信息公开申请二十件。", True),
    (f"全年共收到政府信息公开申请{N_NEW}件，同比增长{N_NEW + 10}%。", False),
    (f"全年共收到政府信息公开申请{N_NEW}件，较上年的{N_NEW + 9}件有所下降。", False),
    ("全年主动公开政府信息1.5万余条，召开新闻发布会12场。", False),
    ("12345热线全年受理群众诉求8600件，行政复议决定书全部网上公开。", False),
    ("全年收到人大代表建议和政协提案52件，办结率100%。", False),
]


@pytest.mark.parametrize(("sentence", "fires"), R10_CASES, ids=[
    "rev_lit_match_qi", "review_off", "litigation_off", "cn_match", "cn_review_off", "zong_match", "zong_off",
    "cn_received_match", "cn_received_off", "yoy_pct_not_count", "last_year_count", "items_no_table_counterpart",
    "hotline", "proposals"])
def test_r10_fires_exactly_on_contradiction_t2021(sentence: str, fires: bool) -> None:
    r = r21(overview=["2021年，某某区人民政府持续深化政务公开。", sentence])
    assert bool(r10(r)) is fires, [c.detail for c in r.checks if not c.passed]
    assert failing_families(r) <= {"R10"}


def test_r10_names_the_key_it_checks() -> None:
    # spec 1(d) R10 suffixed with the key (schema: rule suffixed for the column/block)
    r = r21(overview=[f"全年共收到政府信息公开申请{N_NEW + 1}件。"])
    assert r10(r) == {"R10.apply.received.total"}


def test_r10_passing_check_is_recorded_when_prose_matches() -> None:
    # spec 1(d): the check runs (passed) when the overview states a comparable number
    r = r21(overview=[f"全年共收到政府信息公开申请{N_NEW}件。"])
    assert any(c.rule.startswith("R10") and c.passed for c in r.checks)
    assert not r10(r)


def test_r10_none_happened_matches_zero_table() -> None:
    # "未发生行政复议、行政诉讼" against an all-zero 四 table: no contradiction
    r = r21(overview=["全年未发生因政府信息公开引起的行政复议、行政诉讼案件。"], s4=sec4([0] * 15))
    assert not r10(r)
    assert failing_families(r) == set()


def test_r10_no_requests_matches_zero_grid() -> None:
    # "未收到政府信息公开申请" (seed 003 wording "未收到…申请") against an all-zero grid: consistent
    zero = {k: [0] * 7 for k in BASE3}
    r = r21(overview=["截至2021年底，本机关未收到政府信息公开申请。"], s3=sec3_2021(zero), s4=sec4([0] * 15))
    assert not r10(r)
    assert failing_families(r) == set()


def test_r10_quiet_without_any_prose_number() -> None:
    r = r21(overview=["2021年，我区坚持以人民为中心，深入推进决策、执行、管理、服务、结果公开。"])
    assert not r10(r)
    assert failing_families(r) == set()


def test_r10_uses_only_the_disclosure_applications() -> None:
    # two numbers with 收到 in one paragraph: only the 政府信息公开申请 one is compared
    r = r21(overview=[f"全年共收到群众来信{N_NEW + 30}件，收到政府信息公开申请{N_NEW}件。"])
    assert not r10(r)
    assert text_fact(r, "apply.received.total").value == N_NEW


def test_r10_in_gbk_page() -> None:
    r = r21(overview=[f"全年共收到政府信息公开申请{N_NEW + 4}件。"], charset="gbk")
    assert r10(r) == {"R10.apply.received.total"}


def test_r10_with_other_grid_values() -> None:
    # the same sentence checked against a different table (a large city bureau, 312 new requests)
    data = copy.deepcopy(BASE3)
    data["apply.received_new"] = [250, 40, 2, 3, 17, 0, 312]
    data["apply.outcome.granted"] = [245, 41, 2, 3, 18, 0, 309]
    r_ok = r21(overview=["全年共收到政府信息公开申请312件，同比增长14%。"], s3=sec3_2021(data))
    r_bad = r21(overview=["全年共收到政府信息公开申请321件，同比增长14%。"], s3=sec3_2021(data))
    assert fact(r_ok, "apply.received_new.total", "table").value == 312
    assert not r10(r_ok)
    assert r10(r_bad) == {"R10.apply.received.total"}


# --- t2019 ------------------------------------------------------------------------------------------------------

R10_19 = [
    ("2019年共收到政府信息公开申请7件，办结6件，结转下年度继续办理1件。", False),
    ("2019年共收到政府信息公开申请9件。", True),
    ("2019年未发生政府信息公开行政复议和行政诉讼。", False),
    ("2019年发生政府信息公开行政复议1件。", True),
    ("2019年共受理政府信息公开申请七件，同比增长40%。", False),
]


@pytest.mark.parametrize(("sentence", "fires"), R10_19, ids=["all_match", "received_off", "none_zero",
                                                             "review_off", "cn_match_pct"])
def test_r10_t2019(sentence: str, fires: bool) -> None:
    r = r19(overview=[sentence])
    assert bool(r10(r)) is fires, [c.detail for c in r.checks if not c.passed]
    assert failing_families(r) <= {"R10"}


def test_t2019_prose_items_total_and_received() -> None:
    # spec 2.5 in a t2019 report (GBK): the overview's two headline numbers become text facts
    r = r19(overview=["2019年，本县主动公开政府信息6830余条，同比增长8.2%。", "全年共收到政府信息公开申请7件。"],
            charset="gbk")
    f = text_fact(r, "active.items_total")
    assert f is not None and (f.value, f.value_flag) == (6830, "approx")
    assert text_fact(r, "apply.received.total").value == 7
    assert not r10(r)


# ---------------------------------------------------------------------------------------------------------------
# 6. derived headline keys across eras (spec 2.6, 2.3)
# ---------------------------------------------------------------------------------------------------------------

def _derived(r: Report, key: str):
    return fact(r, key, "derived")


DERIVED_GRIDS = [
    ("small", BASE3, BASE4, 14, 2, 1, 1),
    ("zero", {k: [0] * 7 for k in BASE3}, [0] * 15, 0, 0, 0, 0),
    ("litigation_only_after_review", BASE3, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 1, 0, 0, 3], 14, 3, 2, 1),
    ("direct_only", BASE3, [0, 0, 0, 0, 0, 4, 1, 1, 2, 8, 0, 0, 0, 0, 0], 14, 8, 4, 1),
]


@pytest.mark.parametrize(("name", "grid", "s4vals", "received", "lit_total", "lit_upheld", "lit_corrected"),
                         DERIVED_GRIDS, ids=[g[0] for g in DERIVED_GRIDS])
def test_derived_headlines_t2021(name: str, grid: dict, s4vals: list[int], received: int, lit_total: int,
                                 lit_upheld: int, lit_corrected: int) -> None:
    # spec 2.6: apply.received.total (copy of received_new.total) and litigation.total/.upheld/.corrected (sums of
    # 2.3) are written with source='derived' and value_flag='derived'
    r = r21(s3=sec3_2021(grid), s4=sec4(s4vals))
    got = {k: (_derived(r, k).value if _derived(r, k) else None, _derived(r, k).value_flag if _derived(r, k) else None)
           for k in ("apply.received.total", "litigation.total", "litigation.upheld", "litigation.corrected")}
    assert got == {"apply.received.total": (received, "derived"), "litigation.total": (lit_total, "derived"),
                   "litigation.upheld": (lit_upheld, "derived"), "litigation.corrected": (lit_corrected, "derived")}
    assert failing_families(r) == set()


def test_derived_not_written_as_table_fact() -> None:
    # spec 2.6: the copy lives in source='derived'; the table itself has no apply.received.total row in t2021
    r = r21()
    assert fact(r, "apply.received.total", "table") is None
    assert fact(r, "litigation.total", "table") is None
    assert fact(r, "apply.received_new.total", "table").value == N_NEW


def test_derived_and_text_coexist_with_distinct_sources() -> None:
    # spec 2.0 primary key (report, key, source): the prose number and the derived copy are separate rows
    r = r21(overview=[f"全年共收到政府信息公开申请{N_NEW + 2}件。"])
    assert _derived(r, "apply.received.total").value == N_NEW
    assert text_fact(r, "apply.received.total").value == N_NEW + 2
    assert r10(r) == {"R10.apply.received.total"}


def test_derived_headlines_t2019() -> None:
    # spec 2.6 for t2019: received_new 7 → derived apply.received.total 7; 四 all zero → litigation.total 0
    r = r19()
    assert (_derived(r, "apply.received.total").value, _derived(r, "apply.received.total").value_flag) == (7, "derived")
    assert _derived(r, "litigation.total").value == 0


def test_derived_headlines_t2019_nonzero_litigation() -> None:
    r = r19(s4=sec4([1, 0, 0, 0, 1, 2, 1, 0, 0, 3, 0, 0, 1, 0, 1]))
    assert _derived(r, "litigation.total").value == 4
    assert _derived(r, "litigation.upheld").value == 2
    assert _derived(r, "litigation.corrected").value == 1
    assert fact(r, "review.total", "table").value == 1


def test_derived_carried_in_is_table_not_copy() -> None:
    # spec 2.6: apply.carried_in.total keeps its meaning across eras; in t2021 it is a table cell
    r = r21()
    f = fact(r, "apply.carried_in.total", "table")
    assert f is not None and f.value == N_CI


def test_e2014_has_no_derived_received_copy() -> None:
    # spec 2.6: only t2019/t2021 get the derived copy; e2014 prints 收到申请数 itself (table fact)
    r = one("http://www.example.gov.cn/art/2017/1/20/art_1.html",
            chrome_page("某某县人民政府2016年政府信息公开工作年度报告", e2014_body("某某县人民政府"), date="2017-01-20"))
    assert fact(r, "apply.received.total", "table").value == 20
    assert _derived(r, "apply.received.total") is None
    assert _derived(r, "litigation.total") is None


def test_e2014_prose_matching_table_r10_silent() -> None:
    # spec 1(d) R10 (all eras): e2014_body's prose says 860 items, 20 requests, 复议2件 诉讼1件 = its table
    r = one("http://www.example.gov.cn/art/2017/1/20/art_1.html",
            chrome_page("某某县人民政府2016年政府信息公开工作年度报告", e2014_body("某某县人民政府"), date="2017-01-20"))
    assert not r10(r)


# ---------------------------------------------------------------------------------------------------------------
# 7. more prose statistics in t2021 section text (spec 2.5 phrase table)
# ---------------------------------------------------------------------------------------------------------------

S4_ALL_UPHELD = [1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1]

MORE_PROSE = [
    # spec 2.5 apply.closed.total: 已办结X件 (equal to the table's （七）总计, so no R10)
    (f"全年共收到政府信息公开申请{N_NEW}件，已办结{N_DONE}件。", {"apply.closed.total": N_DONE}),
    # spec 2.5 apply.channel.*: 当面申请X件; 网上申请X件; 信函申请X件
    (f"全年共收到政府信息公开申请{N_NEW}件，其中当面申请3件、网上申请9件、信函申请2件。",
     {"apply.received.total": N_NEW, "apply.channel.in_person": 3, "apply.channel.online": 9,
      "apply.channel.letter": 2}),
    # spec 2.5 review.*: 行政复议X件，维持X件 (seed 001 "被申请行政复议1件…维持1件")
    ("全年因政府信息公开被申请行政复议2件，维持1件，尚在审理中1件。", {"review.total": 2, "review.upheld": 1}),
    # spec 2.5 litigation.upheld: 均维持原具体行政行为 → upheld = total
    ("全年发生政府信息公开行政诉讼2件，法院判决均维持原具体行政行为。",
     {"litigation.total": 2, "litigation.upheld": 2}),
    # spec 2.5 apply.answer.withdrawn: 申请人撤回申请X件 (seed 000)
    (f"全年共收到政府信息公开申请{N_NEW}件，其中申请人撤回申请1件。",
     {"apply.received.total": N_NEW, "apply.answer.withdrawn": 1}),
    # spec 2.5 active.items_total with a bracketed previous-year figure: the reporting-year number wins
    ("全年主动公开政府信息1200条（2020年为980条）。", {"active.items_total": 1200}),
    # spec 2.5 response.interpretations: 解读文件X件 (seed 001)
    ("在区政府门户网站解读文件224件。", {"response.interpretations": 224}),
    # spec 2.5 fee.none: 未收取任何费用 → 0 (flag checked below)
    ("办理政府信息公开申请未收取任何费用。", {"fee.none": 0}),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_PROSE, ids=[
    "closed", "channels", "review_upheld", "litigation_all_upheld", "withdrawn", "prev_year_bracket",
    "interpret_files", "fee_none"])
def test_more_prose_keys_t2021(sentence: str, expected: dict[str, float]) -> None:
    # 四 here: review 2 (1 upheld, 1 pending); litigation 1 direct + 1 after review, both upheld → the prose agrees
    r = r21(overview=["2021年，某某区人民政府持续深化政务公开。", sentence], s4=sec4(S4_ALL_UPHELD))
    got = {k: (text_fact(r, k).value if text_fact(r, k) else None) for k in expected}
    assert got == expected, text_values(r)
    assert not r10(r)


def test_fee_none_flag_is_wu() -> None:
    # spec 2.5: 未收取/未对申请人进行收费/全部予以免费办理 → 0, flag wu
    r = r21(overview=["对申请人全部予以免费办理。"])
    f = text_fact(r, "fee.none") or text_fact(r, "fee.request_fees")
    assert f is not None and (f.value, f.value_flag) == (0, "wu")


def test_prose_number_split_over_spans() -> None:
    # Word-exported HTML splits runs: <span>…申请</span><span>14</span><span>件</span>; &nbsp; around the number
    ov = ('<span style="font-family:仿宋_GB2312">全年共收到政府信息公开申请</span><span lang="EN-US">&nbsp;14&nbsp;</span>'
          '<span style="font-family:仿宋_GB2312">件，主动公开政府信息</span><span>1,520</span><span>条。</span>')
    r = r21(overview=[ov])
    assert text_fact(r, "apply.received.total").value == N_NEW
    assert text_fact(r, "active.items_total").value == 1520
    assert not r10(r)


def test_traditional_mirror_prose_converted_before_matching() -> None:
    # spec 2.5 "convert traditional text first": a traditional-script page stating 20 requests vs table 14
    ov = "全年共收到政府信息公開申請20件，主動公開政府信息1520條。"
    r = r21(overview=[ov])
    assert text_fact(r, "apply.received.total").value == 20
    assert text_fact(r, "active.items_total").value == 1520
    assert r10(r) == {"R10.apply.received.total"}


def test_r10_none_happened_against_nonzero_table_fires() -> None:
    # "未发生…行政复议、行政诉讼" while 四 shows 2 reviews and 2 suits: the prose contradicts the table (R10)
    r = r21(overview=["全年未发生因政府信息公开引起的行政复议、行政诉讼案件。"])
    assert r10(r) == {"R10.review.total", "R10.litigation.total"}


def test_r10_only_review_stated_zero_litigation_nonzero_ok() -> None:
    # the prose speaks only of 行政复议 (2, matching); litigation not mentioned → no R10 on litigation
    r = r21(overview=[f"全年发生政府信息公开行政复议{REVIEW}件。"])
    assert not r10(r)


def test_r10_two_scopes_in_one_overview_regional_report() -> None:
    # consolidated report: the sentence about the whole region is the one the table reports
    data = copy.deepcopy(BASE3)
    r = r21(overview=[f"2021年，全区各级行政机关共收到政府信息公开申请{N_NEW}件。"], s3=sec3_2021(data))
    assert text_fact(r, "apply.received.total").value == N_NEW
    assert not r10(r)


@pytest.mark.parametrize("wrapper", ["{s}", "<strong>{s}</strong>", "<span style='font-size:16pt'>{s}</span>"],
                         ids=["plain", "strong", "span"])
def test_r10_fires_regardless_of_inline_markup(wrapper: str) -> None:
    s = f"全年共收到政府信息公开申请{N_NEW + 7}件。"
    r = r21(overview=[wrapper.format(s=s)])
    assert r10(r) == {"R10.apply.received.total"}
    assert text_fact(r, "apply.received.total").value == N_NEW + 7


def test_r10_all_upheld_prose_against_corrected_table() -> None:
    # "均维持" (spec 2.5: upheld = total) while the table shows one suit 结果纠正: the prose contradicts it
    r = r21(overview=["全年发生政府信息公开行政诉讼2件，法院判决均维持原具体行政行为。"])
    assert text_fact(r, "litigation.upheld").value == 2
    assert fact(r, "litigation.upheld", "derived").value == 1
    assert "R10.litigation.upheld" in r10(r)


# ---------------------------------------------------------------------------------------------------------------
# 8. numbers in section text outside 总体情况 (spec 2.5 extraction; R10 compares)
# ---------------------------------------------------------------------------------------------------------------

def test_section_three_lead_sentence_before_table() -> None:
    # many reports put a lead sentence above the 三 grid; it states the same 14 → a text fact, no R10
    s3 = p(f"2021年，本机关共收到政府信息公开申请{N_NEW}件，上年结转{N_CI}件，均已按期答复。") + sec3_2021()
    r = r21(s3=s3)
    assert text_fact(r, "apply.received.total").value == N_NEW
    assert fact(r, "apply.received_new.total", "table").value == N_NEW
    assert not r10(r)


def test_section_two_lead_sentence_items_total() -> None:
    # spec 2.5: a 全年主动公开 sentence above the 二 tables is still the headline active.items_total
    s2 = p("全年主动公开政府信息2765条，其中通过区政府门户网站公开1980条。") + sec2_2021()
    r = r21(s2=s2)
    assert text_fact(r, "active.items_total").value == 2765
    assert text_fact(r, "active.channel.website").value == 1980
    assert fact(r, "active.normative.issued", "table").value == 3


def test_table_cells_are_not_text_facts() -> None:
    # spec 2.0 source: numbers read from the grids are source='table', never duplicated as 'text'
    r = r21(overview=["2021年，某某区人民政府持续深化政务公开。"])
    assert text_fact(r, "apply.received_new.total") is None
    assert text_fact(r, "active.permit.decisions") is None
    assert fact(r, "active.permit.decisions", "table").value == 1260


@pytest.mark.parametrize(("sentence", "closed", "fires"), [
    (f"全年共收到政府信息公开申请{N_NEW}件，已办结{N_DONE - 2}件。", N_DONE - 2, True),
    (f"全年共收到政府信息公开申请{N_NEW}件，办结{N_DONE}件。", N_DONE, False),
    (f"全年共收到政府信息公开申请{N_NEW}件，已全部办结，共办结{N_DONE}件。", N_DONE, False),
], ids=["yi_banjie_off", "banjie_plain", "gong_banjie"])
def test_closed_count_against_outcome_total(sentence: str, closed: int, fires: bool) -> None:
    # spec 2.5 apply.closed.total (办结X件) and R10: the requests closed this year are the grid's （七）总计 (13)
    r = r21(overview=[sentence])
    f = text_fact(r, "apply.closed.total")
    assert f is not None and f.value == closed, text_values(r)
    assert bool(r10(r)) is fires, [c.detail for c in r.checks if not c.passed]
