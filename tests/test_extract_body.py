"""Body extraction: CMS containers, density fallback, boilerplate removal, tables, metadata block, paging."""

from __future__ import annotations

from lxml import etree

from pipelines.extract import (
    Extracted,
    choose_title,
    extract_body,
    iso_date,
    join_pages,
    parse_html,
    parse_meta_block,
)
from pipelines.tables import TableText

PARAGRAPHS = "".join(f"<p>（{n}）第{n}段正文，全年主动公开政府信息{n}00条，依申请公开政府信息办理情况良好。</p>"
                     for n in "一二三四五")


def test_trs_container_wins_and_furniture_is_dropped() -> None:
    html = f"""<html><head><title>某市2019年政府信息公开工作年度报告_某市人民政府</title>
    <meta name="PubDate" content="2020-01-15 10:00"></head><body>
    <div class="nav"><a>首页</a><a>政务公开</a></div>
    <div id="content"><h1>某市2019年政府信息公开工作年度报告</h1>
    <div class="TRS_Editor"><style>p{{margin:0}}</style>{PARAGRAPHS}<script>alert(1)</script></div>
    <div class="share">分享到：微信 微博</div><p>【打印】【关闭】</p>
    <p>上一篇：关于印发政务公开工作要点的通知</p><p>下一篇：2019年部门决算</p></div>
    <div class="footer">网站标识码：3301000019</div></body></html>"""
    page = extract_body(html, "http://www.x.gov.cn/art/1.html")
    assert page.body.split("\n") == [f"（{n}）第{n}段正文，全年主动公开政府信息{n}00条，依申请公开政府信息办理情况良好。"
                                     for n in "一二三四五"]
    assert page.title == "某市2019年政府信息公开工作年度报告"
    assert page.page_title == "某市2019年政府信息公开工作年度报告_某市人民政府"
    assert page.published == "2020-01-15"
    assert page.meta_block["网站标识码"] == "3301000019"


def test_density_fallback_finds_the_text_block_in_layout_tables() -> None:
    links = "".join(f"<li><a href='/c{i}'>栏目名称第{i}个链接文字比较长</a></li>" for i in range(30))
    html = f"""<html><body><table><tr><td><ul>{links}</ul></td>
    <td><table><tr><td>{PARAGRAPHS}</td></tr></table></td></tr></table>
    <table><tr><td>版权所有 主办单位：某市人民政府办公室</td></tr></table></body></html>"""
    body = extract_body(html, "http://www.x.gov.cn/a.html").body
    assert body.startswith("（一）第一段正文")
    assert "栏目名称" not in body and "版权所有" not in body


def test_data_table_rows_read_in_order_and_are_returned_as_grids() -> None:
    html = f"""<html><body><div id="zoom">{PARAGRAPHS}
    <table border="1"><tr class="header"><td rowspan="2">信息内容</td><td colspan="2">本年</td></tr>
    <tr><td>制发件数</td><td>废止件数</td></tr><tr><td>规章</td><td>0</td><td>&nbsp;</td></tr></table>
    <p><img src="../pic/t1.jpg"><img src=" "></p></div></body></html>"""
    page = extract_body(html, "http://www.x.gov.cn/art/2021/1/1/art_1_2.html")
    assert "信息内容 | 本年\n制发件数 | 废止件数\n规章 | 0" in page.body
    assert len(page.tables) == 1 and page.tables[0].grid == [
        ["信息内容", "本年", "本年"], ["信息内容", "制发件数", "废止件数"], ["规章", "0", ""]]
    assert page.tables[0].lines == ["信息内容 | 本年", "制发件数 | 废止件数", "规章 | 0"]
    assert page.images == ["http://www.x.gov.cn/art/2021/1/pic/t1.jpg"]


def test_lines_inside_a_table_cell_are_one_row_line_with_a_space_between_them() -> None:
    html = f"""<html><body><div id="zoom">{PARAGRAPHS}<table border="1">
    <tr><td>（一）主动公开政府信息数<br>（不同渠道和方式公开相同信息计1条）</td><td>条</td><td><p>4156</p>
    </td></tr><tr><td><p>规章</p><p>（件）</p></td><td>1</td><td>2</td></tr></table></div></body></html>"""
    page = extract_body(html, "http://www.x.gov.cn/art/2021/1/1/art_1_2.html")
    assert page.tables[0].lines == ["（一）主动公开政府信息数 （不同渠道和方式公开相同信息计1条） | 条 | 4156",
                                    "规章 （件） | 1 | 2"]
    assert page.tables[0].grid[0][0] == "（一）主动公开政府信息数 （不同渠道和方式公开相同信息计1条）"
    assert "（一）主动公开政府信息数 （不同渠道和方式公开相同信息计1条） | 条 | 4156\n规章 （件） | 1 | 2" in page.body


