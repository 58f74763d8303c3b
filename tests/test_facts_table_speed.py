"""The per-text caches of the table mappers (labels, row plans, table words) never carry values across tables."""

from pipelines.facts_table import detect_template, facts_from_grids

COLUMNS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
S3_HEADER = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", ""],
             ["", "自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "法人或其他组织", "总计"],
             ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]


def _values(facts, row):
    by_key = {f.key: f for f in facts}
    return [by_key[f"{row}.{c}"].value if f"{row}.{c}" in by_key else None for c in COLUMNS]


def _section3(new: list[str], carried_out: list[str]) -> list[list[str]]:
    return [*S3_HEADER, ["一、本年新收政府信息公开申请数量", *new], ["四、结转下年度继续办理", *carried_out]]


def test_same_section3_labels_read_each_tables_own_values():
    first, _ = facts_from_grids([_section3(["1", "2", "0", "0", "0", "0", "3"], ["0"] * 7)])
    second, _ = facts_from_grids([_section3(["7", "-", "", "0", "0", "1", "8"], ["1", "0", "0", "0", "0", "0", "1"])])
    assert _values(first, "apply.received_new") == [1, 2, 0, 0, 0, 0, 3]
    assert _values(second, "apply.received_new") == [7, 0, 0, 0, 0, 1, 8]
    assert [f.value_flag for f in second if f.key.startswith("apply.received_new.")][1:3] == ["dash", "blank"]
    assert _values(second, "apply.carried_out") == [1, 0, 0, 0, 0, 0, 1]


def test_section3_cut_after_its_header_is_joined_whatever_the_values():
    for new in (["1", "2", "0", "0", "0", "0", "3"], ["4", "0", "0", "0", "0", "0", "4"]):
        grids = [S3_HEADER, [["一、本年新收政府信息公开申请数量", *new], ["四、结转下年度继续办理", *["0"] * 7]]]
        facts, _ = facts_from_grids(grids)
        assert _values(facts, "apply.received_new") == [int(v) for v in new]


def _form(values: list[str], unit: str = "件") -> list[list[str]]:
    return [["统计指标", "单位", "统计数"],
            ["一、主动公开情况", "", ""],
            ["（一）主动公开政府信息数", "条", values[0]],
            ["二、回应解读情况", "", ""],
            ["（一）回应公众关注热点或重大舆情数", "次", values[1]],
            ["三、依申请公开情况", "", ""],
            ["（一）收到申请数", unit, values[2]],
            ["四、行政复议数量", "件", values[3]],
            ["（一）维持具体行政行为数", "件", values[4]]]


def test_same_statistics_form_reads_each_forms_own_values_and_units():
    first, template = facts_from_grids([_form(["10", "2", "3", "1", "1"])])
    second, _ = facts_from_grids([_form(["11", "—", "5", "0", "0"], unit="条")])
    assert template == "e2014"
    by_key = {f.key: f for f in first}
    assert (by_key["active.items_total"].value, by_key["apply.received.total"].unit) == (10, "件")
    assert by_key["review.upheld"].value == 1
    by_key = {f.key: f for f in second}
    assert (by_key["active.items_total"].value, by_key["apply.received.total"].value) == (11, 5)
    assert by_key["response.hot_topics"].value_flag == "dash"
    assert by_key["apply.received.total"].unit == "条"


def test_statistics_form_word_in_a_subject_label_is_no_section2_header():
    grids = [[["统计指标", "单位", "统计数"], ["制发规范性文件总数", "件", "4"], ["主动公开政府信息数", "条", "9"],
              ["收到申请数", "件", "2"]]]
    facts, _ = facts_from_grids(grids)
    assert {f.key for f in facts} == {"active.normative.issued_total", "active.items_total", "apply.received.total"}


def test_detect_template_ignores_missing_cells():
    assert detect_template([[[None, "本年制发件数", None], ["本年废止件数", "现行有效件数"]]]) == "t2021"
    assert detect_template([[[None, "尚未审结"]]], "t2019") == "t2019"
