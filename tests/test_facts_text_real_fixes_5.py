"""Prose statistics of real 2014-2024 reports (e2014 form rows written as prose, ministries' house style) and the
statements that look like counts of another key."""

from __future__ import annotations

import pytest

from pipelines.facts_text import facts_from_text


def _facts(text: str, template: str | None = "e2014") -> dict[str, float]:
    return {f.key: f.value for f in facts_from_text(text, template)}


@pytest.mark.parametrize("text,absent", [
    # one kind of what the website published, next to the other kinds
    ("在网站上主动公开的政府信息中便民服务信息7条，互动交流信息3条。", "active.channel.website"),
    ("在区政府网站公开党组会议、专题会议信息31条，以及公开本部门制定的文件12条。", "active.channel.website"),
    # a list of kinds closed by 等, then the counts of other kinds: one category, no total
    ("公开发布规划计划等信息15条，人事任免信息6条，招标采购信息22条。", "active.items_total"),
    # the gazette's count is no total
    ("通过《某县人民政府公报》公开规范性文件、人事任免等方面信息40条。", "active.items_total"),
    # the information made, split by attribute: no requests, no answers
    ("全年共制作政府信息120条，其中主动公开80条，依申请公开3条，不予公开37条。", "apply.received.total"),
    ("全年共制作政府信息120条，其中主动公开80条，依申请公开3条，不予公开37条。", "apply.answer.denied"),
    # the head's press conferences are not all of them
    ("主要负责同志参加新闻发布会2次。", "response.press_conf"),
    ("主要负责同志参加3次新闻发布会。", "response.press_conf"),
    ("其中主要负责同志参加政府网站在线访谈1次。", "response.online_interviews"),
    # both kinds of proposals together are neither kind
    ("公开人大代表建议、政协委员提案办理情况20条。", "proposal.cppcc_published"),
    ("人大代表建议和政协提案办理结果公开9件。", "proposal.cppcc_published"),
    # 办结 in a sentence on a review is not the requests closed
    ("被申请行政复议1件，办结1件。", "apply.closed.total"),
    # a budget in 元 is not the 万元 row
    ("政府信息公开专项经费5000元。", "org.budget"),
    # a bare 答复 count not broken down after it
    ("答复17件。", "apply.answer.total"),
])
def test_not_read(text, absent):
    assert absent not in _facts(text)


@pytest.mark.parametrize("text,key,value", [
    ("通过《某县人民政府公报》公开规范性文件、人事任免等方面信息40条，全年共印发6期。", "active.channel.gazette", 40),
    ("全年共制作政府信息120条，其中主动公开80条，依申请公开3条。", "active.items_total", 80),
    ("主动公开规划计划等各类信息150条，其中规范性文件5件。", "active.items_total", 150),
    ("主动公开机构职能、政策法规等信息共计512条，公开规范性文件5件。", "active.items_total", 512),
    ("网站公开镇财政信息，2条；", "active.channel.website", 2),
    ("人大代表建议和政协提案办理结果公开9件。", "proposal.results_published", 9),
    ("公开人大代表建议、政协委员提案办理情况20条。", "proposal.results_published", 20),
    ("主要负责同志参加新闻发布会2次。", "response.press_conf_by_head", 2),
    ("其中主要负责同志参加政府网站在线访谈1次。", "response.online_interviews_by_head", 1),
    ("举办新闻发布会6次，其中主要负责同志参加新闻发布会2次。", "response.press_conf", 6),
    ("全市政务公开专项经费为12.5万元。", "org.budget", 12.5),
    ("设立政务公开工作专门机构2个。", "org.dedicated_units", 2),
    ("召开政府信息公开工作会议或专题会议3次。", "training.meetings", 3),
    ("召开2次政务公开专题会议，部署年度工作。", "training.meetings", 2),
    ("受理涉及政府信息公开的投诉举报2起。", "complaint.total", 2),
    ("未收到有关政府信息公开的举报投诉。", "complaint.total", 0),
    ("五、培训会议情况 举办各类培训班4次，接受培训人员60人次。", "training.courses", 4),
    ("五、培训会议情况 举办各类培训班4次，接受培训人员60人次。", "training.trainees", 60),
    ("全年开展政府信息公开业务培训百次。", "training.courses", 100),
    ("被提起行政诉讼3件，其中维持具体行政行为或者驳回原告诉讼请求2件。", "litigation.upheld", 2),
    ("被提起行政诉讼5件，其中法院判决驳回原告诉讼请求4件。", "litigation.upheld", 4),
    ("被申请行政复议9件，其中维持原答复7件。", "review.upheld", 7),
    ("被申请行政复议有3件。", "review.total", 3),
    ("被提起行政诉讼2件，尚在审理中1件。", "litigation.pending", 1),
    ("共收到政府信息公开申请30件，已答复28件，尚有2件正在办理中。", "apply.pending", 2),
    ("收到申请20件，申请办结20件。答复20件，其中同意公开答复15件。", "apply.answer.total", 20),
    ("共收到政府信息公开申请40件，上年结转3件，办结41件。", "apply.closed.total", 41),
    ("收到政府信息公开申请12件（其中：网上申请10件，信函2件），本年度办结11件。", "apply.closed.total", 11),
    ("2021年，我局通过政府信息公开平台公开政府信息共计300条。", "active.items_total", 300),
    ("不是《条例》所指政府信息的二百件", "apply.answer.denied.not_gov_info", 200),
])
def test_read(text, key, value):
    assert _facts(text).get(key) == value


def test_attribute_split_then_requests_in_the_next_sentence():
    got = _facts("全年共制作政府信息120条，其中主动公开80条，依申请公开3条，不予公开37条。全年收到申请4件，不予公开1件。")
    assert (got["active.items_total"], got["apply.received.total"], got["apply.answer.denied"]) == (80, 4, 1)


def test_not_listed_request_year_opening():
    assert "active.items_total" not in _facts("2022年，本局依申请公开政府信息共计5条。")


@pytest.mark.parametrize("template", ["t2019", "t2021"])
def test_grid_words_in_new_template_prose(template):
    got = _facts("收到政府信息公开申请9件，其中予以公开5件，部分公开2件，不予公开2件。", template)
    assert got.get("apply.outcome.granted.total") == 5 and got.get("apply.outcome.partial.total") == 2
    assert not any(key.startswith("apply.answer.") for key in got)
    assert "apply.outcome.withheld.total" not in got  # (a category subtotal: only where a table prints it)


def test_grid_words_in_old_template_prose():
    got = _facts("收到政府信息公开申请9件，其中予以公开5件，部分公开2件。", "e2014")
    assert (got.get("apply.answer.granted"), got.get("apply.answer.partial")) == (5, 2)
