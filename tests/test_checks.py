"""Derived keys and consistency rules (spec 1(d), 2.6), including the three real violations in the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.checks import COLUMNS, derive_facts, run_checks
from pipelines.facts_text import facts_from_text, prepare
from pipelines.keys import APPLY_ROWS
from pipelines.records import Check, Fact

TEXTS = Path(__file__).parent / "data" / "text"


def seed_text(number: str) -> str:
    return next(TEXTS.glob(f"seed_{number}_*.txt")).read_text(encoding="utf-8")


def table(values: dict[str, float], unit: str = "件") -> list[Fact]:
    return [Fact(key=k, value=v, unit=unit, source="table") for k, v in values.items()]


def rules(checks: list[Check]) -> dict[str, Check]:
    return {c.rule: c for c in checks}


# Seed 002 (长春二道 2017), e2014 statistics table as printed.
SEED_002 = {
    "active.items_total": 4156, "active.channel.gazette": 0, "active.channel.website": 2841,
    "active.channel.weibo": 564, "active.channel.wechat": 751, "active.channel.other": 0,
    "response.press_conf": 0, "response.press_conf_by_head": 0, "response.online_interviews": 12,
    "response.online_interviews_by_head": 11,
    "apply.received.total": 23, "apply.channel.in_person": 19, "apply.channel.fax": 0, "apply.channel.online": 3,
    "apply.channel.letter": 1, "apply.closed.total": 22, "apply.closed.on_time": 21, "apply.closed.extended": 1,
    "apply.answer.total": 22, "apply.answer.already_public": 0, "apply.answer.granted": 10, "apply.answer.partial": 0,
    "apply.answer.denied": 2, "apply.answer.denied.state_secret": 0, "apply.answer.denied.commercial_secret": 2,
    "apply.answer.denied.privacy": 0, "apply.answer.denied.security_stability": 0,
    "apply.answer.denied.not_gov_info": 0, "apply.answer.denied.law_other": 0, "apply.answer.not_this_agency": 5,
    "apply.answer.not_exist": 4, "apply.answer.ask_correction": 1, "apply.answer.other_channel": 0,
    "review.total": 22, "review.upheld": 15, "review.corrected": 0, "review.other": 6,
    "litigation.total": 3, "litigation.upheld": 0, "litigation.corrected": 1, "litigation.other": 2,
    "org.reading_points": 44, "org.staff_total": 2, "org.staff_fulltime": 2, "org.staff_parttime": 0,
}


def test_seed_002_review_count_fails_o5_and_the_rest_passes():
    checks = rules(run_checks(table(SEED_002), "e2014"))
    assert not checks["O5.review"].passed
    assert checks["O5.review"].detail == "review 22 != 15+0+6 = 21"
    for rule, detail in (("O1", "received 23 == 19+0+3+1 = 23"), ("O2", "closed 22 == 21+1 = 22"),
                         ("O3", "answered 22 == 0+10+0+2+5+4+1+0 = 22"), ("O4", "denied 2 == 0+2+0+0+0+0 = 2"),
                         ("O6.staff", "staff 2 == 2+0 = 2"), ("O5.litigation", "litigation 3 == 0+1+2 = 3")):
        assert checks[rule].passed and checks[rule].detail == detail
    assert checks["O6.press_conf"].passed and checks["O6.interviews"].passed
    assert all(checks[f"O7.{c}"].passed for c in ("gazette", "website", "weibo", "wechat", "other"))
    assert [c.rule for c in checks.values() if not c.passed] == ["O5.review"]


def test_seed_002_prose_against_its_table():
    checks = rules(run_checks(table(SEED_002), "e2014", seed_text("002")))
    assert checks["R10.apply.received.total"].passed
    assert checks["R10.active.items_total"].passed
    assert checks["R10.org.reading_points"].passed
    # the prose says "被提起行政诉讼0件" while the table prints 行政诉讼数量 3
    assert not checks["R10.litigation.total"].passed
    assert "text 0" in checks["R10.litigation.total"].detail and "table 3" in checks["R10.litigation.total"].detail


def test_seed_000_channels_do_not_add_up_to_the_requests():
    text = seed_text("000")
    checks = rules(run_checks(facts_from_text(text, "e2014"), "e2014", text))
    assert not checks["O1"].passed
    assert checks["O1"].detail == "received 26 != 11+16 = 27"
    # the outcomes are partly lumped together ("…和部分公开的9件"): no O3; 1 review case is still open, so the
    # named review outcomes (7 upheld, 4 corrected) are only checked not to exceed the 12 cases
    assert "O3" not in checks
    assert checks["O5.review"].passed and checks["O5.review"].detail.startswith("review 12 >= 7+4 = 11")
    assert not any(rule.startswith("R") for rule in checks)  # no table, so no table rules


def test_seed_001_scope_mix_is_reported():
    prepared = prepare(seed_text("001"))
    text = prepared[prepared.index("(一)加强组织机构建设"):prepared.index("十一、存在问题")]
    checks = rules(run_checks(facts_from_text(text, "e2014"), "e2014", text))
    assert not checks["O3"].passed
    assert checks["O3"].detail == "answers 3+207+3+4+28+14 = 259 != received 256 - pending 1 = 255"
    assert not checks["O1"].passed  # 全市 256 against 市本级 channels 91 + 11
    assert checks["O1"].detail == "received 256 != 91+11 = 102"


def t2021_grid(rows: dict[str, list[float]]) -> dict[str, float]:
    """Section 三 cells from {row: seven column values}; every other row is zero."""
    cells = {}
    for row in APPLY_ROWS:
        if row in ("apply.outcome.withheld", "apply.outcome.unavailable", "apply.outcome.not_processed",
                   "apply.outcome.other"):
            continue  # category rows carry no numbers in the template
        for col, value in zip(COLUMNS, rows.get(row, [0] * 7), strict=True):
            cells[f"{row}.{col}"] = value
    return cells


CONSISTENT_2021 = t2021_grid({
    "apply.received_new": [5, 2, 0, 0, 1, 1, 9],
    "apply.carried_in": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.granted": [3, 1, 0, 0, 0, 0, 4],
    "apply.outcome.partial": [1, 0, 0, 0, 0, 0, 1],
    "apply.outcome.withheld.third_party": [0, 1, 0, 0, 0, 0, 1],
    "apply.outcome.unavailable.not_held": [1, 0, 0, 0, 1, 0, 2],
    "apply.outcome.other.misc": [0, 0, 0, 0, 0, 1, 1],
    "apply.outcome.total": [5, 2, 0, 0, 1, 1, 9],
    "apply.carried_out": [1, 0, 0, 0, 0, 0, 1],
})
SECTION_4 = {f"{block}.{col}": value for block, values in (
    ("review", (2, 1, 0, 1, 4)), ("litigation.direct", (1, 0, 0, 0, 1)), ("litigation.after_review", (0, 1, 1, 0, 2)))
    for col, value in zip(("upheld", "corrected", "other", "pending", "total"), values, strict=True)}


def test_consistent_t2021_tables_pass_every_rule():
    checks = run_checks(table({**CONSISTENT_2021, **SECTION_4, "active.admin_fee.amount": 7.522}), "t2021")
    assert checks and all(c.passed for c in checks), [c for c in checks if not c.passed]
    names = {c.rule for c in checks}
    assert {f"R1.{c}" for c in COLUMNS} <= names and {f"R2.{c}" for c in COLUMNS} <= names
    assert "R3.apply.received_new" in names and "R3.apply.outcome.other.misc" in names
    assert {"R5", "R6.review", "R6.litigation.direct", "R6.litigation.after_review", "R9"} <= names
    assert not any(rule.startswith("O") or rule.startswith("R4") for rule in names)


def test_r1_r2_r3_name_the_column_or_row_that_fails():
    cells = dict(CONSISTENT_2021)
    cells["apply.received_new.natural_person"] = 6  # now 6 + 1 != 5 + 1, and the row total 9 != 10
    checks = rules(run_checks(table({**cells, **SECTION_4}), "t2021"))
    assert not checks["R1.natural_person"].passed
    assert checks["R1.natural_person"].detail == ("received_new 6 + carried_in 1 = 7 != outcome.total 5 + "
                                                  "carried_out 1 = 6")
    assert checks["R1.total"].passed
    assert not checks["R3.apply.received_new"].passed
    assert checks["R3.apply.received_new"].detail == "total 9 != 6+2+0+0+1+1 = 10"
    cells = dict(CONSISTENT_2021)
    cells["apply.outcome.total.total"] = 10
    checks = rules(run_checks(table(cells), "t2021"))
    assert not checks["R2.total"].passed
    assert checks["R2.total"].detail == ("outcome.total 10 != granted 4 + partial 1 + withheld 1 + unavailable 2 + "
                                         "not_processed 0 + other 1 = 9")


def test_printed_category_subtotal_is_checked_against_its_rows():
    cells = {**CONSISTENT_2021, "apply.outcome.unavailable.total": 3, "apply.outcome.unavailable.natural_person": 1}
    checks = rules(run_checks(table(cells), "t2021"))
    assert not checks["R4.unavailable.total"].passed
    assert checks["R4.unavailable.total"].detail == "unavailable 3 != 2+0+0 = 2"
    assert checks["R4.unavailable.natural_person"].passed


def test_t2019_single_other_row_counts_in_r2():
    cells = {k: v for k, v in CONSISTENT_2021.items() if not k.startswith("apply.outcome.other.")}
    cells.update({f"apply.outcome.other.{c}": v for c, v in zip(COLUMNS, (0, 0, 0, 0, 0, 1, 1), strict=True)})
    checks = rules(run_checks(table(cells), "t2019"))
    assert checks["R2.total"].passed and checks["R2.other_org"].passed


def test_r5_and_r6_and_r9_failures():
    cells = {**CONSISTENT_2021, "apply.carried_out.research": -1, "apply.carried_in.business": 0.5}
    section4 = {**SECTION_4, "review.total": 5}
    checks = rules(run_checks(table({**cells, **section4, "active.admin_fee.amount": 35000}), "t2021"))
    assert not checks["R5"].passed
    assert "apply.carried_in.business=0.5" in checks["R5"].detail and "apply.carried_out.research=-1" in checks["R5"].detail
    assert not checks["R6.review"].passed and checks["R6.review"].detail == "review 5 != 2+1+0+1 = 4"
    readable = {k: v for k, v in CONSISTENT_2021.items() if k != "apply.carried_out.other_org"}
    unreadable = Fact("apply.carried_out.other_org", None, raw_value="1件?", source="table")
    r5 = rules(run_checks([*table(readable), unreadable], "t2021"))["R5"]
    assert not r5.passed and r5.detail == "not a non-negative integer: apply.carried_out.other_org=1件?"
    assert checks["R6.litigation.direct"].passed
    assert not checks["R9"].passed and "35000" in checks["R9"].detail


def test_r10_prose_against_new_template_table():
    body = "本年度共收到政府信息公开申请12件，上年结转1件。行政复议4件。"
    checks = rules(run_checks(table({**CONSISTENT_2021, **SECTION_4}), "t2021", body))
    assert not checks["R10.apply.received.total"].passed
    assert checks["R10.apply.received.total"].detail.endswith("!= table 9")
    assert checks["R10.review.total"].passed


def test_checks_need_all_their_inputs():
    assert run_checks([], "t2021") == []
    partial = table({"apply.received_new.total": 3, "apply.carried_in.total": 0, "review.total": 1,
                     "review.upheld": 1})
    names = {c.rule for c in run_checks(partial, "t2021")}
    assert not any(n.startswith(("R1", "R2", "R3", "R6")) for n in names)
    assert names == {"R5"}
    assert run_checks(table({"apply.received.total": 5, "apply.channel.online": 5}), "e2014") == []


def test_derived_headline_keys():
    facts = table({**CONSISTENT_2021, **SECTION_4})
    derived = {f.key: f for f in derive_facts(facts, "t2021")}
    assert all(f.source == "derived" and f.value_flag == "derived" for f in derived.values())
    assert derived["apply.received.total"].value == 9
    assert (derived["litigation.total"].value, derived["litigation.upheld"].value,
            derived["litigation.corrected"].value) == (3, 1, 1)
    assert derived["litigation.total"].raw_value == "1+2"
    assert derived["apply.received_new.legal_entity"].value == 4
    assert derived["apply.outcome.other.total"].value == 1
    assert derived["apply.outcome.unavailable.total"].value == 2
    assert derived["apply.outcome.withheld.business"].value == 1
    assert derived["apply.outcome.not_processed.total"].value == 0
    # every section-三 row, including the derived subtotals, gets a legal_entity column
    assert derived["apply.outcome.withheld.legal_entity"].value == 1
    assert {f"{row}.legal_entity" for row in APPLY_ROWS} <= set(derived)


def test_derivation_never_replaces_a_printed_value_or_invents_one():
    printed = table({"apply.received_new.total": 9, "apply.received.total": 9, "litigation.direct.total": 1})
    assert derive_facts(printed, "t2021") == []  # received printed; litigation lacks after_review
    assert derive_facts([], "t2021") == []
    text_only = facts_from_text("收到政府信息公开申请5件，行政诉讼2件", "t2021")
    assert derive_facts(text_only, "t2021") == []


def test_checks_report_and_never_change_facts():
    facts = table(SEED_002)
    before = [(f.key, f.value) for f in facts]
    run_checks(facts, "e2014", seed_text("002"))
    assert [(f.key, f.value) for f in facts] == before


@pytest.mark.parametrize("template", ["t2019", "t2021"])
def test_old_rules_do_not_run_on_new_templates(template):
    checks = run_checks(table(SEED_002), template)
    assert not any(c.rule.startswith("O") for c in checks)


def test_r10_reads_closed_requests_against_the_outcome_total_and_received_with_carried_in() -> None:
    table = [Fact("apply.outcome.total.total", 13), Fact("apply.received_new.total", 14),
             Fact("apply.carried_in.total", 2)]
    text = [Fact("apply.closed.total", 11, source="text", raw_label="办结11件"),
            Fact("apply.received.total", 16, source="text", raw_label="共收到申请16件"),
            Fact("apply.carried_in.total", 2, source="text", raw_label="其中上年结转2件")]
    facts = table + text
    checks = {c.rule: c for c in run_checks(facts + derive_facts(facts, "t2021"), "t2021")}
    assert not checks["R10.apply.closed.total"].passed  # 办结 11 != （七）总计 13
    assert checks["R10.apply.received.total"].passed  # 16 = 14 new + 2 carried in, as the prose says
    assert "carried in" in checks["R10.apply.received.total"].detail


def test_r10_compares_money_in_yuan() -> None:
    """Spec 2.7: keep the printed unit, derive yuan for money; the e2014 table prints the fee in 万元."""
    fee = [Fact("fee.request_fees", 0.012, unit="万元", source="table"), Fact("apply.received.total", 3, unit="件")]
    stated = facts_from_text("共收取检索、复制、邮寄等费用120元。", "e2014")
    check = rules(run_checks(fee + stated, "e2014"))["R10.fee.request_fees"]
    assert check.passed and "120元" in check.detail and "0.012万元" in check.detail
    stated = facts_from_text("共收取检索、复制、邮寄等费用150元。", "e2014")
    assert not rules(run_checks(fee + stated, "e2014"))["R10.fee.request_fees"].passed


def test_o3_reads_the_answered_total_stated_in_prose() -> None:
    body = ("全年共收到政府信息公开申请10件。全年已答复10件，其中同意公开5件，部分公开2件，"
            "属于非本机关职责范围的1件，政府信息不存在1件。")
    o3 = rules(run_checks(facts_from_text(body, "e2008"), "e2008"))["O3"]
    assert not o3.passed and o3.detail.startswith("answered 10 != 5+2+1+1 = 9")


@pytest.mark.parametrize(("body", "passed"), [
    ("对不予公开的5件申请，其中涉及商业秘密的2件，涉及个人隐私的1件。", True),  # the other 2: reasons not stated
    ("对不予公开的2件申请，其中涉及商业秘密的2件，涉及个人隐私的1件。", False),  # more reasons than denials
])
def test_o4_on_prose_that_names_some_denial_reasons(body: str, passed: bool) -> None:
    o4 = rules(run_checks(facts_from_text(body, "e2008"), "e2008"))["O4"]
    assert o4.passed is passed and "other reasons not stated" in o4.detail


def test_o1_and_o3_skip_a_form_whose_rows_were_not_all_read() -> None:
    # the 统计表 prints every channel and answer row: one missing from the table facts was lost, it is no zero
    form = table({"apply.received.total": 25, "apply.channel.in_person": 3, "apply.channel.online": 21,
                  "apply.channel.fax": 0})
    assert "O1" not in rules(run_checks(form, "e2014"))
    form = table({"apply.received.total": 25, "apply.channel.in_person": 3, "apply.channel.online": 21,
                  "apply.channel.fax": 0, "apply.channel.letter": 0})
    assert not rules(run_checks(form, "e2014"))["O1"].passed
