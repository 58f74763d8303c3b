"""Text statements never read from the cells of a table pasted as text (the text reader joins the body's lines)."""

from pipelines.facts_text import facts_from_text
from pipelines.parse import parse_report
from pipelines.records import Fetched


def text_facts(text: str, template: str) -> dict[str, float | None]:
    return {f.key: f.value for f in facts_from_text(text, template)}


def test_none_cells_before_the_next_heading_are_no_zero_statement() -> None:
    # the "无" cells of section 三 pasted as text, then section 四's heading
    facts = text_facts("（七）总计 无 无 无\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 3", "t2021")
    assert "review.total" not in facts and "litigation.total" not in facts


def test_a_real_zero_statement_is_still_read() -> None:
    facts = text_facts("本年度未发生因政府信息公开引起的行政复议、行政诉讼。", "t2021")
    assert facts["review.total"] == 0 and facts["litigation.total"] == 0


def test_unit_and_value_lines_of_an_e2014_form_are_no_prose() -> None:
    # a PDF's form: "件 无" under a label wrapped over two lines (驳回原 / 告诉讼请求数)
    lines = ["一、主动公开情况", "（一）主动公开政府信息数 条 120", "四、行政复议数量 件 3", "五、行政诉讼数量 件 2",
             "（一）维持具体行政行为或者驳回原", "件 无", "告诉讼请求数", "（二）被依法纠错数 件 2"]
    page = "<html><body><div class='TRS_Editor'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div></body></html>"
    report = parse_report([Fetched("http://www.example.gov.cn/art/2016/2/1/art_1_1.html", page.encode(),
                                   {"content-type": "text/html; charset=utf-8"})])
    assert not any(f.key == "litigation.total" and f.source == "text" for f in report.facts)


def test_rows_of_a_transposed_section_four_are_no_prose() -> None:
    # section 四 from a PDF, one row per line: "结果纠正 无" then "行政复议 其他结果 无" joins to "无行政复议"
    lines = ["四、政府信息公开行政复议、行政诉讼情况", "结果维持 2", "结果纠正 无", "行政复议 其他结果 无", "尚未审结 无",
             "总计 2", "五、存在的主要问题及改进情况", "公开内容的全面性有待加强。"]
    page = "<html><body><div class='TRS_Editor'>" + "".join(f"<p>{line}</p>" for line in lines) + "</div></body></html>"
    report = parse_report([Fetched("http://www.example.gov.cn/art/2023/3/2/art_1_2.html", page.encode(),
                                   {"content-type": "text/html; charset=utf-8"})])
    assert not any(f.key == "review.total" and f.source == "text" for f in report.facts)
