"""HTML table sets (t2021, t2019, e2014) with realistic rowspan/colspan → every cell key.

The numbers in tests/data/tables/html_numbers.json satisfy R1–R3 (and O1–O6 for e2014); each page
carries one deliberate violation, which must come out as printed.
"""

import json
from pathlib import Path

import pytest

from pipelines.facts_table import facts_from_grids
from pipelines.keys import REVIEW_COLUMNS
from pipelines.tables import grids_from_html

DATA = Path(__file__).parent / "data" / "tables"
NUMBERS = json.loads((DATA / "html_numbers.json").read_text(encoding="utf-8"))
COLUMNS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
BLOCKS = ("review", "litigation.direct", "litigation.after_review")


def _facts(name: str, hint: str | None = None):
    facts, template = facts_from_grids(grids_from_html((DATA / name).read_text(encoding="utf-8")), hint)
    by_key = {f.key: f for f in facts}
    assert len(by_key) == len(facts)
    return by_key, template


def _r3_failures(facts, rows):
    return [row for row in rows
            if sum(facts[f"{row}.{c}"].value for c in COLUMNS[:6]) != facts[f"{row}.total"].value]


def _check_section4(facts, printed):
    keys = [f"{b}.{c}" for b in BLOCKS for c in REVIEW_COLUMNS]
    assert [facts[k].value for k in keys] == printed
    for block in BLOCKS:  # R6
        parts = sum(facts[f"{block}.{c}"].value for c in ("upheld", "corrected", "other", "pending"))
        assert parts == facts[f"{block}.total"].value


def test_t2021_every_cell():
    facts, template = _facts("t2021_tables.html")
    assert template == "t2021"
    expected = NUMBERS["t2021_section3"]
    assert len(expected) == 25
    section3 = {k: f for k, f in facts.items() if k.startswith("apply.")}
    assert len(section3) == 175
    for row, values in expected.items():
        printed = [*values[:6], 2] if row == "apply.outcome.withheld.third_party" else values  # the violation
        assert [section3[f"{row}.{c}"].value for c in COLUMNS] == printed, row
    assert _r3_failures(facts, expected) == ["apply.outcome.withheld.third_party"]
    for c in COLUMNS:  # R1 holds in every column
        assert (facts[f"apply.received_new.{c}"].value + facts[f"apply.carried_in.{c}"].value
                == facts[f"apply.outcome.total.{c}"].value + facts[f"apply.carried_out.{c}"].value)
    assert all(f.unit == "件" and f.value_flag is None for f in section3.values())
    _check_section4(facts, NUMBERS["t2021_section4"])
    section2 = {k: (f.value, f.unit, f.value_flag) for k, f in facts.items() if k.startswith("active.")}
    assert section2 == {
        "active.regulation.issued": (1, "件", None), "active.regulation.repealed": (0, "件", None),
        "active.regulation.in_force": (12, "件", None), "active.normative.issued": (5, "件", None),
        "active.normative.repealed": (2, "件", None), "active.normative.in_force": (48, "件", None),
        "active.permit.decisions": (1234, "件", None), "active.penalty.decisions": (87, "件", None),
        "active.coercion.decisions": (0, "件", "dash"), "active.admin_fee.amount": (12.35, "万元", None),
    }
    assert len(facts) == 200
    cell = facts["apply.outcome.withheld.security_stability.total"]
    assert "危及“三安全一稳定”" in cell.raw_label and cell.raw_value == "0"
    assert facts["active.permit.decisions"].raw_value == "1,234"


