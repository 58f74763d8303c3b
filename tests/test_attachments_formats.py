"""PDF, DOCX, XLSX (and the demo XLS) twins of the seed reports: every table reads back as the same
expanded grid as its HTML twin, and yields exactly the same facts (key, value)."""

from __future__ import annotations

import io
from pathlib import Path

import attachment_factory as factory
import pdfplumber
import pytest

from pipelines.attachments import extract_attachment
from pipelines.facts_table import facts_from_grids
from pipelines.records import Fetched
from pipelines.tables import grids_from_html

DEMO_FILES = Path(__file__).resolve().parent.parent / "crawler" / "demo_portal" / "files"


def key_values(facts) -> list[tuple[str, float | None]]:
    return sorted((fact.key, fact.value) for fact in facts)


def extract(name: str, body: bytes, content_type: str | None = None):
    headers = {"content-type": content_type} if content_type else {}
    return extract_attachment(Fetched(f"http://127.0.0.1/files/{name}", body, headers))


T2021_MAKERS = {"pdf": factory.t2021_pdf, "docx": factory.t2021_docx, "xlsx": factory.t2021_xlsx}
E2014_MAKERS = {"pdf": factory.e2014_pdf, "docx": factory.e2014_docx, "xlsx": factory.e2014_xlsx}


@pytest.mark.parametrize("kind", sorted(T2021_MAKERS))
@pytest.mark.parametrize("make_data", [factory.numbered_t2021, factory.seed_t2021], ids=["numbered", "seed003"])
def test_t2021_twin_grids_and_facts_match_html(kind, make_data):
    data = make_data()
    content = extract(f"report.{kind}", T2021_MAKERS[kind](data))
    assert content.error is None and content.kind == kind and content.origin == kind
    expected = [factory.expand(factory.t2021_active_spec(data)), factory.expand(factory.t2021_apply_spec(data)),
                factory.expand(factory.t2021_review_spec(data))]
    assert content.grids == expected
    html_facts, html_template = facts_from_grids(grids_from_html(factory.t2021_html(data)))
    facts, template = facts_from_grids(content.grids)
    assert template == html_template == "t2021"
    assert len(facts) >= 175 + 15  # section 三 grid and section 四 row at least
    assert key_values(facts) == key_values(html_facts)
    values = dict(key_values(facts))
    assert values["active.permit.decisions"] == 3949 and values["active.admin_fee.amount"] == 7.522
    assert values["apply.received_new.total"] == float(data.apply[0][6])
    assert values["litigation.after_review.total"] == float(data.review[14])


@pytest.mark.parametrize("kind", sorted(E2014_MAKERS))
def test_e2014_twin_facts_match_html(kind):
    content = extract(f"erdao.{kind}", E2014_MAKERS[kind]())
    assert content.error is None
    assert content.grids == [factory.expand(factory.e2014_spec())]
    html_facts, _ = facts_from_grids(grids_from_html(factory.e2014_html()))
    facts, template = facts_from_grids(content.grids)
    assert template == "e2014"
    assert key_values(facts) == key_values(html_facts)
    assert dict(key_values(facts))["active.items_total"] == 4156
    assert dict(key_values(facts))["training.trainees"] == 70


def test_pdf_table_printed_without_rules_still_gives_every_fact():
    """Columns kept apart only by white space; labels wrapped around vertically centred values."""
    content = extract("erdao-unruled.pdf", factory.e2014_pdf(ruled=False))
    html_facts, _ = facts_from_grids(grids_from_html(factory.e2014_html()))
    facts, template = facts_from_grids(content.grids)
    assert template == "e2014"
    assert key_values(facts) == key_values(html_facts)


def test_pdf_table_continued_over_page_break_is_joined_without_repeated_header():
    data = factory.numbered_t2021()
    body = factory.t2021_pdf(data)
    with pdfplumber.open(io.BytesIO(body)) as pdf:
        pages_with_header = [i for i, page in enumerate(pdf.pages) if "申请人情况" in (page.extract_text() or "")]
        landscape = [i for i, page in enumerate(pdf.pages) if page.width > page.height]
    assert pages_with_header == [1, 2]  # the header really is printed twice
    assert landscape == [3]
    content = extract("report.pdf", body)
    apply_grid = content.grids[1]
    assert len(apply_grid) == 3 + len(factory.T2021_APPLY_ROWS)
    assert sum(row[3] == "申请人情况" for row in apply_grid) == 1
    # the merged 三、本年度办理结果 cell cut by the page break is carried into the continuation
    assert [row[0] for row in apply_grid[3 + factory.APPLY_SPLIT_ROW:-1]] == ["三、本年度办理结果"] * (
        len(factory.T2021_APPLY_ROWS) - factory.APPLY_SPLIT_ROW - 1)
    assert content.pages == 5


