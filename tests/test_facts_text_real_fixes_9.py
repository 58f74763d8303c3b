"""Prose statistics of real 2022-2025 reports: the items' total with the number before the noun, in 项 and 篇, summed
by the disclosure platform or under a year that opens the sentence; interpretations in 次 and 项; the grid's
categories and a 0 without its unit; no carried requests; 均维持 after a list of case counts; the information
processing fee waived or stated as 无; proposals handled whose replies were all published."""

from __future__ import annotations

import pytest

from pipelines.facts_text import facts_from_text


def _facts(text: str, template: str | None = "t2021") -> dict[str, tuple[float, str | None]]:
    return {f.key: (f.value, f.value_flag) for f in facts_from_text(text, template)}


@pytest.mark.parametrize("text,key,value,flag", [
    ("2022年度共公开187条政府信息，全部为主动公开。", "active.items_total", 187, None),
    ("全年累计公开政府信息2310项，其中，公开政策文件21项，政策解读47项。", "active.items_total", 2310, None),
    ("全年累计公开政府信息2310项，其中，公开政策文件21项，政策解读47项。", "response.interpretations", 47, None),
    ("全县信息公开平台共发布政府信息19650条，其中：通过政府网站发布信息2603条。", "active.items_total", 19650, None),
    ("2024年，依托区门户网站及时更新政策文件及解读等栏目，累计公开信息260余篇。", "active.items_total", 260, "approx"),
    ("依托解读专栏，共发布政策解读稿件36次。", "response.interpretations", 36, None),
    ("其中，予以公开40件，部分公开19件，不予公开13件，无法提供31件，不予处理4件。", "apply.outcome.withheld.total", 13, None),
    ("其中，予以公开40件，部分公开19件，不予公开13件，无法提供31件，不予处理4件。", "apply.outcome.unavailable.total", 31,
     None),
    ("其中，予以公开40件，部分公开19件，不予公开13件，无法提供31件，不予处理4件。", "apply.outcome.not_processed.total", 4,
     None),
    ("本年度共收到依申请公开事项0。", "apply.received.total", 0, None),
    ("共收到政府信息公开申请0，", "apply.received.total", 0, None),
    ("受理依申请公开政府信息17条，无上年度结转，均按时答复。", "apply.carried_in.total", 0, "wu"),
    ("无结转2024年继续办理件。", "apply.carried_out.total", 0, "wu"),
    ("无下年度结转。", "apply.carried_out.total", 0, "wu"),
    ("引发行政复议2件、行政诉讼1件，均维持原行政行为。", "review.upheld", 2, None),
    ("引发行政复议2件、行政诉讼1件，均维持原行政行为。", "litigation.upheld", 1, None),
    ("行政复议2件，其中维持1件，行政诉讼1件，均维持。", "review.upheld", 1, None),  # its own breakdown
    ("2024年度未发生收取信息处理费情况。", "fee.info_processing", 0, "wu"),
    ("1.信息处理费收取情况：无。", "fee.info_processing", 0, "wu"),
    ("本年度对申请人均免收信息处理费。", "fee.info_processing", 0, "wu"),
    ("共承办市人大代表建议15件、市政协委员提案9件，办理复文均已全文公开。", "proposal.npc_published", 15, None),
    ("共承办市人大代表建议15件、市政协委员提案9件，办理复文均已全文公开。", "proposal.cppcc_published", 9, None),
    ("主动公开人大代表建议和政协提案办理情况84项。", "proposal.results_published", 84, None),
    ("其中，予以公开120件，部分公开30件，不予公开15件，无法提供40件，不予处理62件，其他处理97件。",
     "apply.outcome.other.total", 97, None),
    ("2021年，我局接收网络方式提交的政府信息公开12件。", "apply.received.total", 12, None),  # 申请 left out
    ("其中网上申请9件，现场申请0件。", "apply.channel.in_person", 0, None),
])
def test_stated(text: str, key: str, value: float, flag: str | None) -> None:
    assert _facts(text)[key] == (value, flag)


@pytest.mark.parametrize("text,key,template", [
    ("本年度共公开54条预决算信息。", "active.items_total", "t2021"),  # one kind
    ("截至2024年12月31日，累计主动公开政府信息318条。", "active.items_total", "t2021"),  # a running total
    ("2008年以来，我局不断完善制度，累计公开政府信息5120条。", "active.items_total", "t2021"),
    ("区教育局网站2022年累计发布信息61篇。", "active.items_total", "t2021"),  # the site's count
    ("县政府门户网站全年发布信息539条，其中政策文件21条。", "active.items_total", "t2021"),  # the site's count too
    ("通过政府门户网站、政务公开栏等形式公开政府信息8769条。", "active.channel.website", "t2019"),  # the list's count
    ("信息公开平台发布信息20条。", "active.items_total", "t2021"),  # no 共: not said to be the sum
    # one reason's count, not the category's; 不予公开 without the grid's next categories is the old, looser word
    ("因涉及国家秘密不予公开2件。", "apply.outcome.withheld.total", "t2021"),
    ("对信访举报投诉类申请不予处理1件。", "apply.outcome.not_processed.total", "t2021"),
    ("其中予以公开5件，部分公开2件，不予公开2件。", "apply.outcome.withheld.total", "t2021"),
    ("不予公开和无法提供的9件，不予处理1件。", "apply.outcome.unavailable.total", "t2021"),
    ("无法提供3件，不予处理1件。", "apply.outcome.unavailable.total", "e2014"),  # the grid's words: its templates only
    ("对申请人逾期未补正的其他处理2件。", "apply.outcome.other.total", "t2021"),  # opens no clause of the list
    ("共收到政府信息公开申请10，", "apply.received.total", "t2021"),  # only a 0 leaves its unit out
    ("行政复议2件、行政诉讼1件，结果维持。", "review.upheld", "t2021"),  # no 均: the last count's
    ("对困难群众免收信息处理费。", "fee.info_processing", "t2021"),  # some applicants
    ("共承办市人大代表建议15件、市政协委员提案9件，均按时办结。", "proposal.npc_published", "t2021"),
])
def test_not_stated(text: str, key: str, template: str) -> None:
    assert key not in _facts(text, template)