def test_meta_block_pairs_in_a_table_and_on_one_line() -> None:
    text = ("索引号： | 330523/2019-04682 | 分类： | 年度报告\n发布机构：安吉县人民政府办公室 发文日期：2019-03-07\n"
            "文号： | 有效性： | 有效\n网站标识码：3305230001 浙ICP备05000000号")
    meta = parse_meta_block(text)
    assert meta == {"索引号": "330523/2019-04682", "分类": "年度报告", "发布机构": "安吉县人民政府办公室",
                    "发文日期": "2019-03-07", "有效性": "有效", "网站标识码": "3305230001"}


def test_title_choice_prefers_a_report_title() -> None:
    assert choose_title([None, "政务公开", "长春市二道区人民政府-二道区人民政府2017年度政府信息公开工作报告"]) == \
        "二道区人民政府2017年度政府信息公开工作报告"
    assert choose_title(["通知公告_某县人民政府"]) == "通知公告"
    assert choose_title([None, ""]) is None


def test_iso_date_forms() -> None:
    assert iso_date("发布时间：2019年3月5日 15:14") == "2019-03-05"
    assert iso_date("2021/02/05") == "2021-02-05"
    assert iso_date("2019-13-40") is None
    assert iso_date(None) is None


def test_title_and_meta_lines_at_the_top_of_the_body_are_removed() -> None:
    html = f"""<html><head><title>X县2018年政府信息公开工作年度报告</title></head><body><div class="article-content">
    <p>X县2018年政府信息公开工作年度报告</p><p>发布时间：2019-03-05 来源：县政府办</p>{PARAGRAPHS}</div></body></html>"""
    page = extract_body(html, "http://x.gov.cn/")
    assert page.body.startswith("（一）")
    assert page.meta_block["来源"] == "县政府办"


def test_broken_and_empty_html_do_not_raise() -> None:
    assert extract_body("", "http://x.gov.cn/").body == ""
    assert extract_body("<?xml version='1.0' encoding='utf-8'?><html><body><p>正文内容</p></body></html>",
                        "http://x.gov.cn/").body == "正文内容"
    assert "未闭合" in extract_body("<div><p>未闭合的<b>标签<table><tr><td>单元格", "http://x.gov.cn/").body


def test_join_pages_keeps_order_and_drops_repeated_headers() -> None:
    table_1, table_2 = TableText([["1", "2"]], ["1 | 2"]), TableText([["3", "4"]], ["3 | 4"])
    first = Extracted("某区2020年政府信息公开工作年度报告\n一、总体情况\n第一页正文。", "某区2020年政府信息公开工作年度报告",
                      [table_1], ["http://x/1.jpg"], "2021-01-20", {"索引号": "1"})
    second = Extracted("某区2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二页正文。",
                       "某区2020年政府信息公开工作年度报告", [table_2], ["http://x/1.jpg", "http://x/2.jpg"],
                       None, {"索引号": "2", "文号": "x"})
    joined = join_pages([first, second])
    assert joined.body == ("某区2020年政府信息公开工作年度报告\n一、总体情况\n第一页正文。\n"
                           "二、主动公开政府信息情况\n第二页正文。")
    assert joined.tables == [table_1, table_2]
    assert joined.images == ["http://x/1.jpg", "http://x/2.jpg"]
    assert joined.meta_block == {"索引号": "1", "文号": "x"}
    assert joined.published == "2021-01-20"
    assert join_pages([]).body == ""


def test_title_from_a_title_class_and_date_from_the_signature() -> None:
    html = f"""<html><head><title>政务公开</title></head><body><div class="btns">【打印】【关闭】</div>
    <div class="article-title">某镇2016年政府信息公开工作年度报告</div><div id="zoom">{PARAGRAPHS}
    <p>某镇人民政府</p><p>2017年3月20日</p></div></body></html>"""
    page = extract_body(html, "http://x.gov.cn/")
    assert page.title == "某镇2016年政府信息公开工作年度报告"
    assert page.published == "2017-03-20"


