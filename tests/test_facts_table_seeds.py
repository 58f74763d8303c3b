"""Seeds 002 (e2014, one value per line) and 003 (t2021, pipe-flattened) → every expected fact, exactly."""

import json
from pathlib import Path

import pytest

from pipelines.facts_table import facts_from_grids
from pipelines.keys import is_known_key
from pipelines.tables import grids_from_text

TESTS = Path(__file__).parent


def _facts(seed: str, hint: str | None = None):
    text = (TESTS / "data" / "tables" / f"seed{seed}.txt").read_text(encoding="utf-8")
    return facts_from_grids(grids_from_text(text), hint)


@pytest.mark.parametrize("seed", ["002", "003"])
def test_seed_facts_match_the_hand_checked_list(seed):
    expected = json.loads((TESTS / "expected" / f"seed{seed}_facts.json").read_text(encoding="utf-8"))
    facts, template = _facts(seed)
    assert template == expected["template"]
    got = [{"key": f.key, "value": f.value, "unit": f.unit, "value_flag": f.value_flag} for f in facts]
    assert sorted(got, key=lambda f: f["key"]) == sorted(expected["facts"], key=lambda f: f["key"])
    assert all(is_known_key(f.key) and f.source == "table" and f.confidence == 1.0 for f in facts)


def test_seed002_keeps_the_printed_labels_and_values():
    facts = {f.key: f for f in _facts("002")[0]}
    assert len(facts) == 59
    assert facts["active.items_total"].raw_label == "(一) 主动公开政府信息数(不同渠道和方式公开相同信息计1条)"
    assert facts["fee.request_fees"].unit == "万元"
    assert facts["training.trainees"].unit == "人次"
    # the real O5 violation of the seed is kept as printed: 22 ≠ 15 + 0 + 6
    assert (facts["review.total"].value, facts["review.upheld"].value, facts["review.other"].value) == (22, 15, 6)


def test_seed003_counts_per_section():
    facts, template = _facts("003", hint="t2019")  # the grids outvote a wrong hint
    assert template == "t2021"
    keys = [f.key for f in facts]
    assert sum(k.startswith("apply.") for k in keys) == 175
    assert sum(k.startswith(("review.", "litigation.")) for k in keys) == 15
    assert sum(k.startswith("active.") for k in keys) == 10
    fee = next(f for f in facts if f.key == "active.admin_fee.amount")
    assert (fee.value, fee.unit, fee.raw_value) == (7.522, "万元", "7.522")


def test_seed003_printed_one_cell_per_line_gives_the_same_facts():
    """PDF text extraction often prints every cell on its own line, header words included."""
    text = (TESTS / "data" / "tables" / "seed003.txt").read_text(encoding="utf-8")
    one_per_line = "\n".join(c.strip() for line in text.splitlines() for c in line.split("|") if c.strip())
    assert "|" not in one_per_line
    facts, template = facts_from_grids(grids_from_text(one_per_line))
    expected = json.loads((TESTS / "expected" / "seed003_facts.json").read_text(encoding="utf-8"))
    assert template == "t2021"
    got = sorted((f.key, f.value, f.unit, f.value_flag) for f in facts)
    assert got == sorted((f["key"], f["value"], f["unit"], f["value_flag"]) for f in expected["facts"])
