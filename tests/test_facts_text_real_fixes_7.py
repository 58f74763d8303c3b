"""Prose statistics of real 2008-2013 reports: items in full text, the Taiwan and Hong Kong word 資訊, fee statements
of 未涉及, a court's decision naming the outcome, and the items published that are no answer to requests."""

from __future__ import annotations

import pytest

from pipelines.facts_text import facts_from_text


def _facts(text: str, template: str | None = "e2008") -> dict[str, tuple[float, str | None]]:
    return {f.key: (f.value, f.value_flag) for f in facts_from_text(text, template)}


@pytest.mark.parametrize("text,key,value,flag", [
    # items in full text: the row's name, either word order of 全文电子化
    ("公开信息分类：全文电子化的主动公开信息数 41条；其中机构设置类信息30条。", "active.items_fulltext_e", 41, None),
    ("全文电子化的政府信息数量为12条。", "active.items_fulltext_e", 12, None),
    ("本镇主动公开政府信息58条，电子化全文公开率达100%。", "active.items_fulltext_e_pct", 100, None),
    ("其中全文电子化率达100%。", "active.items_fulltext_e_pct", 100, None),
    # 資訊 (big5 copies) is 信息
    ("我局共主動公開政府資訊27條。", "active.items_total", 27, None),
    # no fee where none was involved
    ("全年未涉及政府信息公开的收费及减免情况。", "fee.none", 0, "wu"),
    ("本机关不涉及信息公开收费。", "fee.none", 0, "wu"),
    # the court's or the review body's decision names the one outcome
    ("被提起行政诉讼1件，法院判决维持原具体行政行为。", "litigation.upheld", 1, None),
    ("被申请行政复议1件，复议机关决定维持。", "review.upheld", 1, None),
    # …unless it names the count: that count, not the total
    ("被提起行政诉讼3件，法院判决维持原具体行政行为2件。", "litigation.upheld", 2, None),
])
def test_read(text, key, value, flag):
    assert _facts(text).get(key) == (value, flag)


@pytest.mark.parametrize("text,key", [
    # the items published, broken down by kind: no answer to requests
    ("在本年度主动公开的31条政府信息中，政策法规类信息9条。", "apply.answer.already_public"),
    # a count of full-text items without the row's words
    ("全文电子化的主动公开信息96条。", "active.items_fulltext_e"),
])
def test_not_read(text, key):
    assert key not in _facts(text)


def test_already_public_answer_still_read():
    assert _facts("属于已主动公开范围的3件，同意公开2件。")["apply.answer.already_public"] == (3, None)
