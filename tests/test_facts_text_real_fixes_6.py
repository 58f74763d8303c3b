"""Prose statistics of real 2019-2024 township, street-office and county-department reports: request, item, medium,
fee, interpretation, staff and proposal phrasings, and the statements that look like counts of another key."""

from __future__ import annotations

import pytest

from pipelines.facts_text import facts_from_text


def _facts(text: str, template: str | None = "t2021") -> dict[str, tuple[float, str | None]]:
    return {f.key: (f.value, f.value_flag) for f in facts_from_text(text, template)}


@pytest.mark.parametrize("text,key,value", [
    # requests: who filed them, then where; 依申请公开 then the verb; 申请数
    ("受理公民、法人和其他组织向区政府及区政府办公室提出的政府信息公开申请6件。", "apply.received.total", 6),
    ("2019年依申请公开共受理3件，均为挂号信申请。", "apply.received.total", 3),
    ("我局2021年度依申请公开申请数为14件。", "apply.received.total", 14),
    # the year's items: a category word before 信息, 共有, every platform together
    ("我镇主动公开政务动态类信息318条。其中重点工作120条。", "active.items_total", 318),
    ("一年来主动公开信息共有46条。", "active.items_total", 46),
    ("全平台发布各类政务信息合计847条，其中网站发布自主信息105条。", "active.items_total", 847),
    # WeChat: 公众号 alone, 图文信息 without a verb after the account, 发文
    ("网站发布自主信息105条，官方微博190条，官方公众号552条。", "active.channel.wechat", 552),
    ("我局推送微信公众号图文信息388条。", "active.channel.wechat", 388),
    ("某区城管官方微信公众号发文540条，点击量41022次。", "active.channel.wechat", 540),
    # interpretations in 次 and 份
    ("2022年政策解读4次，征集调查1次。", "response.interpretations", 4),
    ("全年发布政策解读信息7份，收到网民留言5份。", "response.interpretations", 7),
    # staff: 个 before 工作人员 (near 公开); 专职信息人员
    ("明确政务公开工作机构、配备了4个工作人员。", "org.staff_total", 4),
    ("街道共有专职信息人员3名，负责信息报送。", "org.staff_fulltime", 3),
    # proposals handled whose results were all published
    ("本年度共办理人大代表建议8件、政协委员提案5件，办理结果均已公开。", "proposal.npc_published", 8),
    ("本年度共办理人大代表建议8件、政协委员提案5件，办理结果均已公开。", "proposal.cppcc_published", 5),
    ("办理政协委员提案6件，均已公开。", "proposal.cppcc_published", 6),
])
def test_read(text, key, value):
    assert _facts(text).get(key, (None,))[0] == value


def test_no_processing_fee_charged_is_zero():
    facts = _facts("本年度我局未发出政府信息处理费收费通知书，不存在收取信息处理费的情况。")
    assert facts["fee.info_processing"] == (0, "wu")


@pytest.mark.parametrize("text,key,value", [
    # the first kind of the website's list is not all it published (the next kind is an interpretation)
    ("通过网站主动公开事业单位人事招聘信息96条、政策文件及政策解读31条、补贴公示信息210条。",
     "active.channel.website", 96),
    # training the staff attended is no course held
    ("组织业务人员参加市上政府信息公开专题业务培训4次。", "training.courses", 4),
    ("组织干部参与政务公开培训2次。", "training.courses", 2),
    # proposals handled are not published unless the results are said to be
    ("本年度共办理人大代表建议8件、政协委员提案5件，均按时办结。", "proposal.npc_published", 8),
    ("本年度共办理人大代表建议8件、政协委员提案5件，均按时办结。", "proposal.cppcc_published", 5),
    # 个 of a department is no staff count
    ("政务公开工作涉及3个部门工作人员。", "org.staff_total", 3),
])
def test_not_read(text, key, value):
    assert _facts(text).get(key, (None,))[0] != value


def test_training_held_still_read():
    assert _facts("举办政务公开业务培训班3期，参加人员120人次。")["training.courses"] == (3, None)
