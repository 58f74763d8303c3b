"""Table shapes of the eighth probe: section 三 split by columns, section 四 with a spacer row or transposed, an
e2014 form cut into several tables, and the local e2014/Anhui-style row labels (spec 1(a), 1(c), 2.2-2.4)."""

from pipelines.facts_table import facts_from_grids
from pipelines.tables import grids_from_html, grids_from_text

COLUMNS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
ORGS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
# (label cells, the 7 values); R1 and R3 hold
S3_ROWS = (
    (("一、本年新收政府信息公开申请数量",), (5, 2, 0, 1, 3, 0, 11)),
    (("二、上年结转政府信息公开申请数量",), (1, 0, 0, 0, 0, 1, 2)),
    (("三、本年度办理结果", "（一）予以公开"), (4, 1, 0, 1, 2, 1, 9)),
    (("三、本年度办理结果", "（七）总计"), (5, 2, 0, 1, 3, 1, 12)),
    (("四、结转下年度继续办理",), (1, 0, 0, 0, 0, 0, 1)),
)


def _td(text: object, rowspan: int = 1, colspan: int = 1) -> str:
    return f'<td rowspan="{rowspan}" colspan="{colspan}">{text}</td>'


def _tr(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def _s3_header(columns: range) -> list[str]:
    orgs = [c for c in columns if 1 <= c <= 5]
    return [_tr(_td(CORNER, 3, 2), _td("申请人情况", 1, len(columns))),
            _tr(*([_td("自然人", 2)] if 0 in columns else []), *([_td("法人或其他组织", 1, len(orgs))] if orgs else []),
                *([_td("总计", 2)] if 6 in columns else [])),
            _tr(*(_td(ORGS[c - 1]) for c in orgs))]


def _s3_body(columns: range) -> list[str]:
    return [_tr(*(_td(label) for label in labels) if len(labels) == 2 else _td(labels[0], 1, 2),
                *(_td(values[c]) for c in columns)) for labels, values in S3_ROWS]


def _s3_values(facts) -> dict[str, list[object]]:
    by_key = {f.key: f.value for f in facts}
    rows = ("apply.received_new", "apply.carried_in", "apply.outcome.granted", "apply.outcome.total",
            "apply.carried_out")
    return {row: [by_key.get(f"{row}.{c}") for c in COLUMNS] for row in rows}


EXPECTED_S3 = {row: list(values) for row, (_, values) in zip(
    ("apply.received_new", "apply.carried_in", "apply.outcome.granted", "apply.outcome.total", "apply.carried_out"),
    S3_ROWS, strict=True)}


def test_section3_split_by_columns_into_two_tables():
    left, right = range(4), range(4, 7)
    html = ("<table>" + "".join(_s3_header(left) + _s3_body(left)) + "</table><p>（续表）</p>"
            + "<table>" + "".join(_s3_header(right) + _s3_body(right)) + "</table>")
    facts, _ = facts_from_grids(grids_from_html(html))
    assert _s3_values(facts) == EXPECTED_S3
    assert all(f.confidence == 1.0 for f in facts)  # read by position, none placed


def test_section3_halves_stacked_in_one_table_second_with_a_short_header():
    left, right = range(4), range(4, 7)
    short_header = [_tr(_td("项目", 2, 2), _td("法人或其他组织", 1, 2), _td("总计", 2)), _tr(_td("法律服务机构"), _td("其他"))]
    html = ("<table>" + "".join(_s3_header(left) + _s3_body(left)) + _tr(_td("&nbsp;", 1, 6))
            + "".join(short_header + _s3_body(right)) + "</table>")
    facts, _ = facts_from_grids(grids_from_html(html))
    assert _s3_values(facts) == EXPECTED_S3


def test_section3_header_that_lost_a_column_word_still_reads_all_seven_columns():
    # 自然人 printed as 个人: six columns named, but the rows print seven values (not a table split by columns)
    html = "<table>" + "".join(_s3_header(range(7)) + _s3_body(range(7))).replace("自然人", "个人") + "</table>"
    facts, _ = facts_from_grids(grids_from_html(html))
    assert _s3_values(facts) == EXPECTED_S3


def test_section3_text_header_is_no_part_of_the_columns():
    # a text grid's header rows are not aligned with its value columns: the seven values are read in order
    grids = grids_from_text("\n".join([
        "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||",
        "自然人 | 法人或其他组织 | 总计 |", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |",
        *(" | ".join([*labels, *map(str, values)]) + " |" for labels, values in S3_ROWS)]))
    facts, _ = facts_from_grids(grids)
    assert _s3_values(facts) == EXPECTED_S3


S4 = (3, 1, 0, 1, 5, 2, 0, 1, 0, 3, 1, 1, 0, 0, 2)
S4_KEYS = tuple(f"{b}.{c}" for b in ("review", "litigation.direct", "litigation.after_review")
                for c in ("upheld", "corrected", "other", "pending", "total"))
RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def _s4_values(facts) -> tuple[object, ...]:
    by_key = {f.key: f.value for f in facts}
    return tuple(by_key.get(k) for k in S4_KEYS)


def test_section4_empty_row_between_header_and_values():
    html = ("<table>" + _tr(_td("项目", 3), _td("行政复议", 1, 5), _td("行政诉讼", 1, 10))
            + _tr(*(_td(w, 2) for w in RESULTS), _td("未经复议直接起诉", 1, 5), _td("复议后起诉", 1, 5))
            + _tr(*(_td(w) for w in RESULTS * 2)) + _tr(*(_td("") for _ in range(16)))
            + _tr(_td("件数"), *(_td(v) for v in S4)) + "</table>")
    facts, _ = facts_from_grids(grids_from_html(html), "t2021")
    assert _s4_values(facts) == S4


def test_section4_transposed_results_as_rows_with_a_blank_row():
    values = list(S4)
    values[2] = values[7] = values[12] = ""  # 其他结果 left blank in every block
    html = ("<table>" + _tr(_td("项目", 2), _td("行政复议", 2), _td("行政诉讼", 1, 2))
            + _tr(_td("未经复议直接起诉"), _td("复议后起诉"))
            + "".join(_tr(_td(w), _td(values[i]), _td(values[5 + i]), _td(values[10 + i])) for i, w in enumerate(RESULTS))
            + "</table>")
    facts, _ = facts_from_grids(grids_from_html(html), "t2021")
    assert _s4_values(facts) == (3, 1, 0, 1, 5, 2, 0, 0, 0, 3, 1, 1, 0, 0, 2)
    assert {f.value_flag for f in facts if f.key.endswith(".other")} == {"blank"}


E2014_HEADER = ("统计指标", "单位", "统计数")
E2014_ROWS = (("一、主动公开情况", "—", "—"), ("（一）主动公开政府信息数", "条", "120"),
              ("其中：主动公开规范性文件数", "条", "4"), ("四、行政复议数量", "件", "3"),
              ("（一）维持具体行政行为数", "件", "2"), ("（二）被依法纠错数", "件", "1"), ("（三）其他情形数", "件", "0"),
              ("五、行政诉讼数量", "件", "1"), ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "1"),
              ("（二）被依法纠错数", "件", "0"), ("（三）其他情形数", "件", "0"),
              ("八、机构建设和保障经费情况", "—", "—"), ("（三）从事政府信息公开工作人员数", "人", "3"),
              ("1.专职人员数", "人", "1"), ("2.兼职人员数", "人", "2"))
