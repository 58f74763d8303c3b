"""pipelines.tables: HTML expansion and text tables → Grids."""

from pathlib import Path

from lxml import etree

from pipelines.tables import grids_from_elements, grids_from_html, grids_from_text, is_cells_line

DATA = Path(__file__).parent / "data" / "tables"


def test_rowspan_and_colspan_repeat_the_cell_text():
    html = """<table>
      <tr><td rowspan="2">A</td><td colspan="2">B</td></tr>
      <tr><td>c1</td><td>c2</td></tr>
      <tr><td colspan="3">D</td></tr></table>"""
    assert grids_from_html(html) == [[["A", "B", "B"], ["A", "c1", "c2"], ["D", "D", "D"]]]


def test_rowspan_at_the_end_of_a_row_and_th_tbody():
    html = """<table><thead><tr><th>h1</th><th rowspan="3">tail</th></tr></thead>
      <tbody><tr><td>x</td></tr><tr><td>y</td></tr></tbody></table>"""
    assert grids_from_html(html) == [[["h1", "tail"], ["x", "tail"], ["y", "tail"]]]


def test_cell_text_collapses_whitespace_and_keeps_line_parts_apart():
    html = """<table><tr><td><p>结果</p><p>维持</p></td><td>&nbsp;1,234&nbsp;</td>
      <td>其他<br/>结果</td><td><span>科研</span>\u3000<span>機構</span></td><td>&nbsp;</td></tr></table>"""
    assert grids_from_html(html) == [[["结果 维持", "1,234", "其他 结果", "科研 機構", ""]]]


def test_garbage_spans_read_as_one():
    html = """<table><tr><td colspan="0">a</td><td colspan="abc">b</td><td rowspan="">c</td>
      <td colspan="9999">d</td><td colspan="2;">e</td><td colspan="-3">f</td><td colspan=" +2">g</td></tr></table>"""
    assert grids_from_html(html) == [[["a", "b", "c", "d", "e", "e", "f", "g", "g"]]]


def test_overshooting_rowspan_is_clamped_and_gaps_before_a_rowspan_are_blank():
    html = """<table><tr><td>a</td><td>b</td><td rowspan="40">r</td></tr>
      <tr><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>"""
    assert grids_from_html(html) == [[["a", "b", "r"], ["c", "", "r"], ["d", "e", "r"]]]


def test_nested_layout_tables_give_only_the_inner_data_tables():
    html = """<table><tr><td><img src="x.png"></td></tr></table>
      <table width="100%"><tr><td>
        <table><tr><td>1</td><td>2</td></tr></table>
        <div><table><tr><td>3</td><td>4</td></tr><tr><td>5</td><td>6</td></tr></table></div>
      </td></tr></table>
      <table><tr><td>只有一格</td></tr></table>"""
    assert grids_from_html(html) == [[["1", "2"]], [["3", "4"], ["5", "6"]]]


def test_broken_html_scripts_and_comments():
    html = """<div><table><tr><td>a<!-- hidden --></td><td>b<script>var x='<td>z</td>'</script>
      <tr><td>c<td>d</table></div><p>after"""
    assert grids_from_html(html) == [[["a", "b"], ["c", "d"]]]


def test_xhtml_with_an_xml_declaration():
    html = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><table><tr><td>a</td><td>b</td></tr></table></body></html>'
    assert grids_from_html(html) == [[["a", "b"]]]


def test_no_tables():
    assert grids_from_html("") == []
    assert grids_from_html("<p>没有表格</p>") == []
    assert grids_from_text("") == []


def test_pipe_rows_keep_non_empty_cells_in_reading_order():
    grids = grids_from_text((DATA / "seed003.txt").read_text(encoding="utf-8"))
    assert [len(g) for g in grids] == [14, 28, 4]
    section2, section3, section4 = grids
    assert section2[1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert section2[13] == ["行政事业性收费", "7.522"]
    assert section3[2] == ["商业 企业", "科研 机构", "社会公益组织", "法律服务机构", "其他"]
    assert section3[5] == ["三、本年度办理结果", "(一)予以公开", *["0"] * 7]
    assert section4[1][:4] == ["结果维持", "结果 纠正", "其他 结果", "尚未 审结"]
    assert section4[3] == ["0"] * 15


def test_one_value_per_line_rows_join_wrapped_labels():
    grids = grids_from_text((DATA / "seed002.txt").read_text(encoding="utf-8"))
    assert len(grids) == 1
    rows = grids[0]
    assert ["(一) 主动公开政府信息数(不同渠道和方式公开相同信息计1条)", "条", "4156"] in rows
    assert ["一、主动公开情况"] in rows  # a heading row without values
    assert ["一)维持具体行政行为数", "件", "15"] in rows
    assert ["(三)接受培训人员数", "人次", "70"] in rows
    assert sum(1 for r in rows if len(r) == 3) == 59


def test_one_value_per_line_with_several_values_and_a_lost_value():
    text = "\n".join(["统计表", "自然人", "一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1",
                      "（一）收到申请数", "件", "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0"])
    rows = grids_from_text(text)[0]
    assert ["一、本年新收政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"] in rows
    assert ["（一）收到申请数", "件", ""] in rows
    assert ["二、上年结转政府信息公开申请数量", *["0"] * 7] in rows


def test_a_bar_alone_between_values_of_a_cell_per_line_table_is_an_empty_cell():
    # "7 |", "|", "52 |": the empty 本年增/减 keeps its column; the bar after the last value ends the row
    text = "\n".join(["信息内容 |", "上一年项目数量 |", "本年增/减 |", "处理决定数量 |", "|",
                      "行政许可 |", "7 |", "|", "52 |", "|", "其他对外管理服务事项 |", "3 |", "1 |", "11 |", "|",
                      "行政处罚 |", "|", "|", "8 |", "||"])
    rows = grids_from_text(text)[0]
    assert ["行政许可", "7", "", "52"] in rows
    assert ["其他对外管理服务事项", "3", "1", "11"] in rows
    assert ["行政处罚", "", "", "8"] in rows  # blanks between the label and the first value keep their places too


def test_a_value_printed_with_its_unit_is_a_value_line():
    text = "\n".join(["信息内容", "采购项目数量", "采购总金额", "政府集中采购", "4", "318.52万元",
                      "行政事业性收费", "6", "0", "行政许可", "2", "9"])
    assert ["政府集中采购", "4", "318.52万元"] in grids_from_text(text)[0]


def test_prose_is_not_a_table():
    text = "一、概述\n2017年，我区接到申请23件。\n-\n二、主动公开\n全年公开信息4156条。\n"
    assert grids_from_text(text) == []


def test_grids_from_elements_reads_tables_of_a_parsed_page_like_grids_from_html() -> None:
    html = ('<div><table><tr><td rowspan="2">A<br>a</td><td>1</td></tr><tr><td>2</td></tr></table>'
            '<table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table></div>')
    root = etree.fromstring(html, etree.HTMLParser())
    assert grids_from_elements(root.iter("table")) == grids_from_html(html) == [
        [["A a", "1"], ["A a", "2"]], [["x", "y"]]]


def test_cells_lines_are_told_from_prose():
    for line in ("无", "件 无", "条 4156", "结果纠正 无", "（七）总计 无 无 2 1 1 无 4", "行政复议 其他结果 —"):
        assert is_cells_line(line), line
    # prose, and a wrapped line that ends with its number (the unit comes on the next line)
    for line in ("全年受理申请3件。", "共受理政府信息公开申请 12", "2022年度政府信息公开工作年度报告", "无正当理由"):
        assert not is_cells_line(line), line