def test_furniture_lines_inside_the_container_are_dropped() -> None:
    furniture = ["【字体：大 中 小】", "【打印本页】 【关闭窗口】", "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页",
                 "上一篇：无", "當前位置：首頁 > 年報", "瀏覽次數：", "【我要纠错】", "|||||"]
    html = "<html><body><div id='zoom'>" + "".join(f"<p>{f}</p>" for f in furniture) + PARAGRAPHS + "</div></body></html>"
    assert extract_body(html, "http://x.gov.cn/").body.startswith("（一）第一段正文")


def test_bars_alone_under_a_cell_of_a_flattened_table_stay() -> None:
    # a table pasted one cell per line prints its empty cells as bars; a bar line elsewhere is a menu separator
    cells = ["行政许可 |", "7 |", "|", "52 |", "||"]
    html = ("<html><body><div id='zoom'><p>|</p>" + PARAGRAPHS + "".join(f"<p>{c}</p>" for c in cells)
            + "</div></body></html>")
    body = extract_body(html, "http://x.gov.cn/").body
    assert body.startswith("（一）第一段正文") and body.endswith("\n".join(cells))


def test_html5_furniture_and_a_page_wide_form() -> None:
    html = f"""<html><body><form id="form1" method="post"><header><nav>首页 政务公开</nav>
    <h1>某县2015年政府信息公开工作年度报告</h1></header>
    <main><div class="con">{PARAGRAPHS}</div></main>
    <footer>主办单位：某县人民政府办公室 网站标识码：3301000019</footer></form></body></html>"""
    page = extract_body(html, "http://x.gov.cn/")
    assert page.body.startswith("（一）第一段正文") and "政务公开" not in page.body and "主办单位" not in page.body
    assert page.title == "某县2015年政府信息公开工作年度报告"
    assert page.meta_block["网站标识码"] == "3301000019"


def test_title_typed_as_the_first_line_of_the_body() -> None:
    html = f"""<html><head><title>某区人民政府</title></head><body><div class="TRS_Editor">
    <p align="center">某区教育局2016年政府信息公开工作年度报告</p>{PARAGRAPHS}</div></body></html>"""
    page = extract_body(html, "http://x.gov.cn/")
    assert page.title == "某区教育局2016年政府信息公开工作年度报告"
    assert page.body.startswith("（一）")


def test_body_rendering_of_blocks_layout_tables_image_alt_and_cells_with_odd_spaces() -> None:
    html = ('<html><body><div id="zoom"><p>第一段正文，全年主动公开政府信息100条。<img src="a.png" alt="图一">后文</p>'
            '<table class="layout">布局文字<tr><td>左栏说明<br>第二行</td><td><table border="1">'
            '<tr><th>项目</th><th>数量</th></tr><tr><td>规章\t制发</td><td>1\u3000</td></tr></table></td></tr></table>'
            '<ul><li>一项</li><li>二项<span>内联</span>尾</li></ul>结尾文字<br>签名</div></body></html>')
    page = extract_body(html, "http://www.x.gov.cn/a/b.html")
    assert page.body == ("第一段正文，全年主动公开政府信息100条。图一后文\n左栏说明\n第二行\n项目 | 数量\n规章 制发 | 1\n"
                         "一项\n二项内联尾\n结尾文字\n签名")  # a layout table's own text is not page text
    assert page.images == ["http://www.x.gov.cn/a/a.png"]
    assert page.tables[0].grid == [["项目", "数量"], ["规章 制发", "1"]]


def test_a_hidden_print_copy_is_dropped_but_a_hidden_body_shown_by_script_is_kept() -> None:
    copy = f'<div style="display: none" class="article-copy">{PARAGRAPHS}</div>'
    more = "<p>二、主动公开政府信息情况。本机关全年主动公开各类政府信息，并通过政府网站、政务新媒体等渠道发布。</p>" * 3
    page = extract_body(f"<html><body><div id='zoom'>{PARAGRAPHS}{more}{copy}</div></body></html>", "http://x.gov.cn/")
    assert page.body.count("（一）第一段正文") == 1
    only_hidden = f"<html><body><div id='zoom'><p>加载中</p>{copy}</div></body></html>"
    assert "（五）第五段正文" in extract_body(only_hidden, "http://x.gov.cn/").body