def test_t2019_every_cell_with_blank_zeros_and_spaced_headers():
    facts, template = _facts("t2019_tables.html")
    assert template == "t2019"
    expected = NUMBERS["t2019_section3"]
    assert len(expected) == 23 and "apply.outcome.other" in expected
    section3 = {k: f for k, f in facts.items() if k.startswith("apply.")}
    assert len(section3) == 161
    for row, values in expected.items():
        assert [section3[f"{row}.{c}"].value for c in COLUMNS] == values, row
        for c, v in zip(COLUMNS, values, strict=True):  # zeros are printed as blank cells in this table
            assert section3[f"{row}.{c}"].value_flag == ("blank" if v == 0 else None)
    assert _r3_failures(facts, expected) == []
    assert not any(k.startswith(("apply.outcome.other.no_correction", "apply.outcome.other.fee_unpaid",
                                 "apply.outcome.other.misc")) for k in facts)  # no 2021 sub-rows
    _check_section4(facts, NUMBERS["t2019_section4"])
    section2 = {k: (f.value, f.unit) for k, f in facts.items() if k.startswith("active.")}
    assert section2 == {
        "active.regulation.issued": (0, "件"), "active.regulation.published_new": (0, "件"),
        "active.regulation.public_total": (12, "件"), "active.normative.issued": (3, "件"),
        "active.normative.published_new": (3, "件"), "active.normative.public_total": (45, "件"),
        "active.other_doc.issued": (10, "件"), "active.other_doc.published_new": (10, "件"),
        "active.other_doc.public_total": (100, "件"),
        "active.permit.items_prev": (120, "项"), "active.permit.items_delta": (1036, "项"),
        "active.permit.decisions": (5000, "件"),
        "active.other_service.items_prev": (30, "项"), "active.other_service.items_delta": (-8, "项"),
        "active.other_service.decisions": (200, "件"),
        "active.penalty.items_prev": (50, "项"), "active.penalty.items_delta": (2, "项"),
        "active.penalty.decisions": (300, "件"),
        "active.coercion.items_prev": (10, "项"), "active.coercion.items_delta": (0, "项"),
        "active.coercion.decisions": (5, "件"),
        "active.admin_fee.items_prev": (8, "项"), "active.admin_fee.items_delta": (-1, "项"),
        "active.procurement.projects": (12, "个"), "active.procurement.amount": (356.7, None),
    }
    # never folded into 2021 meanings
    assert not {"active.regulation.in_force", "active.admin_fee.amount"} & set(facts)
    assert facts["active.permit.items_delta"].raw_value == "+1036"


def test_e2014_every_row_with_printed_units():
    facts, template = _facts("e2014_table.html")
    assert template == "e2014"
    expected = NUMBERS["e2014"]
    assert set(facts) == set(expected)
    flags = {"": "blank", "—": "dash"}
    for key, row in expected.items():
        fact = facts[key]
        assert (fact.unit, fact.raw_value, fact.value_flag) == (row["unit"], row["raw_value"],
                                                               flags.get(row["raw_value"])), key
        assert fact.value == float(row["raw_value"].replace("，", "") or 0 if row["raw_value"] != "—" else 0), key
    value = {k: f.value for k, f in facts.items()}
    assert value["apply.received.total"] == sum(value[f"apply.channel.{c}"]
                                                for c in ("in_person", "fax", "online", "letter"))  # O1
    assert value["review.total"] != value["review.upheld"] + value["review.corrected"] + value["review.other"]  # O5
    assert value["litigation.total"] == value["litigation.upheld"] + value["litigation.corrected"] + value[
        "litigation.other"]


@pytest.mark.parametrize("name", ["t2021_tables.html", "t2019_tables.html", "e2014_table.html"])
def test_the_hint_breaks_no_clear_signal(name):
    facts, template = _facts(name, hint="t2021")
    assert template == _facts(name)[1]  # the grids decide, the hint does not override them
    assert facts


def test_section3_cut_into_several_tables_is_joined():
    html = (DATA / "t2021_tables.html").read_text(encoding="utf-8")
    header_end = html.index("<tr><td colspan=\"3\">一、本年新收")
    page_break = html.index("<tr><td>5．属于三类内部事务信息")  # inside the rowspans of 三 and （三）
    cut = html[:header_end] + "</tbody></table>\n<table><tbody>" + html[header_end:page_break] \
        + "</tbody></table>\n<p>— 2 —</p>\n<table><tbody>" + html[page_break:]
    grids = grids_from_html(cut)
    assert len(grids) == len(grids_from_html(html)) + 2
    facts = {f.key: f.value for f in facts_from_grids(grids)[0]}
    expected = NUMBERS["t2021_section3"]
    for row, values in expected.items():
        printed = [*values[:6], 2] if row == "apply.outcome.withheld.third_party" else values
        assert [facts[f"{row}.{c}"] for c in COLUMNS] == printed, row
    assert sum(k.startswith("apply.") for k in facts) == 175