def test_continuation_with_fewer_column_edges_is_joined_on_the_common_columns():
    """Section 二 broken before its （八） block: the second page only has merged value cells (3 column
    edges instead of 5); both parts are laid on the union of their edges and read as one table."""
    spec = factory.t2021_active_spec(factory.seed_t2021())
    content = extract("split.pdf", factory.split_table_pdf(spec, [150, 110, 110, 110], split_row=11))
    assert content.grids == [factory.expand(spec)]


def test_continuation_repeating_only_part_of_the_header_drops_it():
    spec = factory.e2014_spec()
    content = extract("split.pdf", factory.split_table_pdf(spec, [330, 60, 80], split_row=30, repeat=slice(1, 2)))
    assert content.grids == [factory.expand(spec)]


def test_headerless_continuation_after_a_footnote_is_joined():
    spec = factory.e2014_spec()
    body = factory.split_table_pdf(spec, [330, 60, 80], split_row=30, footnote="注：本表数据截至2017年12月31日。")
    assert extract("split.pdf", body).grids == [factory.expand(spec)]


def test_pdf_text_is_in_reading_order_and_tables_on_rotated_pages_are_read():
    content = extract("report.pdf", factory.t2021_pdf(factory.seed_t2021()))
    headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况"]
    positions = [content.text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "全年主动公开政府信息4578条" in content.text
    data = factory.numbered_t2021()
    rotated = extract("rotated.pdf", factory.rotated_page_pdf(factory.t2021_review_spec(data), [48] * 15))
    assert rotated.grids == [factory.expand(factory.t2021_review_spec(data))]
    sideways = extract("sideways.pdf", factory.rotated_page_pdf(factory.t2021_review_spec(data), [48] * 15,
                                                                declared=False))
    assert sideways.grids == [factory.expand(factory.t2021_review_spec(data))]
    assert "未经复议直接起诉" in sideways.text


def test_docx_and_xlsx_content_types_and_text():
    docx = extract("download.do", factory.e2014_docx(),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert docx.kind == "docx" and docx.warnings == []
    assert "本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。" in docx.text
    assert "（一）收到申请数 | 件 | 23" in docx.text
    wrapped = extract("report.docx", factory.in_content_controls(factory.e2014_docx()))
    assert wrapped.grids == docx.grids == [factory.expand(factory.e2014_spec())]
    xlsx = extract("table.xlsx", factory.t2021_xlsx(factory.numbered_t2021()))
    assert xlsx.pages == 3 and xlsx.text.splitlines()[0] == "主动公开"


def test_office_web_pages_published_as_doc_and_xls_are_read_as_html():
    """Word/Excel "save as web page" output under a .doc/.xls name, plain (GBK) or single-file MHT."""
    html_facts = key_values(facts_from_grids(grids_from_html(factory.e2014_html()))[0])
    word_page = factory.word_web_page(factory.E2014_PROSE[0], [*factory.E2014_PROSE[1:], factory.e2014_spec()])
    as_doc = extract("erdao.doc", word_page, "application/msword")
    assert as_doc.kind == "doc" and as_doc.error is None
    assert key_values(facts_from_grids(as_doc.grids)[0]) == html_facts
    assert "2017年，我区接到依申请政府信息23件" in as_doc.text
    as_mht = extract("erdao.xls", factory.mht_file(factory.e2014_html()))
    assert as_mht.kind == "xls" and as_mht.error is None
    assert key_values(facts_from_grids(as_mht.grids)[0]) == html_facts
    assert as_mht.warnings[-1] == "xls file is an office web page (MHT), read as HTML"


def test_ofd_text_and_its_table_columns():
    rows = [(label, unit, value) if unit else label for label, unit, value in factory.E2014_ROWS]
    content = extract("erdao.ofd", factory.ofd_file([*factory.E2014_PROSE, ("统计指标", "单位", "统计数"), *rows]))
    assert content.kind == "ofd" and content.error is None and content.pages == 1
    assert "2017年，我区接到依申请政府信息23件" in content.text
    html_facts, _ = facts_from_grids(grids_from_html(factory.e2014_html()))
    facts, template = facts_from_grids(content.grids)
    assert template == "e2014"
    assert key_values(facts) == key_values(html_facts)


def test_demo_portal_files_match_their_html_twins():
    """The generated demo attachments (XLS and DOC included, made by LibreOffice) give the HTML facts."""
    e2014_facts = key_values(facts_from_grids(grids_from_html(factory.e2014_html()))[0])
    t2021_facts = key_values(facts_from_grids(grids_from_html(factory.t2021_html(factory.seed_t2021())))[0])
    for name in ("erdao-2017.docx", "erdao-2017-table.xlsx", "erdao-2017-table.xls", "zhanghe-2021.pdf"):
        content = extract(name, (DEMO_FILES / name).read_bytes())
        assert content.error is None, name
        expected = t2021_facts if name.startswith("zhanghe") else e2014_facts
        assert key_values(facts_from_grids(content.grids)[0]) == expected, name
