"""Prose statistics (spec 2.5) read from the seed reports and from phrases seen in the wild."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipelines.facts_text import _ZERO_STATEMENTS, PHRASES, facts_from_text, prepare
from pipelines.keys import KEY_VOCABULARY
from pipelines.records import Fact

TEXTS = Path(__file__).parent / "data" / "text"


def seed_text(number: str) -> str:
    return next(TEXTS.glob(f"seed_{number}_*.txt")).read_text(encoding="utf-8")


def by_key(facts: list[Fact]) -> dict[str, Fact]:
    keyed = {f.key: f for f in facts}
    assert len(keyed) == len(facts), "one fact per key"
    return keyed


def values(facts: list[Fact]) -> dict[str, float]:
    return {k: f.value for k, f in by_key(facts).items()}


def segment(text: str, start: str, end: str) -> str:
    """One report of the aggregator page (seed 001), cut at its own headings."""
    prepared = prepare(text)
    return prepared[prepared.index(start):prepared.index(end)]


def test_seed_000_traditional_script_prose():
    facts = facts_from_text(seed_text("000"), "e2014")
    assert values(facts) == {
        "active.items_total": 35906, "active.channel.website": 17681, "active.channel.weibo": 4020,
        "active.channel.wechat": 1635, "apply.received.total": 26, "apply.channel.online": 11,
        "apply.channel.letter": 16, "apply.closed.total": 25, "apply.answer.denied": 1,
        "apply.answer.not_this_agency": 1, "apply.answer.not_exist": 8, "apply.answer.ask_correction": 1,
        "apply.answer.other_channel": 1, "apply.answer.withdrawn": 4, "review.total": 12, "review.upheld": 7,
        "review.corrected": 4, "litigation.total": 2, "litigation.upheld": 2, "fee.none": 0,
    }
    keyed = by_key(facts)
    assert all(f.source == "text" for f in facts)
    assert keyed["apply.received.total"].unit == "件"
    assert keyed["apply.received.total"].raw_label == "受理政府信息公开申请26件"
    assert keyed["fee.none"].value_flag == "wu"
    assert "均维持" in keyed["litigation.upheld"].raw_label


def test_combined_outcome_count_is_not_split_into_categories():
    # seed 000: "属于主动公开、同意公开和部分公开的9件" is one number for three categories
    keys = values(facts_from_text(seed_text("000"), "e2014"))
    assert not {"apply.answer.already_public", "apply.answer.granted", "apply.answer.partial"} & set(keys)


def test_seed_001_jinzhou_2016_report():
    text = segment(seed_text("001"), "(一)加强组织机构建设", "十一、存在问题")
    assert values(facts_from_text(text, "e2014")) == {
        "active.items_total": 21933, "active.channel.website": 13255, "response.interpretations": 322,
        "apply.received.total": 256, "apply.channel.in_person": 91, "apply.channel.letter": 11,
        "apply.pending": 1, "apply.answer.already_public": 3, "apply.answer.granted": 207,
        "apply.answer.partial": 3, "apply.answer.not_this_agency": 28, "apply.answer.not_exist": 14,
        "apply.answer.denied": 4, "review.total": 1, "review.upheld": 1,
    }


def test_aggregator_page_keeps_the_first_statement_of_each_key():
    keyed = by_key(facts_from_text(seed_text("001"), None))
    assert keyed["apply.received.total"].value == 125  # Jinzhou 2009 comes first; 2016 says 256
    assert keyed["active.items_total"].value == 25984
    assert keyed["org.staff_total"].value == 228 and keyed["org.staff_total"].unit == "人"
    assert keyed["active.items_fulltext_e_pct"].value == 99.9
    assert keyed["active.channel.gazette"].value == 4 and keyed["active.channel.gazette"].unit == "期"
    assert keyed["litigation.total"].value == 0 and keyed["litigation.total"].value_flag == "wu"  # 诉讼数为零
    assert keyed["fee.none"].raw_label == "全部予以免费办理"


def test_chaozhou_part_counts_requests_in_zong():
    text = segment(seed_text("001"), "一、政府信息公开概况2009年", "四、下一步工作打算")
    keyed = by_key(facts_from_text(text, "e2008"))
    assert keyed["apply.received.total"].value == 6 and keyed["apply.received.total"].unit == "宗"
    # "受理办结群众投诉61宗，办结60宗" is about complaints: not a closed-requests count
    assert "apply.closed.total" not in keyed
    assert keyed["active.channel.website"].value == 2814


def test_seed_002_prose_does_not_take_years_or_phone_numbers():
    keyed = by_key(facts_from_text(seed_text("002"), "e2014"))
    assert values(list(keyed.values())) == {
        "active.items_total": 4156, "org.reading_points": 44, "apply.received.total": 23,
        "apply.closed.on_time": 21, "apply.closed.extended": 1, "apply.pending": 1, "fee.none": 0,
        "litigation.total": 0,
    }
    assert keyed["apply.received.total"].raw_label == "接到依申请政府信息23件"


def test_seed_003_t2021_prose():
    keyed = by_key(facts_from_text(seed_text("003"), "t2021"))
    assert values(list(keyed.values())) == {
        "active.items_total": 4578, "apply.received.total": 0, "fee.info_processing": 0,
        "proposal.npc_published": 3, "proposal.cppcc_published": 6,
    }
    assert keyed["fee.info_processing"].value_flag == "wu"
    assert keyed["apply.received.total"].value_flag == "wu"  # 未收到政府信息依申请公开事项


def test_seed_004_approximate_counts():
    keyed = by_key(facts_from_text(seed_text("004"), "t2019"))
    website = keyed["active.channel.website"]
    assert (website.value, website.value_flag, website.unit) == (15000, "approx", "条")
    assert keyed["response.interpretations"].value == 61
    assert keyed["response.press_conf"].value == 3 and keyed["response.press_conf"].unit == "场"


@pytest.mark.parametrize(("text", "key", "value", "unit"), [
    ("全年共收到政府信息公开申请二十六件。", "apply.received.total", 26, "件"),
    ("本年新收政府信息公开申请1,234件", "apply.received.total", 1234, "件"),
    ("上年结转政府信息公开申请3件", "apply.carried_in.total", 3, "件"),
    ("结转下年度继续办理2件", "apply.carried_out.total", 2, "件"),
    ("收取费用120元", "fee.request_fees", 120, "元"),
    ("共收取信息处理费0.02万元", "fee.info_processing", 0.02, "万元"),
    ("政策解读稿件发布35篇", "response.interpretations", 35, "篇"),
    ("主动公开政府信息约300条", "active.items_total", 300, "条"),
    ("政务新媒体发布信息755多条", "active.channel.newmedia", 755, "条"),
    ("其中专职人员3人，兼职人员5名", "org.staff_parttime", 5, "名"),
    ("电子邮件申请4件", "apply.channel.email", 4, "件"),
    ("通过政府网站公开123条", "active.channel.website", 123, "条"),
    ("在法定期限内答复8件", "apply.closed.on_time", 8, "件"),
    ("配备专兼职工作人员5名", "org.staff_total", 5, "名"),
    ("因政府信息公开被申请行政复议3起，维持2起", "review.upheld", 2, "起"),
])
def test_phrases(text, key, value, unit):
    keyed = by_key(facts_from_text(text, None))
    assert keyed[key].value == value and keyed[key].unit == unit


def test_a_list_of_counts_is_read_item_by_item():
    text = "收到政府信息公开申请10件，其中当面申请5件、网上申请3件、信函申请2件。"
    assert values(facts_from_text(text, None)) == {"apply.received.total": 10, "apply.channel.in_person": 5,
                                                   "apply.channel.online": 3, "apply.channel.letter": 2}


def test_review_requests_are_not_disclosure_requests():
    assert values(facts_from_text("市级机关收到有关政府信息公开的行政复议申请1件", None)) == {"review.total": 1}
    assert values(facts_from_text("未收到有关政府信息公开的行政复议申请", None)) == {"review.total": 0}


def test_approximate_words_set_the_flag():
    keyed = by_key(facts_from_text("主动公开政府信息约300条，政务新媒体发布信息755多条", None))
    assert keyed["active.items_total"].value_flag == "approx"
    assert keyed["active.channel.newmedia"].value_flag == "approx"


def test_review_with_upheld_in_one_phrase():
    keyed = by_key(facts_from_text("依申请公开政府信息215件，行政复议并维持2件，未出现行政诉讼案件。", None))
    assert (keyed["review.total"].value, keyed["review.upheld"].value) == (2, 2)
    assert keyed["litigation.total"].value == 0 and keyed["litigation.total"].value_flag == "wu"
    assert "apply.received.total" not in keyed  # 依申请公开…215件 does not say how many were received


def test_review_outcomes():
    text = "因政府信息公开申请行政复议4件，其中结果维持2件，纠正1件，尚未审结1件；行政诉讼案件0件。"
    assert values(facts_from_text(text, None)) == {"review.total": 4, "review.upheld": 2, "review.corrected": 1,
                                                   "review.pending": 1, "litigation.total": 0}


def test_no_review_or_litigation_stated_gives_zero_for_both():
    keyed = by_key(facts_from_text("未发生因政府信息公开申请行政复议、提起行政诉讼的情况。", None))
    assert keyed["review.total"].value == 0 and keyed["litigation.total"].value == 0


@pytest.mark.parametrize("text", [
    "2018年受理申请的办理时限为15个工作日。",
    "其中同意公开的占36%，联系电话0431-89177997。",
    "收到申请后应在20个工作日内答复。",
    "全年主动公开政府信息的比例为98.5%。",
])
def test_numbers_outside_the_phrase_are_not_facts(text):
    assert facts_from_text(text, None) == []


def test_old_meaning_answers_are_not_read_from_new_template_prose():
    text = "同意公开的5件，不予公开的2件。"
    assert {f.key for f in facts_from_text(text, "e2014")} == {"apply.answer.granted", "apply.answer.denied"}
    assert facts_from_text(text, "t2021") == []


def test_deterministic_and_vocabulary_keys():
    for number in ("000", "001", "002", "003", "004"):
        text = seed_text(number)
        first, second = facts_from_text(text, None), facts_from_text(text, None)
        assert first == second
        assert all(f.key in KEY_VOCABULARY for f in first)


def _all_phrases():
    return [*PHRASES, *(statement for _, statement in _ZERO_STATEMENTS)]


def _shuffled_fragments(texts: list[str], count: int) -> list[str]:
    """Texts glued from random fragments of the seeds: phrases cut, joined and run together in new ways."""
    rng = random.Random(20260)
    pool = "".join(texts)
    out = []
    for _ in range(count):
        starts = [rng.randrange(len(pool)) for _ in range(25)]
        out.append("".join(pool[s:s + rng.randrange(4, 90)] for s in starts))
    return out


def test_candidate_scan_finds_exactly_the_matches_of_the_full_pattern():
    """Phrases skip ahead to where a match can start (speed); the matches must be those of pattern.finditer."""
    texts = [prepare(seed_text(n)) for n in ("000", "001", "002", "003", "004")]
    texts += _shuffled_fragments(texts, 200)
    texts += ["对外公开的和当面申请3件、网上申请2件", "在法定期限内答复5件", "政务微博发布120条，政务微信推送80条",
              "在已答复的12件申请中，属于非本机关职责范围的2件，非本部门掌握的1件，不予公开的4件申请中，涉及国家秘密的1件，"
              "属于商业秘密1件，不是条例所指政府信息的1件，非政府信息1件，法律法规规定的其他情形0件，危及三安全一稳定的0件"]
    matched = 0
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys
            matched += len(expected)
    assert matched > 200  # the texts really exercise the phrases
    assert sum(1 for phrase in _all_phrases() if phrase.scan is not None) >= 20


def test_jilin_published_total_line_printed_as_a_paragraph():
    facts = {f.key: f for f in facts_from_text(
        "二、主动公开政府信息情况\n2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):356", "t2019")}
    assert (facts["active.items_published_total"].value, facts["active.items_published_total"].unit) == (356, None)


@pytest.mark.parametrize(("text", "key", "value"), [
    ("全年已答复45件，其中同意公开30件。", "apply.answer.total", 45),
    ("在已答复的四十五件申请中，同意公开的30件。", "apply.answer.total", 45),
    ("全年共答复政府信息公开申请12件。", "apply.answer.total", 12),
    ("申请答复数12件。", "apply.answer.total", 12),
    ("属于非本机关职责范围的2件。", "apply.answer.not_this_agency", 2),
    ("不属于本机关职责范围的3件。", "apply.answer.not_this_agency", 3),
    ("非本部门掌握的2件。", "apply.answer.not_this_agency", 2),
    ("不属于本行政机关公开的四件。", "apply.answer.not_this_agency", 4),
    ("其中涉及国家秘密的1件。", "apply.answer.denied.state_secret", 1),
    ("不予公开的5件申请中，涉及商业秘密的3件。", "apply.answer.denied.commercial_secret", 3),
    ("属于个人隐私2件。", "apply.answer.denied.privacy", 2),
    ("危及国家安全、公共安全、经济安全和社会稳定的1件。", "apply.answer.denied.security_stability", 1),
    ("不是《条例》所指政府信息的1件。", "apply.answer.denied.not_gov_info", 1),
    ("非政府信息2件。", "apply.answer.denied.not_gov_info", 2),
    ("法律、法规规定的其他情形2件。", "apply.answer.denied.law_other", 2),
    ("接到公民、法人和其他组织提出的政府信息公开申请113宗。", "apply.received.total", 113),
    ("收到自然人、法人或者其他组织提交的信息公开申请3件。", "apply.received.total", 3),
    ("被申请行政复议0件；被提起行政诉讼1件；申诉1件。", "appeal.total", 1),
])
def test_old_form_answer_phrases(text, key, value):
    """e2014 answers (spec 2.4/2.5): the total answered, 非本机关, the reasons for 不予公开, the requests received."""
    assert by_key(facts_from_text(text, "e2008"))[key].value == value


def test_denial_reasons_list_after_the_denied_count():
    facts = values(facts_from_text("不予公开的七件申请中，涉及商业秘密的5件，涉及个人隐私的2件。", "e2014"))
    assert facts == {"apply.answer.denied": 7, "apply.answer.denied.commercial_secret": 5,
                     "apply.answer.denied.privacy": 2}
    assert facts_from_text("涉及商业秘密和个人隐私的3件。", "e2014") == []  # one count for two reasons


def test_no_requests_from_citizens_legal_persons_and_organisations():
    keyed = by_key(facts_from_text("本年度未收到公民、法人或其他组织提出的政府信息公开申请。", "e2014"))
    assert (keyed["apply.received.total"].value, keyed["apply.received.total"].value_flag) == (0, "wu")


def test_other_business_of_the_office_is_not_a_request_count():
    # the service hall's count comes first; the first statement of the requests is the one kept
    text = "政务服务大厅全年受理群众来电来访50479件，已办结50479件。全年受理政府信息公开申请20件，已办结19件。"
    assert values(facts_from_text(text, "e2008")) == {"apply.received.total": 20, "apply.closed.total": 19}
    for other in ("全年受理信访事项30件，已办结30件。", "12345热线全年受理群众诉求1200件，已答复1180件。",
                  "县行政服务中心受理审批服务事项3000件，办结2990件，网上申请1200件。"):
        assert facts_from_text(other, "e2008") == [], other
    # the sentence's last topic decides: the hall is where the requests were filed
    kept = "依托政务服务中心窗口，全年受理政府信息公开申请20件，已办结20件。"
    assert values(facts_from_text(kept, "e2008")) == {"apply.received.total": 20, "apply.closed.total": 20}
    petition_kind = "本年度共收到申请20件，其中属于信访举报投诉类申请的2件，办结18件。"
    assert values(facts_from_text(petition_kind, "t2021")) == {"apply.received.total": 20, "apply.closed.total": 18}


def test_complaint_appeals_are_not_administrative_appeals():
    assert facts_from_text("受理群众投诉申诉12件，信访申诉3件。", "e2008") == []
    assert values(facts_from_text("行政申诉2件。", "e2008")) == {"appeal.total": 2}


def test_answered_total_is_an_old_meaning():
    assert facts_from_text("全年已答复45件。", "t2021") == []


# Phrasings of real 2008-2018 reports (tests/test_probe_real_old.py has them as whole pages) and their families.
_OLD_TEXTS = [
    # review / litigation stated as zero in other words (and without 行政)
    ("2010年，未产生针对我局政府信息公开的行政复议与行政诉讼。", {"review.total": 0, "litigation.total": 0}),
    ("本年度我镇没有因政府信息提起行政复议和行政诉讼的情况发生。", {"review.total": 0, "litigation.total": 0}),
    ("2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。",
     {"review.total": 0, "litigation.total": 0, "appeal.total": 0}),
    ("2016年度我乡无一例因政府信息公开申请行政复议和提起行政诉讼发生。", {"review.total": 0, "litigation.total": 0}),
    ("本机关未被申请行政复议。", {"review.total": 0}),
    # counts in 起
    ("2017年我局有关政府信息公开的行政复议案共2起。", {"review.total": 2}),
    ("2014年，我局收到9起政府信息依申请公开。", {"apply.received.total": 9}),
    ("受理3件政府信息公开申请。", {"apply.received.total": 3}),
    # "多" after a list of kinds; a year inside the phrase; 信息数; the number before the noun
    ("2017年，主动公开政府工作信息、动态620多条。", {"active.items_total": 620}),
    ("截至2009年底，累计主动公开2009年度政府信息31条。", {"active.items_total": 31}),
    ("2015年主动公开政府信息数236条。", {"active.items_total": 236}),
    ("2009年共整理、录入、发布17条主动公开政府信息。", {"active.items_total": 17}),
    # the year's count, not the running total
    ("到年底累计主动公开政府信息6411条，其中，本年度新增主动公开政府信息1873条。", {"active.items_total": 1873}),
    ("本年度累计主动公开政府信息300条。", {"active.items_total": 300}),
    # staff and reading points
    ("镇配备了1名专职人员和3名兼职工作人员。", {"org.staff_fulltime": 1, "org.staff_parttime": 3}),
    ("配备了2名全职工作人员，6名兼职工作人员，并开辟了2个公共查阅点。",
     {"org.staff_fulltime": 2, "org.staff_parttime": 6, "org.reading_points": 2}),
    ("专门配备了95名专、兼职工作人员。", {"org.staff_total": 95}),
    ("政府信息公开专职和兼职工作人员共8人。", {"org.staff_total": 8}),
    ("本机关从事政府信息公开工作的全职人员2人。", {"org.staff_fulltime": 2}),
    ("本镇设立了三处公开查询点。", {"org.reading_points": 3}),
    # channels, responses, closing, correction requests, 谘询
    ("我办在微博公开政府信息数为431条。", {"active.channel.weibo": 431}),
    ("政务网站、微信、微博共发布各类信息2890条，其中网站(含转发)305条，微信(含转发)640条、微博(含转发)1945条。",
     {"active.channel.website": 305, "active.channel.wechat": 640, "active.channel.weibo": 1945}),
    ("我县通过政府门户网站向社会公开政府信息2214条。", {"active.channel.website": 2214}),
    ("回应公众关注热点或重大舆情数，包括正面舆情和负面舆情共9次。", {"response.hot_topics": 9}),
    ("回应公众关注热点或重大舆情数3次。", {"response.hot_topics": 3}),
    ("按时办结数410件，延期办结6件。", {"apply.closed.on_time": 410, "apply.closed.extended": 6}),
    ("申请补正信息的3件。", {"apply.answer.ask_correction": 3}),
    ("其中，電話谘詢1640人次。", {"consult.phone": 1640}),
]


@pytest.mark.parametrize(("text", "expected"), _OLD_TEXTS)
def test_old_report_phrasings(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "e2014")) == expected


@pytest.mark.parametrize("text", [
    "未收取政府信息公开方面的任何费用。", "未向申请人收取费用。", "本局无政府信息公开的收费和减免事项。",
    "没有向政府信息公开申请人收费的情况。", "未发生对公民、法人和其他组织政府信息公开收费和减免事项。",
])
def test_no_fee_in_other_words(text: str) -> None:
    fee = by_key(facts_from_text(text, "e2014"))["fee.none"]
    assert (fee.value, fee.value_flag) == (0, "wu")


def test_no_requests_in_other_words_but_not_a_review_request():
    fact = by_key(facts_from_text("本年度未发生依申请公开政府信息的情况。", "e2008"))["apply.received.total"]
    assert (fact.value, fact.value_flag) == (0, "wu")
    assert values(facts_from_text("本年度未发生因政府信息公开申请行政复议的情况。", "e2008")) == {"review.total": 0}


@pytest.mark.parametrize("text", [
    "实现名录之外无收费的改革目标。",  # administrative fees
    "申请人无正当理由逾期未按收费通知要求缴纳费用。",  # t2021 row words
    "截至2017年底累计主动公开政府信息3000条。",  # a running total
    "主动公开财政信息5条。", "属于主动公开范围的信息2件。",  # one kind; an answer to requests
    "本局收到3件申请人的投诉。", "收到2件申请行政复议的材料。", "收到群众一起提出的申请。",
    "未经复议直接起诉的行政诉讼。", "没有出现行政复议案被撤销的情况。", "未发生民事诉讼。",
])
def test_look_alikes_state_no_fact(text: str) -> None:
    assert facts_from_text(text, "e2014") == []


def test_unrelated_zero_words_keep_the_counts():
    assert values(facts_from_text("与政府信息公开无关的行政复议1件。", "e2014")) == {"review.total": 1}
    assert values(facts_from_text("行政复议2件，没有出现行政复议被纠错的情况。", "e2014")) == {"review.total": 2}
    # a press conference after the topic is no count of responses
    assert values(facts_from_text("回应公众关注热点或重大舆情，召开新闻发布会3次。", "e2014")) == {
        "response.press_conf": 3}


def test_candidate_scan_of_the_old_report_phrasings():
    texts = [prepare(text) for text, _ in _OLD_TEXTS] + [prepare("".join(text for text, _ in _OLD_TEXTS))]
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


# Phrasings of real 2015-2024 reports (tests/test_probe_real_new.py and test_probe_real_prose.py have them as pages)
_NEW_TEXTS = [
    # carried in / out: 办理件, 转结, a year before 结转 (where from) or after it (where to), the number first
    ("2024年全区共收到依申请公开件41件,上年度结转办理件3件,结转到2025年办理8件。",
     {"apply.received.total": 41, "apply.carried_in.total": 3, "apply.carried_out.total": 8}),
    ("答复政府信息公开申请77件(含上年度转结申请6件,另有2件申请转结下年度继续办理)。",
     {"apply.carried_in.total": 6, "apply.carried_out.total": 2}),
    ("累计处理政府信息依申请公开64件,其中,本年度新接收61件,2020年结转办理3件。除2件转结2022年办理以外,均已答复。",
     {"apply.received.total": 61, "apply.carried_in.total": 3, "apply.carried_out.total": 2}),
    ("2021年结转下年度2件。", {"apply.carried_out.total": 2}),
    # requests in 份, 封, 次, 宗 of a 依申请公开 system; none processed
    ("区政府办公室共收到6份政府信息公开申请。", {"apply.received.total": 6}),
    ("依申请公开管理系统中收到9封申请。", {"apply.received.total": 9}),
    ("2016年，政府信息依申请公开系统共收到2宗信息。", {"apply.received.total": 2}),
    ("2020年度建民街道发生依申请公开2次。", {"apply.received.total": 2}),
    ("2017年共处理政府信息公开申请0件。", {"apply.received.total": 0}),
    # 主动公开 totals: 主动发布, 的, 总计, a parenthetical source, a list closed by 等, the year without 主动, the year's
    # share of a running total
    ("全年主动发布信息8600余条。", {"active.items_total": 8600}),
    ("2023年全镇主动发布政务公开信息52条。", {"active.items_total": 52}),
    ("街道主动公开的信息共计712条。", {"active.items_total": 712}),
    ("开发区主动公开政府信息数总计1260条。", {"active.items_total": 1260}),
    ("我乡共主动公开政府信息(公文平台发文)96条。", {"active.items_total": 96}),
    ("依法、及时向社会公开政务要闻、政府文件、便民服务等政府信息共计3572条。", {"active.items_total": 3572}),
    ("2017年共公开政府信息152条。", {"active.items_total": 152}),
    ("截至目前共发布731条信息,2019年公开政府信息74条。", {"active.items_total": 74}),
    ("我局历年累计主动公开信息318条，其中2018年度47条。", {"active.items_total": 47}),
    # channels: account names, account counts, 向外, a platform of the website, words before the number, 发送, 其他方式
    ("通过微信公众号“青岩发布”发布信息913条。", {"active.channel.wechat": 913}),
    ("微信公众账号(1个)发布信息212条;微博账号(1个)发送信息87条。",
     {"active.channel.wechat": 212, "active.channel.weibo": 87}),
    ("通过政府网站向外发布信息共642条。", {"active.channel.website": 642}),
    ("我镇在区政府网站信息公开平台公开信息291条。", {"active.channel.website": 291}),
    ("通过街道官方微信公众号共发布有关图文387条。", {"active.channel.wechat": 387}),
    ("政务微信号公开政务信息及工作动态信息累计60余条。", {"active.channel.wechat": 60}),
    ("通过区政府门户网站公开镇财政信息，2条；通过“石金镇政务”微信公众号推送涉及教育、医疗、社会保障等的政务动态75余条。",
     {"active.channel.website": 2, "active.channel.wechat": 75}),
    ("通过报社、电台等其它媒体公开信息87条。", {"active.channel.other": 87}),
    # litigation, no review in other words, a fee written as the digit 0
    ("我区共接收群众申请公开6件,其中提起诉讼的1件。", {"apply.received.total": 6, "litigation.total": 1}),
    ("九、无信息公开相关举报、复议、诉讼情况。", {"review.total": 0, "litigation.total": 0}),
    ("我局没有与有关单位和个人因政府信息公开申请行政复议及提起行政诉讼的案件。", {"review.total": 0, "litigation.total": 0}),
    ("依申请公开收费为0。", {"fee.request_fees": 0}),
    # no requests in other words
    ("2022年松北街道办事处未接收到依申请公开。", {"apply.received.total": 0}),
    ("我镇未接收到有关公民、法人或其他组织要求公开政府信息的申请。", {"apply.received.total": 0}),
    ("2018年度我镇没有接到群众主动要求公开政府信息的申请。", {"apply.received.total": 0}),
    # staff, training, consultations
    ("开展政府信息公开工作。为此，专门配备了2名工作人员。", {"org.staff_total": 2}),
    ("安排了4名工作人员兼职负责政务公开的日常工作。", {"org.staff_parttime": 4}),
    ("举办全区政务公开工作专题会议、全区政务公开第三方评估迎检培训会等全区性培训会 4 次，300 余人次参加培训。",
     {"training.courses": 4, "training.trainees": 300}),
    ("全年共举办政务公开相关培训6次，其中召开信息公开平台录入培训会3次。", {"training.courses": 6}),
    ("2020年，玉塘街道共收到网上咨询37件。", {"consult.online": 37}),
]


@pytest.mark.parametrize(("text", "expected"), _NEW_TEXTS)
def test_new_report_phrasings(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "t2019")) == expected


@pytest.mark.parametrize("text", [
    # a medium's words that are no count of published items; two media at once
    "门户网站收到网民留言200条。", "网站公开征求意见收到建议20条。", "网站和微信公众号共发布信息300条。",
    "网站公开信息，2019年起开设专栏。",
    # requests, reported-upward items, a bulletin board, a running total without 主动公开
    "2018年依申请公开信息3条。", "向上级报送政务要闻、工作动态等政务信息共计90条。",
    "通过公开栏张贴通知公告、惠民政策等信息共计120条。", "累计发布信息318条，其中2018年47条。",
    # administrative fees, a fee rate, a percentage
    "行政事业性收费为0。", "依申请公开收费标准为10元。", "依申请公开收费为10%。",
    # staff and training of other business or without the topic
    "政务服务中心配备了5名工作人员。", "为此配备了5名工作人员。", "安排了4名工作人员值班。", "举办安全生产培训3次。",
    "政务公开工作组织干部300人次参加政治学习。",
    # hotlines and service centres
    "12345热线网上咨询30件。", "便民服务中心接听咨询电话300次。", "办理市长热线交办件30余件，接听群众电话咨询600余人次。",
    # dates, other counts after 新接收/处理/有, no count after 提起诉讼
    "结转至2022年1月1日。", "2020年结转2021年的申请3件。", "本年度新接收档案61件。", "共处理政府信息公开申请10件。", "依申请公开工作有3个方面。",
    "其中提起诉讼的情况。",
])
def test_near_misses_of_the_new_phrasings_state_no_fact(text: str) -> None:
    assert facts_from_text(text, "t2019") == []


def test_zero_words_before_a_count_keep_the_count():
    # 没有…行政诉讼1件 states one case; 无法提供… is no "nothing happened"
    assert values(facts_from_text("没有按期答复被提起行政诉讼1件。", "e2014")) == {"litigation.total": 1}
    assert values(facts_from_text("无法提供的申请引起行政复议1件。", "e2014")) == {"review.total": 1}
    assert values(facts_from_text("申请人无正当理由未申请行政复议。", "e2014")) == {}


def test_candidate_scan_of_the_new_report_phrasings():
    texts = [prepare(text) for text, _ in _NEW_TEXTS] + [prepare("".join(text for text, _ in _NEW_TEXTS))]
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


# Phrasings of real 2008-2018 reports, second pass (tests/test_probe_real_old_2.py has them as whole pages)
_OLD_2_TEXTS = [
    # events counted before their name; the e2014 回应解读 rows written out
    ("本年度共举办36次新闻发布会。", {"response.press_conf": 36}),
    ("开展了3场在线访谈。", {"response.online_interviews": 3}),
    ("发布政策解读稿7篇，通过微博、微信回应事件2次，通过新闻媒体等其他方式回应事件5次。",
     {"response.interpretations": 7, "response.weibo_wechat_events": 2, "response.other_events": 5}),
    # interpretations published on a website are no count of the website's items
    ("在局网站发布规划、通知等方面的解读稿件46篇。", {"response.interpretations": 46}),
    ("在网站发布政策解读信息12条。", {"response.interpretations": 12}),
    # a city's 政报; answers and answered requests; items with 的有; staff without 人员 near 公开
    ("共编印《定西政报》12期，刊发政府信息437条。", {"active.channel.gazette": 12}),
    ("其中，答复主动公开97件，依申请同意公开150件。", {"apply.answer.already_public": 97, "apply.answer.granted": 150}),
    ("在已经答复的14件申请中，同意公开的11件。", {"apply.answer.total": 14, "apply.answer.granted": 11}),
    ("2012年度主动公开信息的有9条。", {"active.items_total": 9}),
    ("落实专人负责政府信息公开工作(其中全职3人，兼职5人)。", {"org.staff_fulltime": 3, "org.staff_parttime": 5}),
    # requests: 个 right before the noun; none, in other words
    ("本年度我局受理 4 个申请公开信息事项。", {"apply.received.total": 4}),
    ("我镇2016年度无申请。", {"apply.received.total": 0}),
    ("2013年没有发生依申请信息公开事件。", {"apply.received.total": 0}),
    ("2012年度没有依申请公开信息的情况。", {"apply.received.total": 0}),
    ("去年无申请，今年收到3件申请。", {"apply.received.total": 3}),  # another year's none
    # a fee with its kinds in parentheses; costs of litigation are no cases and do not hide a later count
    ("收取的费用(检索费、复制费、邮寄费等)为0元。", {"fee.request_fees": 0}),
    ("未产生与诉讼(行政复议、行政申诉)有关的费用支出，本局因政府信息公开被申请行政复议2件。", {"review.total": 2}),
    ("未發生行政複議和行政訴訟，未產生相關的費用支出。", {"review.total": 0, "litigation.total": 0}),
]


@pytest.mark.parametrize(("text", "expected"), _OLD_2_TEXTS)
def test_old_report_phrasings_second_pass(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "e2014")) == expected


def test_gazette_keeps_its_unit_qi():
    assert by_key(facts_from_text("共编印《某某政报》12期。", "e2014"))["active.channel.gazette"].unit == "期"


@pytest.mark.parametrize("text", [
    # costs of litigation or review, not cases
    "未产生与诉讼(行政复议、行政申诉)有关的费用支出。", "未產生政府信息公開事務訴訟相關的費用支出。", "没有因行政复议、诉讼产生费用。",
    # 个 of something else than requests; 申请 of something else; a sequel of requests that were made
    "收到3个部门报送的申请材料。", "2016年度无申请人撤回的情况。", "行政复议无申请。", "没有依申请公开答复超期的情况。",
    # a count before another noun; staff far from 公开 or of other business; one medium's responses
    "举办3次会议研究新闻发布会工作。", "参加新闻发布会工作培训3次。", "安全生产工作配备兼职5人。", "信访工作落实专人负责(其中全职3人)。",
    "通过微博回应事件2次。",
    # 主动公开 without 信息 nor an answer's words; a bulletin that is no gazette
    "共主动公开97件。", "编印工作简报12期。", "市财政报12期。", "上一年度无申请。",
])
def test_near_misses_of_the_second_pass_phrasings_state_no_fact(text: str) -> None:
    assert facts_from_text(text, "e2014") == []


def test_candidate_scan_of_the_second_pass_phrasings():
    texts = [prepare(text) for text, _ in _OLD_2_TEXTS] + [prepare("".join(text for text, _ in _OLD_2_TEXTS))]
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


# Phrasings of real 2019-2024 reports (tests/test_probe_real_new_2.py has them as whole pages)
_NEW_2_TEXTS = [
    # requests: who filed them before 申请, a zero about reviews the requests caused, no unit, 事项…项
    ("我镇共收到来自公民、法人或者其他组织对依申请公开政府信息的申请3件。全年未收到因依申请公开答复而引起的行政复议和诉讼。",
     {"apply.received.total": 3, "review.total": 0, "litigation.total": 0}),
    ("全年未收到因依申请公开答复而引起的行政复议。", {"review.total": 0}),
    ("收到申请人提出的行政复议申请3件。", {"review.total": 3}),  # 申请人 asked for a review
    ("受理公民、法人和其他组织向街道办事处提出的政府信息公开申请4件。", {"apply.received.total": 4}),
    ("2023年,石门乡未收到社会组织或群众个人提出的政府信息依申请公开。", {"apply.received.total": 0}),
    ("2021年度我乡无依法申请公开件。", {"apply.received.total": 0}),
    ("2020年凤凰街道共受理3申请公开政府信息。", {"apply.received.total": 3}),
    ("2021年,我局接到依申请公开事项6项,均已答复办结。", {"apply.received.total": 6}),
    # carried in and out in other word orders
    ("结转上年度政府信息公开申请6件,结转下年度继续办理5件。", {"apply.carried_in.total": 6, "apply.carried_out.total": 5}),
    ("上年结转答复2件,结转下一年答复2件。", {"apply.carried_in.total": 2, "apply.carried_out.total": 2}),
    ("全年共收到依申请公开件2件,无转结下年度继续办理件。", {"apply.received.total": 2, "apply.carried_out.total": 0}),
    ("上年转结政府信息公开申请0件,转下一年办理0件。", {"apply.carried_in.total": 0, "apply.carried_out.total": 0}),
    # review and litigation: without 行政, counts before their outcome, one outcome for all, one shared zero
    ("涉及复议0件,诉讼0件,无被纠错和败诉。", {"review.total": 0, "litigation.total": 0}),
    ("发生行政复议3件,其中2件维持,1件尚未审结。", {"review.total": 3, "review.upheld": 2, "review.pending": 1}),
    ("发生行政复议案件1件,为其他结果。", {"review.total": 1, "review.other": 1}),
    ("因政府信息公开申请引起的行政复议、提起行政诉讼数量是0件。", {"review.total": 0, "litigation.total": 0}),
    # totals through several channels; a running total in a sentence that opens with the year
    ("2022年,我局通过不同渠道和方式公开政府信息2万余条,其中,通过政府网站公开1320条。",
     {"active.items_total": 20000, "active.channel.website": 1320}),
    ("市办通过市政府网站、单位网站及时做好信息公开,共计发布信息152条。", {"active.items_total": 152}),
    ("我局充分利用县政府信息公开网站、政务微博、微信公众号等载体,共发布包括食品、特种设备等重点领域信息在内的各类信息702条。",
     {"active.items_total": 702}),
    ("2023年,全县累计公开政府信息18340条。某县人民政府网公开政府信息5032条。",
     {"active.items_total": 18340, "active.channel.website": 5032}),
    ("截止到2022年12月,长青路街道主动公开涉及社会救助、养老服务等方面信息381条。", {"active.items_total": 381}),
    # a medium's count: account names, long lists of kinds, 内容, 发布量, a label with a colon, 门户网
    ("通过青山镇微信公众号(某市青山镇人民政府)发布信息共96篇。", {"active.channel.wechat": 96}),
    ("通过双石政务微信公众号推送涉及教育、医疗、公共文化、社会保障等的政务动态45余条。", {"active.channel.wechat": 45}),
    ("通过政务微信发布县内工作动态、安全提示等内容共计1706条。", {"active.channel.wechat": 1706}),
    ("某县发布微信公众号信息发布量64条。", {"active.channel.wechat": 64}),
    ("政府网站:发布信息37条。", {"active.channel.website": 37}),
    ("本年度某区高新园门户网发布政务公开信息为29条。", {"active.channel.website": 29}),
    # one medium's count is no total
    ("我办开办的某市发布微信公众号全年发布信息1840条。", {"active.channel.wechat": 1840}),
    ("政务新媒体主动公开信息8807条。", {"active.channel.newmedia": 8807}),
    ("在官方微信公众号青州科技上发布各类政策解读、工作动态、通知公告等信息389条。", {"active.channel.wechat": 389}),
    # request channels: a form sent through a website, 当面提交
    ("通过委官方网站提交申请表的431件,当面提交9件。", {"apply.channel.online": 431, "apply.channel.in_person": 9}),
]


@pytest.mark.parametrize(("text", "expected"), _NEW_2_TEXTS)
def test_new_report_phrasings_second_pass(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "t2021")) == expected


def test_a_count_without_unit_and_the_zero_flags():
    keyed = by_key(facts_from_text("共受理3申请公开政府信息。", "t2021"))
    assert keyed["apply.received.total"].unit is None
    keyed = by_key(facts_from_text("无转结下年度继续办理件。2021年度我乡无依法申请公开件。", "t2021"))
    assert keyed["apply.carried_out.total"].value_flag == "wu" and keyed["apply.received.total"].value_flag == "wu"


@pytest.mark.parametrize("text", [
    # a year (4 digits) before 申请; 转下 of another office; civil, public-interest and petition cases; both kinds
    # counted together
    "共受理2024申请表。", "已转下级部门办理3件。", "发生民事诉讼2件。", "检察院提起公益诉讼2件。", "受理信访复议1件。",
    "行政复议和行政诉讼共3件。",
    # none overturned: the reviews and suits themselves are not said to be none
    "未出现因依申请公开引发的行政复议和行政诉讼被撤销或败诉等情况。",
    # a 专栏's count, one medium's count after 通过, running totals since the first report
    "通过门户网站开设专栏,共发布信息120条。", "通过微信公众号开展宣传,共发布信息120条。", "通过政务公开栏,共发布信息30条。",
    "2018年,我局累计发布信息318条,其中2018年47条。",
    "截至2023年底,累计公开政府信息6411条。", "截至2023年,累计主动公开政府信息6411条。",
    # other things sent through a website or in person; a site that is no 网站; other items through many channels
    "在网站提交建议3条。", "当面提交材料5件。", "政务网格员发布信息30条。", "通过多种渠道收集意见建议30条。",
])
def test_near_misses_of_the_2019_2024_phrasings_state_no_fact(text: str) -> None:
    assert facts_from_text(text, "t2021") == []


def test_candidate_scan_of_the_2019_2024_phrasings():
    texts = [prepare(text) for text, _ in _NEW_2_TEXTS] + [prepare("".join(text for text, _ in _NEW_2_TEXTS))]
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


# Phrasings of real provincial house styles (tests/test_probe_real_styles.py has them as whole pages)
_STYLES_TEXTS = [
    # one outcome and no count right after a review's total
    ("信息公开类行政复议1件,结果维持。", "t2021", {"review.total": 1, "review.upheld": 1}),
    ("发生行政复议2件,复议结果均为维持原具体行政行为。", "t2021", {"review.total": 2, "review.upheld": 2}),
    ("行政复议1件,结果纠正。", "t2021", {"review.total": 1, "review.corrected": 1}),
    # persons counted before their requests
    ("我街道2019年度共收到3名自然人申请政府信息公开4件。其中,当面申请2人3件,网络申请1人1件。", "t2019",
     {"apply.received.total": 4, "apply.channel.in_person": 3, "apply.channel.online": 1}),
    # the e2014 normative-document rows in prose
    ("主动公开规范性文件0件;制发规范性文件0件。", "e2014",
     {"active.normative.published": 0, "active.normative.issued_total": 0}),
    ("本年度制定规范性文件3件,主动公开行政规范性文件3件。", "e2014",
     {"active.normative.issued_total": 3, "active.normative.published": 3}),
    # 邮寄 is the letter channel; 全文电子化 without 率; 项 counts requests
    ("郵寄申請12宗,占63%。", "t2021", {"apply.channel.letter": 12}),
    ("全年主动公开政府信息213条,全文电子化达100%。", "e2014", {"active.items_total": 213, "active.items_fulltext_e_pct": 100}),
    ("收到并处理政府信息公开申请6项。", "t2019", {"apply.received.total": 6}),
    ("共受理5项政府信息公开申请。", "t2019", {"apply.received.total": 5}),
    # a total over a list of channels closed by 等…渠道 is no website's count
    ("通过浙江政务服务网、县政府门户网站等渠道主动公开政府信息131条。", "e2014", {"active.items_total": 131}),
]


@pytest.mark.parametrize(("text", "template", "expected"), _STYLES_TEXTS)
def test_house_style_phrasings(text: str, template: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, template)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # outcomes counted one by one, or none named: no outcome for the whole total
    ("行政复议2件,结果维持1件,纠正1件。", {"review.total": 2, "review.upheld": 1, "review.corrected": 1}),
    ("行政复议1件,结果尚未作出。", {"review.total": 1}),
    ("行政复议2件,结果维持一件。", {"review.total": 2, "review.upheld": 1}),
    # persons without a count of requests; items of information asked for
    ("共收到3名自然人申请。", {}), ("当面申请2人。", {}), ("收到政府信息公开申请涉及信息12条。", {}),
    ("收到申请公开12项信息。", {}),
    # two kinds together, running totals, full-text counts, answers sent by post, a list of media closed by 等
    ("累计对外公开规章和规范性文件11件。", {}), ("累计制发规范性文件50件。", {}), ("累计主动公开规范性文件50件。", {}),
    ("全文电子化的主动公开信息96条。", {}), ("邮寄送达12件。", {}),
    ("通过门户网站等平台发布信息120条。", {}), ("通过政务微博等渠道发布信息100条。", {"active.items_total": 100}),
])
def test_near_misses_of_the_house_style_phrasings(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "e2014")) == expected


def test_normative_rows_are_old_meanings():
    assert facts_from_text("主动公开规范性文件2件;制发规范性文件2件。", "t2021") == []


def test_candidate_scan_of_the_house_style_phrasings():
    texts = [prepare(text) for text, _, _ in _STYLES_TEXTS] + [prepare("".join(text for text, _, _ in _STYLES_TEXTS))]
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


# Old-era provincial and township phrasings (2008-2018): the statement, then near-misses that state no such count.
_OLD_ERA_TEXTS = [
    ("2014年,区政府共主动公开、更新各类信息318条,累计主动公开信息2950条。", {"active.items_total": 318}),
    ("我县网站发布主动公开信息31大项、84小项,共计5123条。", {"active.items_total": 5123}),
    ("2016年,省市县三级政府及部门累计主动公开政府信息388.21万条。", {"active.items_total": 3882100}),
    ("2017年,主动公开政府信息累计176条。", {"active.items_total": 176}),
    ("政务微信订阅号幸福某镇(微信号:xfmz2017)公开政府信息29条。", {"active.channel.wechat": 29}),
    ("其他方式公开政府信息条数共计6条。", {"active.channel.other": 6}),
    ("回应公众关注热点或政务舆情14377次。", {"response.hot_topics": 14377}),
    ("2017年公开人大建议5条,政协提案3条。", {"proposal.npc_published": 5, "proposal.cppcc_published": 3}),
    ("行政复议为6件。其中维持5件,其他情形1件。", {"review.total": 6, "review.upheld": 5, "review.other": 1}),
    ("因涉及国家秘密而不予公开47件。", {"apply.answer.denied": 47, "apply.answer.denied.state_secret": 47}),
    # near-misses: a running total without its year, a year's end, 历年 after the year, a joint verb that is no
    # publishing, a breakdown without its total, proposals received or handled, a partial answer for a secret, the
    # sentence after the breakdown
    ("主动公开政府信息累计6411条。", {}), ("2018年底,全县累计主动公开政府信息6411条。", {}),
    ("2018年,我县历年累计主动公开政府信息6411条。", {}),
    ("主动公开、依申请公开信息318条。", {}), ("主动公开信息31大项、84小项。", {}),
    ("收到人大建议5件,政协提案3件。", {}), ("办理人大代表建议5件。", {}),
    ("因涉及国家秘密而部分公开3件。", {"apply.answer.partial": 3}),
    ("行政复议为6件。其中市本级4件。维持5件。", {"review.total": 6}),
]


@pytest.mark.parametrize(("text", "expected"), _OLD_ERA_TEXTS)
def test_old_era_provincial_and_township_phrasings(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "e2014")) == expected


def test_candidate_scan_of_the_old_era_phrasings():
    texts = [prepare(text) for text, _ in _OLD_ERA_TEXTS] + [prepare("".join(text for text, _ in _OLD_ERA_TEXTS))]
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


# Consolidated and less-covered provincial phrasings (2019-2024), then near-misses: a count over two media is neither
# medium's, items sent to another agency's site are not this agency's, a joint review/lawsuit count has no outcomes of
# either, a running total is named as one.
_CONSOLIDATED_TEXTS = [
    ("全年共接受办理政府信息公开申请318件。", {"apply.received.total": 318}),
    ("各级行政机关累计主动公开政府信息87.6万余条。", {"active.items_total": 876000}),
    ("街道通过官方微博某某发布、微信公众号某某之声分别发布各类信息57条、214条。",
     {"active.channel.weibo": 57, "active.channel.wechat": 214}),
    ("通过门户网站和政务新媒体分别发布信息1200条、300条。",
     {"active.channel.website": 1200, "active.channel.newmedia": 300}),
    ("主动公开单位概况、工作动态、财务预决算等需要公开的政府信息共计512条(其中门户网站390条、微信公众号122条)。",
     {"active.items_total": 512, "active.channel.website": 390, "active.channel.wechat": 122}),
    ("公开数量主要包含了通过线上及线下公开的934条信息。", {"active.items_total": 934}),
    ("线上线下共发布政府信息934条。", {"active.items_total": 934}),
    ("政府网微信公众号推送信息1208条。", {"active.channel.wechat": 1208}),
    ("政府网站及时发布信息120条。", {"active.channel.website": 120}),
    ("微信、微博等政务新媒体发布信息300条。", {"active.channel.newmedia": 300}),
    # near-misses
    ("接受群众咨询318人次。", {}), ("全年共办理政府信息公开申请318件。", {}),
    ("接受行政复议申请3件。", {"review.total": 3}),
    ("截至年底,各级行政机关累计主动公开政府信息87.6万余条。", {}),
    ("各级行政机关历年累计主动公开政府信息87.6万余条。", {}),
    ("省政府门户网站和某某政府网微信公众号共发布信息2.4万余条。", {}),
    ("省政府门户网站、某某发布政务微信公众号发布各类信息3.15万条。", {}),
    ("通过市门户网站、政务新媒体主动公开各类政务信息2.37万条。", {"active.items_total": 23700}),
    ("微信公众号和政府网站共发布信息900条。", {}),
    ("上报市政府网站信息143条。", {}), ("向省政府网站报送信息60条。", {}),
    ("某某政府网微信公众号、微博分别发布信息57条、214条。", {}),
    ("网站、微信、微博分别发布信息57条、214条。", {}),
    ("门户网站、部门网站分别发布信息57条、214条。", {}),
    ("线上线下收集意见934条。", {}), ("通过线上及线下公开934条。", {}),
    ("涉行政复议、行政诉讼案件612件,结果维持388件。", {}),
]


@pytest.mark.parametrize(("text", "expected"), _CONSOLIDATED_TEXTS)
def test_consolidated_and_joint_statements(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "t2021")) == expected


def test_candidate_scan_of_the_consolidated_phrasings():
    texts = [prepare(text) for text, _ in _CONSOLIDATED_TEXTS]
    texts.append(prepare("".join(text for text, _ in _CONSOLIDATED_TEXTS)))
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


# Department reports (2022-2023): 例 counts requests, a channel's share after 其中 is no total, 官网 is the website,
# a medium's year may precede its verb, 件 counts a medium's documents, 起诉 is a lawsuit; then near-misses.
_DEPARTMENT_TEXTS = [
    ("共受理依申请政府信息公开事项31例,其中通过网络收到申请27件,通过来信收到申请4件。",
     {"apply.received.total": 31, "apply.channel.online": 27, "apply.channel.letter": 4}),
    ("全年共受理依申请公开事项12例。", {"apply.received.total": 12}),
    ("主动公开信息 356篇。", {"active.items_total": 356}),
    ("通过区政府网站主动公开政府文件31件。", {"active.channel.website": 31}),
    ("局官网发布信息690条。", {"active.channel.website": 690}),
    ("区教育局网站2022年累计发布信息61篇。", {"active.channel.website": 61}),
    ("通过门户网站、微信公众号等渠道主动公开涉税信息315条。", {"active.items_total": 315}),
    ("未发生政府信息公开行政复议、起诉。", {"review.total": 0, "litigation.total": 0}),
    # near-misses
    ("其中通过网络收到申请27件。", {"apply.channel.online": 27}),
    ("网站受理申请31件。", {"apply.channel.online": 31, "apply.received.total": 31}),  # a request, not an item
    ("政府网站31件。", {}),
    ("通过网站等渠道主动公开财政预决算信息20条。", {}),
    ("未经复议直接起诉1件。", {}),
]


@pytest.mark.parametrize(("text", "expected"), _DEPARTMENT_TEXTS)
def test_department_phrasings(text: str, expected: dict[str, float]) -> None:
    assert values(facts_from_text(text, "t2021")) == expected


def test_candidate_scan_of_the_department_phrasings():
    texts = [prepare(text) for text, _ in _DEPARTMENT_TEXTS]
    texts.append(prepare("".join(text for text, _ in _DEPARTMENT_TEXTS)))
    for phrase in _all_phrases():
        for text in texts:
            expected = [(m.span(), m.group(0)) for m in phrase.pattern.finditer(text)]
            assert [(m.span(), m.group(0)) for m in phrase.finditer(text)] == expected, phrase.keys


def test_enterprise_information_over_several_channels_is_no_total() -> None:
    # 涉企信息 is one kind of a market regulator's information (企业信息公示), not all it published
    facts = {f.key for f in facts_from_text("通过门户网站、微信公众号等渠道主动公开涉企信息20条。", "t2021")}
    assert "active.items_total" not in facts
    facts = {f.key: f.value for f in facts_from_text("通过门户网站、微信公众号等渠道主动公开涉税信息315条。", "t2021")}
    assert facts["active.items_total"] == 315


@pytest.mark.parametrize(("text", "expected"), [
    ("2023年度,平溪镇共计公开信息57条,主要涉及机构设置等18条。", {"active.items_total": (57, None)}),
    ("通过网站主动公开规划信息、财政资金、政府采购等共计90余条。", {"active.items_total": (90, "approx")}),
    ("利用电子屏、公告栏等主动对外更新政府信息35次。", {"active.items_total": (35, None)}),
    ("公示了部门预算;依申请公开4次,行政复议0次,行政诉讼0次。",
     {"apply.received.total": (4, None), "review.total": (0, None), "litigation.total": (0, None)}),
    ("本年度,未接到群众要求公开的信息。", {"apply.received.total": (0, "wu")}),
    ("累计收到申请3件,未因信息公开收取公民、法人和其他组织等任何费用。", {"fee.none": (0, "wu")}),
    ("政府信息公开申请未产生相关收费情况。", {"fee.none": (0, "wu")}),
])
def test_township_prose_statements(text: str, expected: dict[str, tuple]) -> None:
    keyed = by_key(facts_from_text(text, "t2021"))
    assert {key: (keyed[key].value, keyed[key].value_flag) for key in expected if key in keyed} == expected


def test_a_kind_of_information_in_a_breakdown_is_no_channel_count() -> None:
    text = "共主动公开各类政府信息215条。其中:通过县政府网站发布预算信息1条,决算信息1条;通过微信公众号发布通知公告28条。"
    keyed = by_key(facts_from_text(text, "t2021"))
    assert keyed["active.items_total"].value == 215
    assert "active.channel.website" not in keyed
    # all the medium published, in a breakdown too, is its count
    keyed = by_key(facts_from_text("共公开信息90条。其中:通过政府网站发布政府信息60条。", "t2021"))
    assert keyed["active.channel.website"].value == 60


def test_information_disclosed_on_request_is_no_request_count() -> None:
    assert "apply.received.total" not in by_key(facts_from_text("主动公开信息30条,依申请公开政府信息215件。", None))


@pytest.mark.parametrize(("text", "key", "value"), [
    # the longest complaint statement: 没有受理过任何有关…方面的举报投诉 (23 characters before its 诉)
    ("本年度没有受理过任何有关政府信息公开工作方面的举报投诉案件。", "complaint.total", 0),
    ("2013年共受理申请10件，其中非政府信息不予公开3件。", "apply.answer.denied.not_gov_info", 3),
])
def test_long_wordings_reach_their_phrase(text: str, key: str, value: float) -> None:
    assert {f.key: f.value for f in facts_from_text(text, "e2014")}.get(key) == value


@pytest.mark.parametrize(("text", "year", "expected"), [
    # a running total since the Regulation, then the year's count
    ("《条例》实施以来，本机关累计受理政府信息公开申请326件；2021年收到政府信息公开申请21件。", 2021, {"apply.received.total": 21}),
    # one kind of applicant's zero is no zero of the total
    ("本机关没有收到法人或者其他组织提出的政府信息公开申请，自然人申请有3件。", 2021, {}),
    ("本年度未收到公民、法人或者其他组织提出的政府信息公开申请。", 2021, {"apply.received.total": 0}),
    # 各 gives each listed case its count; 共 counts them together
    ("行政复议、行政诉讼各1件。", 2021, {"review.total": 1, "litigation.total": 1}),
    ("行政复议和行政诉讼共3件。", 2021, {}),
    # the request words before 办理/办结 (上年结转政府信息公开办理数量2件, 共办结政府信息公开申请9件)
    ("上年结转政府信息公开办理数量2件，共办结政府信息公开申请9件。", 2021, {"apply.carried_in.total": 2, "apply.closed.total": 9}),
    # another year's count in a 2021 report
    ("2020年本机关收到政府信息公开申请38件。", 2021, {}),
    ("2020年本机关收到政府信息公开申请38件。", None, {"apply.received.total": 38}),
])
def test_scope_of_the_years_counts(text: str, year: int | None, expected: dict[str, float]) -> None:
    assert {f.key: f.value for f in facts_from_text(text, "t2021", year)} == expected
