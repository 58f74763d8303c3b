"""Seventeenth independent accuracy probe of `parse_report`: the consistency checks of spec 1(d) (R1-R6, R9, R10,
O1-O7) on documents the earlier probes did not try: prose-only e2008/e2014 statistics (O-rules on text facts), a table
and prose that disagree (R10, the table stays the fact), approximate prose numbers (余/约/近/多: never a failed check),
reports whose tables are missing (no checks invented), traditional-script mirrors, reports split over several fetched
pages, t2019 signed 本年增/减 deltas, t2021 with a blank section 四, check `detail` strings, and the three real
violations in the seeds rendered as portal pages. Built from the spec, not from the code.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from test_probe_accuracy import (
    BASE3,
    chrome_page,
    e2014_body,
    one,
    p,
    parse,
    sec4,
    t2019_body,
    t2021_body,
    t2021_page,
)
from test_probe_accuracy_2 import to_traditional
from test_probe_accuracy_6 import e2008_report as asp_e2008_report
from test_probe_accuracy_6 import e2014_prose_report

from pipelines.records import Report

SEEDS = Path("/work/shared/seeds")
URL21 = "http://www.example.gov.cn/art/2022/1/25/art_9931_5520.html"
URL14 = "http://www.example.gov.cn/art/2017/3/20/art_1229_3310.html"
TRS = "http://xxgk.example.gov.cn/xxgk/xxgknb/202201/t20220125_4471"
TITLE21 = "某某区人民政府2021年政府信息公开工作年度报告"


# ---------------------------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------------------------

def fam(rule: str) -> str:
    return rule.split(".")[0]


def failing(r: Report) -> dict[str, str]:
    return {c.rule: c.detail for c in r.checks if not c.passed}


def failing_fams(r: Report) -> set[str]:
    return {fam(c.rule) for c in r.checks if not c.passed}


def checks_of(r: Report, family: str) -> list:
    return [c for c in r.checks if fam(c.rule) == family]


def nums(detail: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", detail))


def table_fact(r: Report, key: str) -> float | None:
    return next((f.value for f in r.facts if f.key == key and f.source == "table"), None)


def seed_page(name: str, lines: list[str] | None = None, *, title: str | None = None, date: str = "2019-03-05") -> bytes:
    text = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    all_lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    lines = all_lines[1:] if lines is None else lines
    body = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines)
    return chrome_page(title or all_lines[0], body, date=date)


def seed_lines(name: str) -> list[str]:
    text = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


# ---------------------------------------------------------------------------------------------------------------
# 1. the three real violations in the seeds (spec 1(d) "Real violations in the seeds")
# ---------------------------------------------------------------------------------------------------------------

def test_seed000_o1_received_26_vs_channels_11_plus_16() -> None:
    # spec 1(d): seed 000 受理申请26件 but 网络申请11件+信函申请16件 = 27 -> O1 fails
    r = one("http://www.fuyang.example.gov.cn/art/2019/3/5/art_1_1.html", seed_page("000"))
    o1 = [c for c in r.checks if fam(c.rule) == "O1"]
    assert o1 and not o1[0].passed
    assert {"26", "11", "16"} <= nums(o1[0].detail)


def test_seed000_outcomes_match_closed_25_not_flagged() -> None:
    # spec 1(d): seed 000 outcomes 9+1+1+8+1+1+4 = 25 match 已办结25件 -> only O1 fails, nothing else
    r = one("http://www.fuyang.example.gov.cn/art/2019/3/5/art_1_1.html", seed_page("000"))
    assert failing_fams(r) == {"O1"}


def test_seed000_simplified_copy_same_o1_failure() -> None:
    # spec 3.8 / 2.7: a simplified rendering of the same report gives the same checks
    from opencc import OpenCC
    conv = OpenCC("t2s")
    lines = [conv.convert(ln) for ln in seed_lines("000")]
    r = one("http://www.example.gov.cn/art/2019/3/5/art_1_2.html",
            seed_page("000", lines[1:], title=lines[0]))
    assert failing_fams(r) == {"O1"}
    assert {"26", "11", "16"} <= nums(failing(r)[next(k for k in failing(r) if fam(k) == "O1")])


def _jinzhou_2016_lines() -> list[str]:
    lines = seed_lines("001")
    start = next(i for i, ln in enumerate(lines) if ln.startswith("七、依申请公开工作情况"))
    end = next(i for i, ln in enumerate(lines) if i > start and ln.startswith("八、"))
    head = ["本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"]
    return head + lines[start:end + 2]


def test_seed001_256_received_vs_outcomes_259() -> None:
    # spec 1(d): seed 001 (锦州 2016) 256 received, 1 pending, outcomes 3+207+3+28+14+4 = 259 -> a failed check
    r = one("http://www.jz.example.gov.cn/zwgk/2017/0315/art_1.html",
            seed_page("001", _jinzhou_2016_lines(), title="锦州市2016年政府信息公开工作年度报告", date="2017-03-15"))
    bad = failing(r)
    assert any({"256", "259"} <= nums(d) or ("256" in nums(d) and "255" in nums(d) and "259" in nums(d))
               or ({"256"} <= nums(d) and {"207", "28", "14"} <= nums(d)) for d in bad.values()), bad


def test_seed001_answers_read_from_prose() -> None:
    # spec 2.5: the outcome phrases of seed 001 are text facts; 同意公开 207
    r = one("http://www.jz.example.gov.cn/zwgk/2017/0315/art_1.html",
            seed_page("001", _jinzhou_2016_lines(), title="锦州市2016年政府信息公开工作年度报告", date="2017-03-15"))
    vals = {f.key: f.value for f in r.facts if f.source == "text"}
    assert vals.get("apply.received.total") == 256
    assert vals.get("apply.answer.granted") == 207


def test_seed002_o5_review_22_vs_21() -> None:
    # spec 1(d): seed 002 行政复议数量 22 but 15+0+6 = 21 -> O5 (review) fails
    r = one("http://www.cc.example.gov.cn/art/2018/2/1/art_1_1.html", seed_page("002", date="2018-02-01"))
    o5 = [c for c in r.checks if fam(c.rule) == "O5" and not c.passed]
    assert len(o5) == 1 and "review" in o5[0].rule
    assert {"22", "15", "6", "21"} <= nums(o5[0].detail)


@pytest.mark.parametrize(("family", "numbers"), [
    ("O1", {"23", "19", "3", "1"}), ("O2", {"22", "21", "1"}), ("O3", {"22", "10", "2", "5", "4"}),
    ("O4", {"2"}), ("O6", {"2"}),
])
def test_seed002_other_o_checks_pass(family: str, numbers: set[str]) -> None:
    # spec 1(d): seed 002 channels 19+0+3+1 = 23, closed 21+1 = 22, answers = 22, denied 2, staff 2 = 2+0 all pass
    r = one("http://www.cc.example.gov.cn/art/2018/2/1/art_1_1.html", seed_page("002", date="2018-02-01"))
    cs = checks_of(r, family)
    assert cs and all(c.passed for c in cs)
    assert numbers <= set().union(*(nums(c.detail) for c in cs))


# ---------------------------------------------------------------------------------------------------------------
# 2. e2008 / e2014 prose-only statistics: O-rules on text facts (spec 1(d) O1-O5, 2.5)
# ---------------------------------------------------------------------------------------------------------------

PROSE_OK = [
    # (section3 text, family that must run and pass)
    ("本年度共受理政府信息公开申请30件，其中当面申请10件，网上申请15件，信函申请5件。", "O1"),
    ("全年受理信息公开申请18件。其中，当面申请6件，网络申请9件，传真申请1件，信函申请2件。", "O1"),
    ("共受理申请25件，已办结25件，其中按规定时限回复23件，延迟回复2件。", "O2"),
]


@pytest.mark.parametrize(("s3", "family"), PROSE_OK)
def test_e2008_prose_o_rule_runs_and_passes(s3: str, family: str) -> None:
    # spec 1(d) O1/O2 apply to the same keys read from prose (2.5); consistent prose -> check present and passed
    r = asp_e2008_report(2011, section3=s3)
    cs = checks_of(r, family)
    assert cs and all(c.passed for c in cs)
    assert failing(r) == {}


PROSE_BAD = [
    ("本年度共受理政府信息公开申请30件，其中当面申请12件，网上申请15件，信函申请5件。", "O1", {"30", "32"}),
    ("全年受理申请20件，其中网络申请14件，信函申请9件。", "O1", {"20", "14", "9"}),
    ("共受理申请25件，已办结25件，其中按规定时限回复23件，延迟回复4件。", "O2", {"25", "23", "4"}),
]


@pytest.mark.parametrize(("s3", "family", "numbers"), PROSE_BAD)
def test_e2008_prose_o_rule_fires_with_numbers(s3: str, family: str, numbers: set[str]) -> None:
    # spec 1(d): parts that exceed the stated total are a contradiction a reader sees; detail names the numbers
    r = asp_e2008_report(2011, section3=s3)
    bad = {k: d for k, d in failing(r).items() if fam(k) == family}
    assert len(bad) == 1, failing(r)
    d = next(iter(bad.values()))
    assert numbers <= nums(d) or (numbers - {"32"}) <= nums(d)


def test_e2008_prose_review_parts_exceed_total_o5() -> None:
    # spec 1(d) O5: 行政复议2件 but 维持2件 + 被纠错1件 = 3 -> O5 fails
    r = asp_e2008_report(2012, section5="本年度因政府信息公开申请行政复议2件，其中维持2件，被纠错1件。")
    assert failing_fams(r) == {"O5"}


def test_e2008_prose_review_consistent_o5_passes() -> None:
    # spec 1(d) O5 with 2.5 phrases: 行政复议3件，维持2件，被纠错1件 -> no failure
    r = asp_e2008_report(2012, section5="本年度因政府信息公开申请行政复议3件，维持2件，被纠错1件。")
    assert failing(r) == {}


@pytest.mark.parametrize("s3", [
    "全年共受理政府信息公开申请12件，其中网上申请8件。",
    "受理申请40件，主要通过网络提交，其中信函申请3件。",
    "本年度共受理政府信息公开申请9件，均已按时答复。",
])
def test_e2008_prose_partial_listing_not_a_contradiction(s3: str) -> None:
    # spec 1(d) O1 + "exactly when a human sees a contradiction": a "其中" naming only some channels, summing below
    # the total, is not a contradiction
    r = asp_e2008_report(2013, section3=s3)
    assert "O1" not in failing_fams(r)


@pytest.mark.parametrize("s3", [
    "全年共受理政府信息公开申请约30件，其中当面申请12件，网上申请15件，信函申请5件。",
    "全年共受理政府信息公开申请近30件，其中当面申请12件，网上申请15件，信函申请5件。",
    "全年共受理政府信息公开申请30余件，其中当面申请12件，网上申请15件，信函申请5件。",
    "全年共受理政府信息公开申请30多件，其中当面申请12件，网上申请15件，信函申请5件。",
    "全年共受理政府信息公开申请逾30件，其中当面申请12件，网上申请15件，信函申请5件。",
    "全年共受理政府信息公开申请30件，其中当面申请约12件，网上申请15件，信函申请5件。",
])
def test_e2008_approx_numbers_never_fail(s3: str) -> None:
    # spec 2.5: 余/多/近/约/逾 set value_flag='approx'; approximate numbers never make a failed check
    r = asp_e2008_report(2013, section3=s3)
    assert failing(r) == {}


@pytest.mark.parametrize(("s5", "ok"), [
    ("因政府信息公开申请行政复议5余件，维持3件，被纠错1件。", True),
    ("因政府信息公开申请行政复议约3件，维持3件，被纠错1件。", True),
    ("因政府信息公开申请行政复议3件，维持3件，被纠错1件。", False),
])
def test_e2008_approx_review_total(s5: str, ok: bool) -> None:
    # spec 2.5 + 1(d) O5: only an exact total can be contradicted
    r = asp_e2008_report(2014, section5=s5)
    assert ("O5" not in failing_fams(r)) is ok


@pytest.mark.parametrize(("s3", "family"), [
    ("全年共受理政府信息公开申请30件，其中当面申请12件，网上申请15件，信函申请5件。", "O1"),
    ("共受理申请25件，已办结25件，其中按规定时限回复23件，延迟回复4件。", "O2"),
])
def test_e2014_prose_report_o_rules_fire_without_table(s3: str, family: str) -> None:
    # spec 1(a)/1(d): a 2015 report with statistics only in prose: the O-rule still runs on the text facts
    r = e2014_prose_report(2015, section3=s3)
    assert family in failing_fams(r)


def test_e2014_prose_report_consistent_no_failures() -> None:
    # spec 1(d): consistent prose statistics in an e2014-era report -> no failed check at all
    r = e2014_prose_report(2016, section3="共收到申请16件，其中当面申请4件，网上申请10件，信函申请2件；已办结16件，"
                                          "其中按时办结15件，延期办结1件。")
    assert failing(r) == {}
    assert checks_of(r, "O1")


def test_prose_only_report_has_no_t20xx_checks() -> None:
    # spec 1(d): R1-R6/R9 belong to the t2019/t2021 tables; a prose report gets none of them
    r = asp_e2008_report(2010, section3="全年共受理申请5件，其中当面申请2件，网上申请3件。")
    assert not {fam(c.rule) for c in r.checks} & {"R1", "R2", "R3", "R4", "R5", "R6", "R9"}


# ---------------------------------------------------------------------------------------------------------------
# 3. table and prose disagree (R10): both recorded, the table value stays the table fact (spec 1(d) R10, 2.5)
# ---------------------------------------------------------------------------------------------------------------

R10_BAD = [
    ("全年共收到政府信息公开申请20件，均已按时办结。", "20", "14"),
    ("本年度新收政府信息公开申请16件，上年结转2件。", "16", "14"),
    ("本年新收申请14件，上年结转政府信息公开申请5件。", "5", "2"),
    ("收到申请14件，上年结转2件，结转下年度继续办理6件。", "6", "3"),
]


@pytest.mark.parametrize(("overview", "said", "table_v"), R10_BAD)
def test_t2021_r10_prose_vs_table_detail(overview: str, said: str, table_v: str) -> None:
    # spec 1(d) R10: a number in 总体情况 that differs from the table fails, and the detail names both numbers
    r = one(URL21, t2021_page(TITLE21, overview=overview))
    bad = failing(r)
    assert {fam(k) for k in bad} == {"R10"}, bad
    assert any({said, table_v} <= nums(d) for d in bad.values()), bad


@pytest.mark.parametrize("overview", [c[0] for c in R10_BAD[:2]])
def test_t2021_r10_table_value_kept(overview: str) -> None:
    # spec 1(d) R10 reports, it does not "fix": the section-三 table fact keeps the table's 14
    r = one(URL21, t2021_page(TITLE21, overview=overview))
    assert table_fact(r, "apply.received_new.total") == 14


@pytest.mark.parametrize("overview", [
    "全年共收到政府信息公开申请近20件，均已按时办结。",
    "全年共收到政府信息公开申请10余件，均已按时办结。",
    "全年共收到政府信息公开申请约15件。",
    "全年共收到政府信息公开申请十余件。",
    "全年共收到政府信息公开申请逾10件，上年结转2件。",
])
def test_t2021_r10_approx_prose_never_fails(overview: str) -> None:
    # spec 2.5: approximate prose numbers are flagged approx and never fail R10
    r = one(URL21, t2021_page(TITLE21, overview=overview))
    assert failing(r) == {}


@pytest.mark.parametrize("overview", [
    "全年共收到政府信息公开申请14件，上年结转2件，结转下年度继续办理3件。",
    "本年度共受理政府信息公开申请14件，已全部依法答复。",
    "本年度，我区主动公开政府信息1520条，收到政府信息公开申请14件。",
])
def test_t2021_r10_matching_prose_passes(overview: str) -> None:
    # spec 1(d) R10: matching prose gives a passed check (present), no failure
    r = one(URL21, t2021_page(TITLE21, overview=overview))
    assert failing(r) == {}
    assert any(c.passed and "14" in nums(c.detail) for c in checks_of(r, "R10"))


def test_t2021_r10_review_count_in_prose() -> None:
    # spec 1(d) R10 (复议…X件 regex of the cited validator): table review total 2 (BASE4), prose says 5
    r = one(URL21, t2021_page(TITLE21, overview="全年收到政府信息公开申请14件，发生政府信息公开行政复议5件。"))
    bad = failing(r)
    assert {fam(k) for k in bad} == {"R10"}
    assert any({"5", "2"} <= nums(d) for d in bad.values())


def test_e2014_table_and_prose_disagree_r10() -> None:
    # spec 1(d) R10 (all eras): e2014 prose 收到申请20件 but the 统计表 says another number -> R10 fails
    body = e2014_body("某某县人民政府").replace("全年共收到政府信息公开申请20件。", "全年共收到政府信息公开申请99件。")
    r = one(URL14, chrome_page("某某县人民政府2016年政府信息公开工作年度报告", body, date="2017-03-20"))
    bad = failing(r)
    assert "R10" in {fam(k) for k in bad}
    assert any("99" in nums(d) for k, d in bad.items() if fam(k) == "R10")
    assert not {fam(k) for k in bad} - {"R10"}


# ---------------------------------------------------------------------------------------------------------------
# 4. tables missing: no checks invented (spec 1(d); Report.tables_missing)
# ---------------------------------------------------------------------------------------------------------------

def _img_tables_body(overview: str = "全年共收到政府信息公开申请14件。") -> str:
    return t2021_body("某某区", overview=overview,
                      s2='<p style="text-align:center"><img src="/picture/0/2201251530_1.jpg" width="600"></p>',
                      s3='<p style="text-align:center"><img src="/picture/0/2201251530_2.jpg" width="600"></p>',
                      s4='<p style="text-align:center"><img src="/picture/0/2201251530_3.jpg" width="600"></p>')


def test_tables_as_images_no_table_checks() -> None:
    # spec 1(d): with no tables there is nothing for R1-R6/R9 to compare
    r = one(URL21, chrome_page(TITLE21, _img_tables_body()))
    assert not {fam(c.rule) for c in r.checks} & {"R1", "R2", "R3", "R4", "R5", "R6", "R9"}


def test_tables_as_images_no_r10_failure() -> None:
    # spec 1(d) R10 compares prose to the table; without a table there is no R10 failure
    r = one(URL21, chrome_page(TITLE21, _img_tables_body("全年共收到政府信息公开申请37件，上年结转4件。")))
    assert failing(r) == {}


def test_tables_as_images_marked_missing() -> None:
    # Report.tables_missing: a t2021 report whose sections 二-四 are images
    r = one(URL21, chrome_page(TITLE21, _img_tables_body()))
    assert r.tables_missing is True


def test_tables_in_attachment_only_no_checks() -> None:
    # spec 3.5: tables only in a (not fetched) attachment -> no R checks, no failure
    body = t2021_body("某某区", s2=p("详见附件。"), s3=p("详见附件。"), s4=p("详见附件。"))
    body += '<p>附件：<a href="/module/download/downfile.jsp?filename=2201.xlsx">2021年政府信息公开工作年度报告统计表.xlsx</a></p>'
    r = one(URL21, chrome_page(TITLE21, body))
    assert failing(r) == {}
    assert not {fam(c.rule) for c in r.checks} & {"R1", "R2", "R3", "R6"}


# ---------------------------------------------------------------------------------------------------------------
# 5. traditional-script mirrors: the same checks as the original (spec 3.8, 2.7)
# ---------------------------------------------------------------------------------------------------------------

def _r_sets(r: Report) -> tuple[set[str], set[str]]:
    return {c.rule for c in r.checks}, {c.rule for c in r.checks if not c.passed}


@pytest.mark.parametrize("overview", [
    "",
    "全年共收到政府信息公开申请20件，均已按时办结。",
])
def test_traditional_mirror_t2021_same_checks(overview: str) -> None:
    # spec 3.8: a traditional-script mirror of a t2021 page gives the same checks as the original
    orig = one(URL21, t2021_page(TITLE21, overview=overview))
    body = to_traditional(t2021_body("某某区", overview=overview))
    mirror = one("http://m.fqjz1.com/gongkai/show/20220125001.html", chrome_page(to_traditional(TITLE21), body))
    assert _r_sets(mirror) == _r_sets(orig)


def test_traditional_mirror_r1_failure_same_detail_numbers() -> None:
    # spec 3.8 + 1(d) R1: a wrong carried-out total fails R1 in the mirror too, with the same numbers
    data = {k: list(v) for k, v in BASE3.items()}
    data["apply.carried_out"] = [2, 1, 0, 0, 0, 0, 5]
    from test_probe_accuracy import sec3_2021
    s3 = sec3_2021(data)
    orig = one(URL21, chrome_page(TITLE21, t2021_body("某某区", s3=s3)))
    mirror = one("http://m.fqjz1.com/gongkai/show/20220125002.html",
                 chrome_page(to_traditional(TITLE21), to_traditional(t2021_body("某某区", s3=s3))))
    fo, fm = failing(orig), failing(mirror)
    assert "R1.total" in fo and set(fo) == set(fm)
    assert nums(fo["R1.total"]) == nums(fm["R1.total"])
    assert {"14", "2", "13", "5"} <= nums(fo["R1.total"])


def test_traditional_mirror_e2014_o5_failure() -> None:
    # spec 3.8 + 1(d) O5: an e2014 mirror with review 5 != 1+1+1 fails O5 exactly as the original
    over = {"review.total": 5, "review.upheld": 1, "review.corrected": 1, "review.other": 1}
    body = e2014_body("某某县人民政府", overrides=over)
    orig = one(URL14, chrome_page("某某县人民政府2016年政府信息公开工作年度报告", body, date="2017-03-20"))
    mirror = one("http://m.fqjz1.com/gongkai/show/20170320.html",
                 chrome_page(to_traditional("某某县人民政府2016年政府信息公开工作年度报告"), to_traditional(body),
                             date="2017-03-20"))
    assert "O5" in failing_fams(orig)
    assert failing_fams(mirror) == failing_fams(orig)


# ---------------------------------------------------------------------------------------------------------------
# 6. multi-page reports: table and prose on different fetched pages (spec 3.4 pagination, 1(d))
# ---------------------------------------------------------------------------------------------------------------

def _two_pages(overview: str, s3: str | None = None) -> Report:
    body = t2021_body("某某区", overview=overview, s3=s3)
    cut = body.index("<p>三、收到和处理政府信息公开申请情况</p>")
    pager1 = '<div class="page"><span>1</span><a href="t20220125_4471_1.html">2</a><a href="t20220125_4471_1.html">下一页</a></div>'
    pager2 = '<div class="page"><a href="t20220125_4471.html">上一页</a><a href="t20220125_4471.html">1</a><span>2</span></div>'
    return parse((TRS + ".html", chrome_page(TITLE21, body[:cut] + pager1)),
                 (TRS + "_1.html", chrome_page(TITLE21, body[cut:] + pager2)))


def test_multipage_prose_page1_table_page2_r10_fires() -> None:
    # spec 1(d) R10 across pages: the prose on page 1 (20) contradicts the table on page 2 (14)
    r = _two_pages("全年共收到政府信息公开申请20件。")
    bad = failing(r)
    assert {fam(k) for k in bad} == {"R10"}
    assert any({"20", "14"} <= nums(d) for d in bad.values())


def test_multipage_prose_matches_table_passes() -> None:
    # spec 1(d): consistent two-page report: R1-R3 run on page 2's table, nothing fails
    r = _two_pages("全年共收到政府信息公开申请14件。")
    assert failing(r) == {}
    assert {"R1", "R2", "R3", "R6"} <= {fam(c.rule) for c in r.checks}


def test_multipage_r2_fault_on_page2() -> None:
    # spec 1(d) R2: a wrong outcome total in the table on page 2 still fails R2
    data = {k: list(v) for k, v in BASE3.items()}
    data["apply.outcome.granted"] = [5, 1, 0, 0, 1, 0, 9]
    from test_probe_accuracy import sec3_2021
    r = _two_pages("全年共收到政府信息公开申请14件。", s3=sec3_2021(data))
    assert "R2.total" in failing(r) and "R3.apply.outcome.granted" in failing(r)
    assert {"13", "9"} <= nums(failing(r)["R2.total"])


def test_multipage_e2014_prose_page1_table_page2_o5() -> None:
    # spec 1(d) O5: the 统计表 on page 2 with review 3 != 1+0+1 -> O5 fails; prose on page 1
    body = e2014_body("某某县人民政府", overrides={"review.total": 3, "review.upheld": 1, "review.corrected": 0,
                                                 "review.other": 1})
    cut = body.index("<p>附表</p>")
    title = "某某县人民政府2016年政府信息公开工作年度报告"
    r = parse((TRS + ".html", chrome_page(title, body[:cut] + '<div class="page"><a href="t20220125_4471_1.html">下一页</a></div>',
                                          date="2017-03-20")),
              (TRS + "_1.html", chrome_page(title, body[cut:], date="2017-03-20")))
    o5 = {k: d for k, d in failing(r).items() if fam(k) == "O5"}
    assert o5 and any({"3", "1"} <= nums(d) for d in o5.values())


# ---------------------------------------------------------------------------------------------------------------
# 7. t2019 signed 本年增/减 deltas: no R-rule misfire (spec 1(b), 2.1, 1(d) R5 is for section 三 only)
# ---------------------------------------------------------------------------------------------------------------

T19_URL = "http://www.example.gov.cn/art/2020/1/21/art_9931_4410.html"
T19_TITLE = "某某市生态环境局2019年政府信息公开工作年度报告"


@pytest.mark.parametrize("delta", ["-8", "−8", "－8", "-120", "减少8", "-0", "—8", "+0", "-1,200"])
def test_t2019_negative_delta_no_failure(delta: str) -> None:
    # spec 1(b)/2.1: 本年增/减 is signed; a negative delta is not an R5 (section 三) violation
    body = t2019_body("某某市生态环境局").replace("<td>-8</td>", f"<td>{delta}</td>", 1)
    r = one(T19_URL, chrome_page(T19_TITLE, body, date="2020-01-21"))
    assert r.template == "t2019"
    assert failing(r) == {}


def test_t2019_all_deltas_negative_checks_still_run() -> None:
    # spec 1(d): section-三 checks still run (and pass) when every 本年增/减 is negative
    body = t2019_body("某某市生态环境局")
    body = body.replace("<td>+2</td>", "<td>-2</td>").replace("<td>-1</td>", "<td>-3</td>")
    r = one(T19_URL, chrome_page(T19_TITLE, body, date="2020-01-21"))
    assert failing(r) == {}
    assert {"R1", "R3"} <= {fam(c.rule) for c in r.checks}


def test_t2019_r5_runs_and_passes_beside_negative_deltas() -> None:
    # spec 1(d) R5 covers section 三 only: it runs and passes although section 二 has -8/-1 deltas
    body = t2019_body("某某市生态环境局")
    r0 = one(T19_URL, chrome_page(T19_TITLE, body, date="2020-01-21"))
    cr = [c for c in r0.checks if fam(c.rule) == "R5"]
    assert cr and all(c.passed for c in cr)


# ---------------------------------------------------------------------------------------------------------------
# 8. t2021 with a blank (not reported) section 四: no R6 (spec 1(d) R6, 2.3, 2.7 blank)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["", "&nbsp;", "/", "—", "-", "无"])
def test_blank_section4_no_r6_failure(cell: str) -> None:
    # spec 1(d) R6 + 2.7: blank/dash/slash cells read 0 -> 0 = 0+0+0+0, never a failure
    r = one(URL21, t2021_page(TITLE21, s4=sec4([cell] * 15)))
    assert "R6" not in failing_fams(r)
    assert failing(r) == {}


@pytest.mark.parametrize("s4", [
    p("本年度未发生政府信息公开行政复议、行政诉讼情况。"),
    p("无。"),
    "",
])
def test_section4_not_reported_no_r6(s4: str) -> None:
    # spec 1(d) R6 needs the section-四 table; a sentence or nothing -> no R6 check can fail
    r = one(URL21, t2021_page(TITLE21, s4=s4))
    assert "R6" not in failing_fams(r)
    assert failing(r) == {}


@pytest.mark.parametrize(("values", "rule", "numbers"), [
    ([1, 0, 0, 1, 3, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1], "R6.review", {"3", "1"}),
    ([1, 0, 0, 1, 2, 1, 0, 0, 0, 4, 0, 1, 0, 0, 1], "R6.litigation.direct", {"4", "1"}),
    ([1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0], "R6.litigation.after_review", {"0", "1"}),
])
def test_r6_fires_per_block_with_numbers(values: list[int], rule: str, numbers: set[str]) -> None:
    # spec 1(d) R6 per block b: total = upheld + corrected + other + pending; detail names the numbers
    r = one(URL21, t2021_page(TITLE21, s4=sec4(values)))
    bad = failing(r)
    assert set(bad) == {rule}, bad
    assert numbers <= nums(bad[rule])


def test_r6_consistent_blocks_three_checks_pass() -> None:
    # spec 1(d) R6: one check per block (review, litigation.direct, litigation.after_review), all pass
    vals = [1, 0, 0, 1, 2, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1]
    r = one(URL21, t2021_page(TITLE21, s4=sec4(vals)))
    assert all(c.passed for c in checks_of(r, "R6")) and len(checks_of(r, "R6")) == 3


# ---------------------------------------------------------------------------------------------------------------
# 9. detail strings name the numbers compared (spec 1(d))
# ---------------------------------------------------------------------------------------------------------------

def _mut(key: str, vals: list[int]) -> dict[str, list[int]]:
    d = {k: list(v) for k, v in BASE3.items()}
    d[key] = vals
    return d


@pytest.mark.parametrize(("key", "vals", "rule", "numbers"), [
    ("apply.received_new", [10, 3, 0, 0, 1, 0, 15], "R3.apply.received_new", {"15", "14"}),
    ("apply.carried_in", [2, 0, 0, 0, 0, 0, 4], "R3.apply.carried_in", {"4", "2"}),
    ("apply.outcome.partial", [1, 0, 0, 0, 0, 0, 0], "R3.apply.outcome.partial", {"0", "1"}),
])
def test_r3_detail_names_numbers(key: str, vals: list[int], rule: str, numbers: set[str]) -> None:
    # spec 1(d) R3: total column = row sum; the detail names the printed total and the computed sum
    from test_probe_accuracy import sec3_2021
    r = one(URL21, chrome_page(TITLE21, t2021_body("某某区", s3=sec3_2021(_mut(key, vals)))))
    assert rule in failing(r), failing(r)
    assert numbers <= nums(failing(r)[rule])


def test_r1_detail_business_column() -> None:
    # spec 1(d) R1 per column: business received 3 + 0 vs outcome 2 + carried 2 = 4
    from test_probe_accuracy import sec3_2021
    data = _mut("apply.carried_out", [2, 2, 0, 0, 0, 0, 4])
    r = one(URL21, chrome_page(TITLE21, t2021_body("某某区", s3=sec3_2021(data))))
    bad = failing(r)
    assert "R1.business" in bad and "R1.total" in bad
    assert {"3", "4"} <= nums(bad["R1.business"])


@pytest.mark.parametrize(("fee", "fails"), [("12000", True), ("15800.5", True), ("0.35", False), ("9.8", False)])
def test_r9_fee_detail(fee: str, fails: bool) -> None:
    # spec 1(d) R9: 万元 column value >= 10 000 flagged, detail names the value
    from test_probe_accuracy import sec2_2021
    r = one(URL21, t2021_page(TITLE21, s2=sec2_2021(fee)))
    r9 = checks_of(r, "R9")
    assert r9
    assert (not r9[0].passed) is fails
    assert fee.split(".")[0] in r9[0].detail


@pytest.mark.parametrize(("over", "family", "numbers"), [
    ({"apply.channel.online": 30}, "O1", {"30"}),
    ({"apply.closed.on_time": 40}, "O2", {"40"}),
    ({"org.staff_parttime": 9}, "O6", {"9"}),
])
def test_e2014_table_o_detail_numbers(over: dict, family: str, numbers: set[str]) -> None:
    # spec 1(d) O1/O2/O6 on the e2014 统计表: failing check names the altered number
    r = one(URL14, chrome_page("某某县人民政府2016年政府信息公开工作年度报告",
                               e2014_body("某某县人民政府", overrides=over), date="2017-03-20"))
    bad = {k: d for k, d in failing(r).items() if fam(k) == family}
    assert bad, failing(r)
    assert any(numbers <= nums(d) for d in bad.values())


def test_e2014_o7_channel_above_total_fails_soft() -> None:
    # spec 1(d) O7: a single channel larger than the total items is flagged (each channel <= total)
    r = one(URL14, chrome_page("某某县人民政府2016年政府信息公开工作年度报告",
                               e2014_body("某某县人民政府", overrides={"active.channel.website": 99999}),
                               date="2017-03-20"))
    bad = {k: d for k, d in failing(r).items() if fam(k) == "O7"}
    assert bad and any("99999" in d for d in bad.values())


# ---------------------------------------------------------------------------------------------------------------
# 10. scope and wording guards
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("overview", [
    "本年度新收政府信息公开申请14件，上年结转2件。",
    "本年新收政府信息公开申请14件，结转下年度继续办理3件。",
])
def test_t2021_r10_xinshou_matching_passes(overview: str) -> None:
    # spec 2.6: apply.received.total ≡ received_new.total; 新收14件 matches the table's 14
    r = one(URL21, t2021_page(TITLE21, overview=overview))
    assert failing(r) == {}


def test_t2021_r10_received_total_compared_to_received_new() -> None:
    # spec 2.6: the R10 comparison for 收到申请X件 is against received_new.total (14), not new + carried in (16)
    r = one(URL21, t2021_page(TITLE21, overview="本年度新收政府信息公开申请16件。"))
    assert "R10" in failing_fams(r)


@pytest.mark.parametrize("s5", [
    "本年度未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
    "无。",
])
def test_e2008_no_review_sentences_no_o5(s5: str) -> None:
    # spec 1(d) O5: "未发生…" gives no contradiction
    r = asp_e2008_report(2011, section5=s5)
    assert failing(r) == {}
