"""pipelines.keys: the canonical vocabulary of spec section 2."""

import re

from pipelines.keys import APPLY_ROWS, KEY_VOCABULARY, KeyInfo, is_known_key

SUFFIXES = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total",
            "legal_entity")


def test_keys_are_lowercase_ascii_dotted_and_self_describing():
    for key, info in KEY_VOCABULARY.items():
        assert re.fullmatch(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+", key), key
        assert isinstance(info, KeyInfo) and info.key == key
        assert info.label_zh and info.label_en and info.templates
        assert info.section == key.split(".")[0]
        assert set(info.templates) <= {"e2008", "e2014", "t2019", "t2021"}


def test_every_section_three_row_has_all_eight_column_keys():
    assert len(APPLY_ROWS) == 29  # 25 printed 2021 rows + 2019 其他处理 + 3 category subtotals
    for row in APPLY_ROWS:
        for suffix in SUFFIXES:
            assert is_known_key(f"{row}.{suffix}"), (row, suffix)
    assert KEY_VOCABULARY["apply.outcome.other.misc.total"].templates == ("t2021",)
    assert "t2019" in KEY_VOCABULARY["apply.outcome.other.natural_person"].templates


def test_named_keys_of_the_spec_exist_with_their_units():
    units = {
        "active.regulation.in_force": "件", "active.permit.items_delta": "项", "active.admin_fee.amount": "万元",
        "active.procurement.amount": None, "active.procurement.projects": "个",
        "litigation.after_review.pending": "件", "review.total": "件", "litigation.total": "件",
        "fee.request_fees": "万元", "org.budget": "万元", "training.trainees": "人次", "response.interpretations": "篇",
        "active.items_fulltext_e_pct": "%", "active.channel.newmedia": "条", "apply.pending": "件",
        "apply.answer.withdrawn": "件", "proposal.npc_published": "条", "proposal.cppcc_published": "条",
        "apply.answer.exempt_6": "件", "appeal.first_handling_unsatisfied": "件", "portal.column_pv": "人次",
    }
    for key, unit in units.items():
        assert KEY_VOCABULARY[key].unit == unit, key
    for key in ("fee.none", "fee.info_processing", "active.items_published_total", "active.other_doc.public_total"):
        assert is_known_key(key)
    assert not is_known_key("apply.received_new")  # a row without its column is not a fact key
    assert not is_known_key("active.permit.repealed")


def test_2019_and_2021_section_two_meanings_stay_apart():
    assert KEY_VOCABULARY["active.regulation.public_total"].templates == ("t2019",)
    assert KEY_VOCABULARY["active.regulation.in_force"].templates == ("t2021",)
    assert KEY_VOCABULARY["active.admin_fee.items_prev"].unit == "项"
    assert set(KEY_VOCABULARY["active.permit.decisions"].templates) == {"t2019", "t2021"}
