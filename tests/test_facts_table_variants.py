"""Label and layout variants of spec 2.7, lost cells, blank tables and template detection."""

import itertools
import random

from pipelines.facts_table import PLACED_CONFIDENCE, _cell, _place_by_r3, detect_template, facts_from_grids
from pipelines.tables import grids_from_html, grids_from_text

COLUMNS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")


def _values(facts, row):
    by_key = {f.key: f for f in facts}
    return [by_key[f"{row}.{c}"].value if f"{row}.{c}" in by_key else None for c in COLUMNS]


def _pipe(*rows: str) -> list:
    return grids_from_text("\n".join(rows))


HEADER = ("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||",
          "自 然 人 | 法人或其他组织 | 合 计 |",
          "商 业 企 业 | 科 研 机 构 | 社 会 公 益 组 织 | 法 律 服 务 机 构 | 其他 |")


def test_spaced_words_total_variant_quotes_and_truncated_labels():
    grids = _pipe(*HEADER,
                  "一、本年新收政府信息公开申请数量 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |",
                  "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                  "三、本年度办理结果 | （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                  "（二）部分公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                  '（三） 不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
                  '2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
                  '3.危及"三安全一稳定" | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
                  "（五）不予处理 | 5.要求行政机关确认或重新出具已获取的信息 | 0 | 1 | 0 | 0 | 0 | 0 | 1 |",
                  "（六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                  "（七）合计 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |",
                  "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
    facts, template = facts_from_grids(grids)
    assert template == "t2019"  # （六）其他处理 without the 2021 sub-rows
    assert _values(facts, "apply.received_new") == [5, 1, 0, 0, 0, 0, 6]
    assert _values(facts, "apply.outcome.partial") == [1, 0, 0, 0, 0, 0, 1]
    assert _values(facts, "apply.outcome.withheld.security_stability") == [1, 0, 0, 0, 0, 0, 1]
    assert _values(facts, "apply.outcome.not_processed.confirm_reissue") == [0, 1, 0, 0, 0, 0, 1]
    assert _values(facts, "apply.outcome.other") == [1, 0, 0, 0, 0, 0, 1]
    assert _values(facts, "apply.outcome.total") == [5, 1, 0, 0, 0, 0, 6]
    assert _values(facts, "apply.carried_out") == [0] * 7


def test_quote_less_and_garbled_security_labels():
    for label in ("3.危及三安全一稳定", "3.危及“国家安全”：公共安全、经济安全和社会稳定", "3.危及「三安全一稳定」"):
        grids = _pipe(*HEADER, "一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                      "（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                      f"{label} | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
        facts, _ = facts_from_grids(grids)
        assert _values(facts, "apply.outcome.withheld.security_stability") == [1, 0, 0, 0, 0, 0, 1], label


def test_traditional_script_and_full_width_digits():
    grids = _pipe(*HEADER, "一、本年新收政府信息公開申請數量 | １２ | 0 | 0 | 0 | 0 | 0 | １２ |",
                  "四、結轉下年度繼續辦理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |")
    facts, _ = facts_from_grids(grids)
    assert _values(facts, "apply.received_new") == [12, 0, 0, 0, 0, 0, 12]
    assert next(f for f in facts if f.key == "apply.received_new.total").raw_value == "１２"
    assert _values(facts, "apply.carried_out") == [0] * 7


def test_subtotal_column_in_text_is_skipped_not_shifted():
    grids = _pipe("申请人情况 |", "自然人 | 法人或其他组织 | 总计 |",
                  "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 法人或其他组织小计 |",
                  "一、本年新收政府信息公开申请数量 | 4 | 1 | 2 | 0 | 0 | 3 | 6 | 10 |")
    facts, _ = facts_from_grids(grids)
    assert _values(facts, "apply.received_new") == [4, 1, 2, 0, 0, 3, 10]
    assert not any("legal_entity" in f.key for f in facts)


def test_subtotal_column_in_html_is_skipped_by_position():
    html = """<table>
      <tr><td colspan="2" rowspan="3">（本列数据的勾稽关系…）</td><td colspan="8">申请人情况</td></tr>
      <tr><td rowspan="2">自然人</td><td colspan="6">法人或其他组织</td><td rowspan="2">总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td><td>小计</td></tr>
      <tr><td colspan="2">一、本年新收政府信息公开申请数量</td>
          <td>4</td><td>1</td><td>2</td><td></td><td>／</td><td>3</td><td>6</td><td>10</td></tr>
    </table>"""
    facts, _ = facts_from_grids(grids_from_html(html))
    assert _values(facts, "apply.received_new") == [4, 1, 2, 0, 0, 3, 10]
    flags = {f.key: f.value_flag for f in facts}
    assert flags["apply.received_new.nonprofit"] == "blank"
    assert flags["apply.received_new.legal_service"] == "slash"


def test_category_rows_with_printed_subtotals_are_kept_blank_ones_are_not():
    grids = _pipe(*HEADER, "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |",
                  "（三）不予公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                  "1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                  "2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                  "（四）无法提供 | — | — | — | — | — | — | — |",
                  "1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
    facts, _ = facts_from_grids(grids)
    assert _values(facts, "apply.outcome.withheld") == [2, 0, 0, 0, 0, 0, 2]
    assert _values(facts, "apply.outcome.withheld.law_prohibited") == [1, 0, 0, 0, 0, 0, 1]
    assert _values(facts, "apply.outcome.unavailable") == [None] * 7
    assert _values(facts, "apply.outcome.unavailable.not_held") == [1, 0, 0, 0, 0, 0, 1]


def test_lost_cells_are_placed_only_when_r3_makes_it_unique():
    grids = _pipe(*HEADER,
                  "一、本年新收政府信息公开申请数量 | 3 | 3 |",  # which organisation column? ambiguous
                  "二、上年结转政府信息公开申请数量 | 0 |",  # only zeros fit
                  "三、本年度办理结果 | （一）予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
    facts, _ = facts_from_grids(grids)
    assert _values(facts, "apply.received_new") == [None] * 6 + [3]
    assert _values(facts, "apply.carried_in") == [0] * 7
    placed = [f for f in facts if f.key.startswith("apply.carried_in.")]
    assert {(f.value_flag, f.confidence) for f in placed} == {("placed", PLACED_CONFIDENCE)}
    assert _values(facts, "apply.outcome.granted") == [1, 0, 0, 0, 0, 0, 1]
    assert all(f.confidence == 1.0 for f in facts if f.key.startswith("apply.outcome.granted."))


def test_numeric_marker_fallback_for_truncated_children():
    grids = _pipe(*HEADER, "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                  "（四）无法提供 | 1.本机关不掌握… | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                  "2.没有现成… | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                  "3.补正后… | 2 | 0 | 0 | 0 | 0 | 0 | 2 |")
    facts, _ = facts_from_grids(grids)
    assert _values(facts, "apply.outcome.unavailable.unclear") == [2, 0, 0, 0, 0, 0, 2]
    assert _values(facts, "apply.outcome.unavailable.needs_creation") == [0] * 7


def test_all_blank_tables_are_not_reported():
    blank = " | ".join([""] * 8)
    grids = _pipe(*HEADER, f"一、本年新收政府信息公开申请数量 | {blank}",
                  "二、上年结转政府信息公开申请数量 | — | — | — | — | — | — | — |",
                  "四、结转下年度继续办理 | / | / | / | / | / | / | / |")
    assert facts_from_grids(grids)[0] == []
    html = ("<table><tr><td>行政复议</td><td colspan='10'>行政诉讼</td></tr>"
            "<tr>" + "<td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>" * 3 + "</tr>"
            "<tr>" + "<td></td>" * 15 + "</tr></table>")
    assert facts_from_grids(grids_from_html(html))[0] == []
    section2 = [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "", "", ""], ["行政规范性文件", "—", "", "/"]]
    assert facts_from_grids([section2])[0] == []


def test_section4_flattened_in_order_and_lost_cells_skipped():
    grids = _pipe("行政复议 | 行政诉讼 |",
                  "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
                  " | ".join(["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"] * 2),
                  " | ".join(str(n) for n in [1, 2, 0, 0, 3, 0, 1, 0, 0, 1, 2, 0, 0, 1, 3]))
    facts, template = facts_from_grids(grids, "t2021")
    assert template == "t2021"  # section 四 is the same in both formats: the hint decides
    values = {f.key: f.value for f in facts}
    assert values["review.total"] == 3 and values["litigation.direct.corrected"] == 1
    assert values["litigation.after_review.pending"] == 1 and values["litigation.after_review.total"] == 3
    assert len(values) == 15
    assert facts_from_grids(grids)[1] is None
    short = grids[0][:3] + [["1", "2", "3"]]
    assert facts_from_grids([short])[0] == []


def test_section2_lost_cells_and_jilin_line():
    grids = _pipe("第二十条第(一)项 | |||", "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |",
                  "规章 | 2 | 3 |",  # one cell lost: no sum rule, so no guess
                  "规范性文件 | 1 | 1 | 9 |",
                  "2020年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):1,024 |")
    values = {f.key: f.value for f in facts_from_grids(grids)[0]}
    assert values == {"active.normative.issued": 1, "active.normative.published_new": 1,
                      "active.normative.public_total": 9, "active.items_published_total": 1024}


def test_procurement_amount_keeps_the_printed_unit():
    grids = [[["信息内容", "采购项目数量", "采购总金额（万元）"], ["政府集中采购", "3", "12.5"]]]
    values = {f.key: (f.value, f.unit) for f in facts_from_grids(grids)[0]}
    assert values == {"active.procurement.projects": (3, "个"), "active.procurement.amount": (12.5, "万元")}


def test_detect_template():
    assert detect_template([[["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]]]) == "t2021"
    assert detect_template([[["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]]]) == "t2019"
    assert detect_template([[["统 计 指 标", "单位", "统计数"]]]) == "e2014"
    assert detect_template([[["无关", "表格"]]], "t2021") is None


SHANGHAI_ROWS = [("主动公开信息数", "条", "1", "120", "480", "active.items_total"),
                 ("其中：全文电子化的主动公开信息数", "条", "2", "100", "470", "active.items_fulltext_e"),
                 ("网站专栏页面访问量", "人次", "5", "1000", "52000", "portal.column_pv"),
                 ("网上咨询数", "次", "7", "3", "9", "consult.online"),
                 ("申请总数", "件", "10", "3", "12", "apply.received.total"),
                 ("其中：当面申请数", "件", "11", "1", "5", "apply.channel.in_person"),
                 ("网上申请数", "件", "12", "2", "7", "apply.channel.online"),
                 ("行政复议数", "件", "20", "0", "1", "review.total"),
                 ("行政申诉数", "件", "22", "0", "2", "appeal.total"),
                 ("其中：对本部门首次处理不满意的行政申诉数", "件", "23", "0", "1",
                  "appeal.first_handling_unsatisfied")]


def _annual_values(facts):
    return {f.key: (f.value, f.unit) for f in facts}


def test_shanghai_style_form_reads_the_annual_column_in_html_and_text():
    expected = {key: (int(annual), unit) for _, unit, _, _, annual, key in SHANGHAI_ROWS}
    html = ("<table><tr><td>指标名称</td><td>计量单位</td><td>代码</td><td>本期实际</td><td>本年累计</td></tr>"
            + "".join(f"<tr><td>{label}</td><td>{unit}</td><td>{code}</td><td>{period}</td><td>{annual}</td></tr>"
                      for label, unit, code, period, annual, _ in SHANGHAI_ROWS) + "</table>")
    assert _annual_values(facts_from_grids(grids_from_html(html))[0]) == expected
    lines = ["指标名称", "计量单位", "代码", "本期实际", "本年累计"]
    for label, unit, code, period, annual, _ in SHANGHAI_ROWS:
        lines += [label, unit, code, period, annual]
    assert _annual_values(facts_from_grids(grids_from_text("\n".join(lines)))[0]) == expected


def test_e2014_heading_rows_with_empty_cells_do_not_take_a_key():
    html = """<table><tr><td>统计指标</td><td>单位</td><td>统计数</td></tr>
      <tr><td>九、政府信息公开会议和培训情况</td><td></td><td></td></tr>
      <tr><td>（一）召开政府信息公开工作会议或专题会议数</td><td>次</td><td>3</td></tr>
      <tr><td>（二）举办各类培训班数</td><td>次</td><td>2</td></tr>
      <tr><td>（三）接受培训人员数</td><td>人次</td><td>140</td></tr></table>"""
    facts, template = facts_from_grids(grids_from_html(html))
    assert template == "e2014"
    assert {f.key: (f.value, f.unit) for f in facts} == {
        "training.meetings": (3, "次"), "training.courses": (2, "次"), "training.trainees": (140, "人次")}


def test_e2014_label_variants():
    rows = [("（一）收到申请数", "9"), ("1.当面申请数", "2"), ("2.网上填表及电子邮件申请数", "4"),
            ("3.电子邮件申请数", "1"), ("4.信函申请数", "2"), ("（三）申请答复数", "9"), ("2.同意公开答复数", "5"),
            ("4.不予公开答复数", "1"), ("四、行政复议数量", "1"), ("（一）维持具体行政行为数", "1")]
    grid = [["统计指标", "单位", "统计数"], *([label, "件", value] for label, value in rows)]
    values = {f.key: f.value for f in facts_from_grids([grid])[0]}
    assert values == {"apply.received.total": 9, "apply.channel.in_person": 2, "apply.channel.online": 4,
                      "apply.channel.email": 1, "apply.channel.letter": 2, "apply.answer.total": 9,
                      "apply.answer.granted": 5, "apply.answer.denied": 1, "review.total": 1, "review.upheld": 1}
    shanghai = [["指标名称", "计量单位", "统计数"], ["否决公开答复总数", "件", "3"], ["申请总数", "件", "7"],
                ["对申请的答复总数", "件", "7"]]
    values = {f.key: f.value for f in facts_from_grids([shanghai])[0]}
    assert values == {"apply.answer.denied": 3, "apply.received.total": 7, "apply.answer.total": 7}


S4_HEADER = ("行政复议 | 行政诉讼 |",
             "结果 维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
             " | ".join(["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"] * 2))


def test_section4_lost_cells_are_placed_by_r6_only_when_unique():
    # review.total was blank and vanished: only one placement keeps every block's total = sum of its results
    lost_total = [0, 0, 0, 0, None, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]
    row = " | ".join(str(v) for v in lost_total if v is not None)
    facts, _ = facts_from_grids(_pipe(*S4_HEADER, row), "t2021")
    by_key = {f.key: f for f in facts}
    assert len(by_key) == 15
    assert (by_key["litigation.direct.upheld"].value, by_key["litigation.direct.pending"].value,
            by_key["litigation.direct.total"].value, by_key["review.total"].value) == (1, 1, 2, 0)
    assert {f.value_flag for f in facts} == {"placed"} and {f.confidence for f in facts} == {PLACED_CONFIDENCE}
    # a whole block lost: 1 2 0 0 3 fits review or either litigation block, so nothing is guessed
    ambiguous = " | ".join(["1", "2", "0", "0", "3", "0", "0", "0", "0", "0"])
    assert facts_from_grids(_pipe(*S4_HEADER, ambiguous), "t2021")[0] == []


TRANSPOSED_S4 = """<table><tr><td colspan="3">项目</td><td>数量（件）</td></tr>
<tr><td rowspan="5" colspan="2">行政复议</td><td>结果维持</td><td>1</td></tr>
<tr><td>结果纠正</td><td>0</td></tr><tr><td>其他结果</td><td></td></tr><tr><td>尚未审结</td><td>2</td></tr>
<tr><td>总计</td><td>3</td></tr>
<tr><td rowspan="10">行政诉讼</td><td rowspan="5">未经复议直接起诉</td><td>结果 维持</td><td>0</td></tr>
<tr><td>结果 纠正</td><td>1</td></tr><tr><td>其他 结果</td><td>0</td></tr><tr><td>尚未 审结</td><td>0</td></tr>
<tr><td>总 计</td><td>1</td></tr>
<tr><td rowspan="5">复议后起诉</td><td>结果维持</td><td>—</td></tr>
<tr><td>结果纠正</td><td>—</td></tr><tr><td>其他结果</td><td>4</td></tr><tr><td>尚未审结</td><td>—</td></tr>
<tr><td>总计</td><td>4</td></tr></table>"""


def test_section4_printed_transposed_in_html_and_text():
    expected = {"review.upheld": 1, "review.other": 0, "review.pending": 2, "review.total": 3,
                "litigation.direct.corrected": 1, "litigation.direct.total": 1,
                "litigation.after_review.upheld": 0, "litigation.after_review.other": 4,
                "litigation.after_review.total": 4}
    html_facts, _ = facts_from_grids(grids_from_html(TRANSPOSED_S4), "t2019")
    text_facts, _ = facts_from_grids(_pipe(
        "行政复议 | 结果维持 | 1", "结果纠正 | 0", "其他结果 | 0", "尚未审结 | 2", "总计 | 3",
        "行政诉讼 | 未经复议直接起诉 | 结果维持 | 0", "结果纠正 | 1", "其他结果 | 0", "尚未审结 | 0", "总计 | 1",
        "复议后起诉 | 结果维持 | 0", "结果纠正 | 0", "其他结果 | 4", "尚未审结 | 0", "总计 | 4"), "t2019")
    for facts in (html_facts, text_facts):
        values = {f.key: f.value for f in facts}
        assert len(values) == 15
        assert {k: values[k] for k in expected} == expected
    assert next(f for f in html_facts if f.key == "review.other").value_flag == "blank"


def _local_form(sum_word: str | None) -> list:
    names = ["区政府", "区直单位", "乡镇街道", *([sum_word] if sum_word else [])]
    rows = [["统计指标", "单位", *names], ["一、主动公开情况", "—", *[""] * len(names)]]
    for label, unit, values in (("（一）主动公开政府信息数", "条", [100, 40, 25]), ("（一）收到申请数", "件", [3, 2, 0]),
                                ("1.当面申请数", "件", [1, 2, 0]), ("四、行政复议数量", "件", [0, 1, 0])):
        rows.append([label, unit, *map(str, values), *([str(sum(values))] if sum_word else [])])
    return [rows]


def test_e2014_local_form_reads_the_sum_column_else_the_first_and_says_which():
    facts, template = facts_from_grids(_local_form("合计"))
    by_key = {f.key: f for f in facts}
    assert template == "e2014"
    assert (by_key["active.items_total"].value, by_key["apply.received.total"].value) == (165, 5)
    assert by_key["apply.channel.in_person"].raw_label.endswith("× 合计")
    first = {f.key: f for f in facts_from_grids(_local_form(None))[0]}
    assert (first["active.items_total"].value, first["review.total"].value) == (100, 0)
    assert first["active.items_total"].raw_label.endswith("× 区政府")
    single = [[["统计指标", "单位", "统计数"], *(r[:3] for r in _local_form(None)[0][1:])]]
    assert all("×" not in f.raw_label for f in facts_from_grids(single)[0])


def test_section3_continued_after_a_page_break_with_its_header_printed_again():
    zeros = " | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"
    grids = _pipe(*HEADER,
                  "一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |",
                  "二、上年结转政府信息公开申请数量" + zeros,
                  "三、本年度办理结果 | （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |",
                  "（续表）",
                  *HEADER,
                  "（二）部分公开" + zeros,
                  "（七）总计 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |",
                  "四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |")
    assert len(grids) == 2
    facts, _ = facts_from_grids(grids, "t2021")
    assert _values(facts, "apply.outcome.granted") == [3, 1, 0, 0, 0, 0, 4]
    assert _values(facts, "apply.outcome.total") == [3, 1, 0, 0, 0, 0, 4]
    assert _values(facts, "apply.carried_out") == [1, 0, 0, 0, 0, 0, 1]


_RESULTS = "".join(f"<td>{w}</td>" for w in ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"))
_S4_VALUES = {"review": (1, 0, 0, 1, 2), "litigation.direct": (1, 0, 0, 0, 1), "litigation.after_review": (0, 1, 0, 0, 1)}
_S4_WANTED = {f"{block}.{column}": value for block, values in _S4_VALUES.items()
              for column, value in zip(("upheld", "corrected", "other", "pending", "total"), values, strict=True)}


def _cells(values) -> str:
    return "".join(f"<td>{v}</td>" for v in values)


def test_section_four_printed_as_a_review_table_and_a_litigation_table():
    review = (f"<table><tr><td colspan='5'>行政复议</td></tr><tr>{_RESULTS}</tr>"
              f"<tr>{_cells(_S4_VALUES['review'])}</tr></table>")
    litigation = ("<table><tr><td colspan='10'>行政诉讼</td></tr>"
                  "<tr><td colspan='5'>未经复议直接起诉</td><td colspan='5'>复议后起诉</td></tr>"
                  f"<tr>{_RESULTS * 2}</tr><tr>{_cells(_S4_VALUES['litigation.direct'])}"
                  f"{_cells(_S4_VALUES['litigation.after_review'])}</tr></table>")
    facts, _ = facts_from_grids(grids_from_html(review + litigation), "t2021")
    assert {f.key: f.value for f in facts if f.key.startswith(("review.", "litigation."))} == _S4_WANTED


def test_section_four_printed_as_one_row_per_block():
    rows = "".join(f"<tr><td>{label}</td>{_cells(_S4_VALUES[block])}</tr>" for label, block in (
        ("行政复议", "review"), ("行政诉讼（未经复议直接起诉）", "litigation.direct"),
        ("行政诉讼（复议后起诉）", "litigation.after_review")))
    facts, _ = facts_from_grids(grids_from_html(f"<table><tr><td>类别</td>{_RESULTS}</tr>{rows}</table>"), "t2021")
    assert {f.key: f.value for f in facts if f.key.startswith(("review.", "litigation."))} == _S4_WANTED


def _certain_by_brute_force(numbers: list[int]) -> list[int | None] | None:
    """Every order-keeping placement of the numbers in 7 columns that satisfies R3; per column the number all of
    them agree on (a blank is 0), None where they differ; None when none satisfies R3."""
    vectors = []
    for slots in itertools.combinations(range(7), len(numbers)):
        vector = [0] * 7
        for slot, number in zip(slots, numbers, strict=True):
            vector[slot] = number
        if sum(vector[:6]) == vector[6]:
            vectors.append(vector)
    return [v[0] if len(set(v)) == 1 else None for v in zip(*vectors, strict=True)] if vectors else None


def test_r3_places_exactly_the_columns_every_satisfying_placement_agrees_on():
    rng = random.Random(5)
    for _ in range(3000):
        numbers = [rng.choice([0, 0, 1, 2, 3, 5]) for _ in range(rng.randrange(1, 7))]
        if rng.random() < 0.5:
            numbers[-1] = sum(numbers[:-1])
        placed = _place_by_r3([_cell(str(n)) for n in numbers])
        got = None if placed is None else [None if c is None else c.value.value for c in placed]
        expected = _certain_by_brute_force(numbers)
        assert got == (expected if expected is None or any(v is not None for v in expected) else None), numbers