def test_pager_lines_are_dropped_but_lines_of_numbers_are_kept() -> None:
    html = (f"<html><body><div id='zoom'>{PARAGRAPHS}<p>12</p><p>3 5</p>"
            "<div class='pg'>首页 上一页 1 2 下一页 尾页</div><div>共2页</div></div></body></html>")
    body = extract_body(html, "http://x.gov.cn/").body
    assert body.endswith("\n12\n3 5")


def test_the_file_list_after_the_article_block_and_link_only_file_blocks_stay_in_the_body() -> None:
    html = (f"<html><body><div id='zoom'>{PARAGRAPHS}<p>附件：</p><div><p><a href='/f/1.xls'>1.统计表.xls</a></p>"
            "<p><a href='/f/2.pdf'>2.年度报告.pdf</a></p></div></div>"
            "<div class='fj'>附件：<a href='/f/3.docx'>年度报告（Word版）.docx</a></div></body></html>")
    body = extract_body(html, "http://www.x.gov.cn/art/2022/1/20/art_1.html").body
    assert body.endswith("附件：\n1.统计表.xls\n2.年度报告.pdf\n附件：年度报告（Word版）.docx")


def test_a_footer_label_right_after_a_number_is_read() -> None:
    # footers print their spans without a space: "…号-1网站识别码：…" (识别码 is a wording of 标识码)
    meta = parse_meta_block("ICP备案号：京ICP备05012345号-1网站识别码：3210000018 技术支持：某公司")
    assert meta["网站标识码"] == "3210000018"
    assert "时间" not in parse_meta_block("办理时间：工作日")  # a label inside a word is none


def test_the_site_code_right_after_a_word_is_read_up_to_the_next_span() -> None:
    # "…大数据中心" + "网站标识码：…" + "京ICP备…" printed as adjacent spans
    meta = parse_meta_block("承办单位：北京市朝阳区人民政府大数据中心网站标识码：1101050001京ICP备05061234号")
    assert meta["网站标识码"] == "1101050001"


def test_a_year_less_report_title_beats_the_site_name() -> None:
    assert choose_title([None, "天水市人民政府--天水市档案局政府信息公开工作年度报告"]) == "天水市档案局政府信息公开工作年度报告"


def test_a_table_whose_end_tag_is_missing_is_closed_by_the_next_table() -> None:
    html = ("<html><body><div class='article'><p>三、收到和处理政府信息公开申请情况</p>"
            "<table><tr><td>本年新收</td><td>14</td></tr><tr><td>上年结转</td><td>2</td></tr>"
            "<p>四、行政复议情况</p><table><tr><td>维持</td><td>1</td></tr><tr><td>纠正</td><td>0</td></tr></table>"
            "<p>五、存在的主要问题</p></div></body></html>")
    page = extract_body(html, "http://www.x.gov.cn/a.html")
    assert [t.grid for t in page.tables] == [[["本年新收", "14"], ["上年结转", "2"]], [["维持", "1"], ["纠正", "0"]]]
    assert page.body.index("上年结转") < page.body.index("四、行政复议情况") < page.body.index("维持")


def test_a_long_note_beside_the_values_keeps_a_statistics_table() -> None:
    note = "本年度依申请公开的信息均按规定时限答复，其中延期答复的原因为涉及第三方意见征询。" * 8
    rows = "".join(f"<tr><td>（{i}）指标{i}</td><td>件</td><td>{i}</td><td>{note if i == 3 else ''}</td></tr>"
                   for i in range(1, 7))
    html = f"<html><body><div class='article'><p>政府信息公开情况统计表</p><table>{rows}</table></div></body></html>"
    page = extract_body(html, "http://www.x.gov.cn/a.html")
    assert len(page.tables) == 1 and page.tables[0].grid[2][:3] == ["（3）指标3", "件", "3"]


def test_a_page_nested_deeper_than_libxml2_reads_is_read_whole() -> None:
    # libxml2 stops at 2048 levels and drops the rest of the page: the wrappers beyond 512 levels go instead
    deep = "<html><body>" + "<div>" * 5000 + "<p>报告正文</p>" + "</div>" * 5000 + "<table><tr><td>页脚</td></tr></table>"
    text = etree.tostring(parse_html(deep + "</body></html>"), encoding="unicode", method="text")
    assert "报告正文" in text and "页脚" in text