E2014_EXPECTED = {"active.items_total": 120, "active.normative.published": 4, "review.total": 3, "review.upheld": 2,
                  "review.corrected": 1, "review.other": 0, "litigation.total": 1, "litigation.upheld": 1,
                  "litigation.corrected": 0, "litigation.other": 0, "org.staff_total": 3, "org.staff_fulltime": 1,
                  "org.staff_parttime": 2}


def _e2014_tables(*cuts: int, header_again: bool = True) -> list[list[str]]:
    bounds = [0, *cuts, len(E2014_ROWS)]
    return [[*([E2014_HEADER] if i == 0 or header_again else []), *E2014_ROWS[a:b]]
            for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))]


def _e2014_facts(grids) -> dict[str, object]:
    facts, _ = facts_from_grids([[list(row) for row in grid] for grid in grids])
    return {f.key: f.value for f in facts}


def test_e2014_form_cut_into_tables_keeps_the_heading_above_the_break():
    for cut in range(2, len(E2014_ROWS)):  # header printed again after the break, or not
        assert _e2014_facts(_e2014_tables(cut)) == E2014_EXPECTED, cut
        assert _e2014_facts(_e2014_tables(cut, header_again=False)) == E2014_EXPECTED, cut


def test_e2014_tiny_first_part_of_a_form_is_kept():
    # the first page prints the header, 一、主动公开情况 and （一）主动公开政府信息数 only
    assert _e2014_facts(_e2014_tables(2, 7)) == E2014_EXPECTED


def test_e2014_next_table_that_is_no_form_part_is_not_joined():
    other = [["序号", "名称", "备注"], ["1", "行政复议决定书", "3"]]
    facts = _e2014_facts([*_e2014_tables(), other])
    assert facts == E2014_EXPECTED


def test_e2014_phone_channel_row_and_not_the_contact_phone():
    rows = [E2014_HEADER, ("（一）收到申请数", "件", "9"), ("1.当面申请数", "件", "2"), ("2.网络申请数", "件", "4"),
            ("3.信函申请数", "件", "1"), ("4.电话申请数", "件", "2"), ("联系电话", "12345678", "")]
    facts = _e2014_facts([rows])
    assert facts == {"apply.received.total": 9, "apply.channel.in_person": 2, "apply.channel.online": 4,
                     "apply.channel.letter": 1, "apply.channel.phone": 2}


def test_anhui_style_form_rows():
    # spec 1(a) Anhui-style 2009 form: 信息公开申请数, 对申请的答复数 (同意 / 部分 / 不予 / 其他), 投诉数
    rows = [("指标名称", "单位", "数量"), ("主动公开信息数", "条", "856"), ("信息公开申请数", "件", "11"),
            ("其中：当面申请", "件", "3"), ("网上填表及电子邮件申请", "件", "7"), ("对申请的答复数", "件", "11"),
            ("其中：同意公开", "件", "8"), ("同意部分公开", "件", "1"), ("不予公开", "件", "1"), ("其他", "件", "1"),
            ("投诉数", "件", "0"), ("行政复议数", "件", "1")]
    assert _e2014_facts([rows]) == {
        "active.items_total": 856, "apply.received.total": 11, "apply.channel.in_person": 3,
        "apply.channel.online": 7, "apply.answer.total": 11, "apply.answer.granted": 8, "apply.answer.partial": 1,
        "apply.answer.denied": 1, "complaint.total": 0, "review.total": 1}
