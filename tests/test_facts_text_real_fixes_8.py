"""Prose statistics of real 2019-2024 county reports: interpretations counted by 类信息, by 个 and with the verb
first, outcomes after a list of case counts, and an outcome joined to its count by 结果."""

from __future__ import annotations

import pytest

from pipelines.facts_text import facts_from_text


def _facts(text: str, template: str | None = "t2021") -> dict[str, tuple[float, str | None]]:
    return {f.key: (f.value, f.value_flag) for f in facts_from_text(text, template)}


@pytest.mark.parametrize("text,key,value", [
    ("发布政策解读类信息19篇。", "response.interpretations", 19),
    ("印发规范性文件4个，政策解读11个；公布网上服务事项96项。", "response.interpretations", 11),
    ("主动公开政府信息512条；解读民生政策文件8件。", "response.interpretations", 8),
    ("全年解读重大政策措施3个。", "response.interpretations", 3),
    # 其中 after a list of counts: the count that can hold the breakdown
    ("被行政复议4宗、行政诉讼0宗，其中3宗维持原答复，1宗结果纠正。", "review.upheld", 3),
    ("被行政复议4宗、行政诉讼0宗，其中3宗维持原答复，1宗结果纠正。", "review.corrected", 1),
    ("被提起行政诉讼2件，1件结果纠正。", "litigation.corrected", 1),
])
def test_stated(text: str, key: str, value: float) -> None:
    assert _facts(text)[key] == (value, None)


@pytest.mark.parametrize("text,key", [
    ("开设政策解读3个专栏。", "response.interpretations"),
    ("建立政策解读2个栏目。", "response.interpretations"),
    # the breakdown is no lawsuit's: its total of 0 cannot hold it
    ("被行政复议4宗、行政诉讼0宗，其中3宗维持原答复，1宗结果纠正。", "litigation.upheld"),
    ("被行政复议4宗、行政诉讼0宗，其中3宗维持原答复，1宗结果纠正。", "litigation.corrected"),
])
def test_not_stated(text: str, key: str) -> None:
    assert key not in _facts(text)


def test_breakdown_stays_with_its_count_when_it_fits() -> None:
    facts = _facts("行政复议3件、行政诉讼2件，其中维持2件。")
    assert facts["litigation.upheld"] == (2, None) and "review.upheld" not in facts


def test_breakdown_no_count_holds_stays_for_the_checks() -> None:
    # a report's own contradiction (spec 1(d) O5) is kept where it is stated
    facts = _facts("行政复议1件、行政诉讼1件，其中维持2件，纠正1件。")
    assert facts["litigation.upheld"] == (2, None) and "review.upheld" not in facts


def test_interpretation_verb_not_of_another_verbs_count() -> None:
    assert "response.interpretations" not in _facts("在政策解读专栏发布规范性文件5件。")