def test_a_date_without_a_label_under_the_heading_is_the_publication_date() -> None:
    html = ('<html><body><div class="article"><h1>某镇人民政府2024年政府信息公开工作年度报告</h1>'
            '<ul class="info"><li>某市人民政府门户网</li><li>2025-02-12 16:03</li></ul>'
            '<div class="TRS_Editor"><p>' + "本报告根据条例编制。" * 20 + '</p><p>发布于2019年3月1日的旧文件。</p>'
            '</div></div></body></html>')
    assert extract_body(html, "http://www.x.gov.cn/a.html").published == "2025-02-12"


def test_a_title_printed_on_two_lines_keeps_its_agency_line() -> None:
    html = ('<html><body><h1>2021年政府信息公开工作年度报告</h1><div class="TRS_Editor"><p>石末乡人民政府</p>'
            '<p>2021年政府信息公开工作年度报告</p><p>' + "依据条例要求编制本报告。" * 10 + '</p></div></body></html>')
    page = extract_body(html, "http://www.x.gov.cn/a.html")
    assert page.title == "石末乡人民政府2021年政府信息公开工作年度报告"
    assert page.body.startswith("依据条例要求编制本报告。")


def test_an_infographic_title_keeps_its_marker() -> None:
    assert choose_title(["一图读懂｜萧山区2022年政府信息公开工作年度报告"]) == "一图读懂｜萧山区2022年政府信息公开工作年度报告"
    assert choose_title(["某市审计局2021年政府信息公开工作年度报告-某市人民政府"]) == "某市审计局2021年政府信息公开工作年度报告"


def test_bold_numbered_headings_run_into_a_paragraph_get_a_line_of_their_own() -> None:
    html = ("<html><body><div id='zoom'><p><b>一、总体情况</b>2020年，街道办事处推进政务公开。"
            "<strong>（一）主动公开。</strong>全年发布信息145条。</p>"
            "<p><b><span>二、</span><span>主动公开政府信息情况</span></b><span>本年新制作规范性文件0件。</span></p>"
            "<p>二是推进<b>一、二级</b>目录建设，落实<b>（二）依申请公开</b>要求。" + "依法答复各类申请。" * 10
            + "</p></div></body></html>")
    assert extract_body(html, "http://x.gov.cn/").body.split("\n")[:6] == [
        "一、总体情况", "2020年，街道办事处推进政务公开。", "（一）主动公开。", "全年发布信息145条。",
        "二、主动公开政府信息情况", "本年新制作规范性文件0件。"]
    # a bold run inside a sentence, or a list of numbers in bold, stays in its sentence
    assert "二是推进一、二级目录建设，落实（二）依申请公开要求。" in extract_body(html, "http://x.gov.cn/").body


def test_a_related_links_line_inside_the_article_is_dropped() -> None:
    html = (f"<html><body><div id='zoom'>{PARAGRAPHS}<p>相关链接：<a href='/a'>省政府信息公开平台</a></p>"
            "<p>相关链接工作已按要求完成。</p></div></body></html>")
    assert extract_body(html, "http://x.gov.cn/").body.endswith("（五）第五段正文，全年主动公开政府信息五00条，依申请公开政府信息办理情况良好。"
                                                              "\n相关链接工作已按要求完成。")


def test_downloads_of_the_report_itself_after_the_article_are_no_body_text() -> None:
    copies = ("<div class='fj'>附件：<p><a href='/f/1.pdf'>石门镇2010年政府信息公开工作年度报告.pdf</a></p>"
              "<p><a href='/f/2.docx'>石门镇2010年政府信息公开工作年度报告.docx</a></p></div>")
    body = extract_body(f"<html><body><div id='zoom'>{PARAGRAPHS}</div>{copies}</body></html>", "http://x.gov.cn/").body
    assert body.endswith("依申请公开政府信息办理情况良好。") and "附件" not in body
    table = copies.replace("<p><a href='/f/2.docx'>石门镇2010年政府信息公开工作年度报告.docx</a></p>",
                           "<p><a href='/f/2.xls'>附件2：2010年政府信息公开情况统计表.xls</a></p>")
    body = extract_body(f"<html><body><div id='zoom'>{PARAGRAPHS}</div>{table}</body></html>", "http://x.gov.cn/").body
    assert body.endswith("良好。\n附件：\n附件2：2010年政府信息公开情况统计表.xls")


def test_dates_in_full_width_digits_and_without_a_colon() -> None:
    assert iso_date("发布时间：２０２２－０１－２５") == "2022-01-25"
    assert parse_meta_block("生成日期 2018-02-09 公开日期 2018-02-15") == {"生成日期": "2018-02-09", "公开日期": "2018-02-15"}
