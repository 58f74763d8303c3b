"""Body furniture and titles of CMS article pages (tests/test_probe_real_cms_pages.py): a title printed on two lines
in the article, a <dl> metadata block above the text, a footer nested in the article."""

from __future__ import annotations

from pipelines.extract import extract_body

AGENCY = "某县自然资源局"
TEXT = ("<p>2021年，本局坚持以公开为常态、不公开为例外，全年主动公开政府信息一千余条，依申请公开办理二十四件。</p>"
        "<p>一、总体情况</p><p>本年度未收取政府信息公开信息处理费，无行政复议和行政诉讼案件。</p>")
SIGNATURE = f"<p>{AGENCY}</p><p>2022年1月1日</p>"
FOOTER = ('<div class="yqlj"><span>政府网站：</span><select><option>某市人民政府</option></select></div>'
          '<div class="footer"><p><a href="/map">网站地图</a> | <a href="#">联系我们</a></p>'
          "<p>主办单位：某县人民政府办公室 版权所有</p>"
          "<p>网站标识码：4452240001 粤ICP备05001457号 粤公网安备 44522402000123号</p></div>")


def _page(article: str, title: str = "某县人民政府", after: str = "") -> str:
    return f"<html><head><title>{title}</title></head><body>{article}{after}</body></html>"


def test_title_printed_on_two_lines_in_the_article_and_its_metadata_line_are_no_body():
    # (text enough for the generic "article" container, which holds the heading)
    html = _page(f'<div class="article"><h3>{AGENCY}<br/>2021年政府信息公开工作年度报告</h3>'
                 '<p class="source">发布日期：2022-01-20 作者：管理员 阅读：<em>312</em>次</p>'
                 f'<div class="articleCon">{TEXT * 3}{SIGNATURE}</div></div>')
    got = extract_body(html, "http://example.gov.cn/a.action")
    assert got.title == f"{AGENCY}2021年政府信息公开工作年度报告"
    assert got.body.startswith("2021年，本局")
    assert got.published == "2022-01-20"


def test_a_dl_metadata_block_above_the_text_is_no_body():
    html = _page('<div id="zoom"><div class="xxgk"><dl><dt>索引号</dt><dd>FJ00104-0300-2022-00011</dd>'
                 f"<dt>发布机构</dt><dd>{AGENCY}</dd><dt>生效日期</dt><dd>2022-01-09</dd>"
                 f"<dt>发文日期</dt><dd>2022-01-09</dd></dl></div>{TEXT}</div>",
                 f"{AGENCY}2021年政府信息公开工作年度报告")
    got = extract_body(html, "http://example.gov.cn/cms/html/1.html")
    assert got.body.startswith("2021年，本局")
    assert got.meta_block["生效日期"] == "2022-01-09"
    assert got.meta_block["发文日期"] == "2022-01-09"


def test_a_footer_nested_in_the_article_is_no_body():
    # a page cut inside a table cell: the cell is never closed, so the rest of the page nests in the article
    html = _page(f'<div class="TRS_Editor">{TEXT}{SIGNATURE}<table><tr><td><p>', f"{AGENCY}2021年政府信息公开工作年度报告",
                 after=f"</div>{FOOTER}")
    body = extract_body(html, "http://example.gov.cn/t1.html").body
    assert body.endswith(f"{AGENCY}\n2022年1月1日")
    for furniture in ("政府网站", "网站地图", "主办单位", "版权所有", "网站标识码", "ICP备", "公网安备"):
        assert furniture not in body


def test_a_report_sentence_about_the_site_registration_stays():
    sentence = "规范网站标识码、ICP备案编号和公网安备案编号的展示，网站标识码：4452240001 已在页面底部标注。"
    html = _page(f'<div class="TRS_Editor">{TEXT}<p>{sentence}</p><p>主办单位：某县人民政府办公室。</p></div>',
                 f"{AGENCY}2021年政府信息公开工作年度报告")
    body = extract_body(html, "http://example.gov.cn/t1.html").body
    assert body.endswith(f"{sentence}\n主办单位：某县人民政府办公室。")
