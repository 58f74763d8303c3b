"""Body clean-up keeps report text that looks like page furniture: attachment lists naming an interpretation's
file, opening sentences that start with a label word; and drops a metadata table or <dl> opening the article."""

from __future__ import annotations

import pytest

from pipelines.extract import extract_body, interpretation_start

REPORT = "\n".join(["一、总体情况", "2021年，本县主动公开政府信息2316条，受理政府信息公开申请11件。" * 8,
                    "六、其他需要报告的事项", "无。"])


def _page(article: str) -> str:
    return (f"<html><head><title>某县2021年政府信息公开工作年度报告</title></head><body>"
            f"<div class='meta'>索引号：113304/2022-00017 发布机构：某县政府办</div>"
            f"<div id='zoom'>{article}<p>一、总体情况</p><p>{'本县主动公开政府信息2316条。' * 10}</p></div></body></html>")


@pytest.mark.parametrize("files", [
    ["附件：1.某县2021年政府信息公开工作年度报告（图解）", "2.某县2021年政务公开工作要点落实情况表"],
    ["附件：", "1.某县2021年政务公开工作要点落实情况表", "2.某县2021年政府信息公开工作年度报告（图解）"],
])
def test_attachment_list_is_no_interpretation(files):
    assert interpretation_start("\n".join([REPORT, *files])) is None


def test_interpretation_after_report_still_found():
    body = "\n".join([REPORT, "《某县2021年政府信息公开工作年度报告》解读", "一图读懂…"])
    assert interpretation_start(body) == len(REPORT) + 1


def test_numbered_line_without_attachment_label_may_be_interpretation():
    body = "\n".join([REPORT, "本年度报告已公开。", "2.某县2021年政府信息公开工作年度报告（图解）"])
    assert interpretation_start(body) is not None


@pytest.mark.parametrize("line", [
    "时间：2021年1月1日至2021年12月31日，本机关政府信息公开工作情况如下。",
    "来源：本报告数据来源于县政务公开平台统计系统。",
    "发布机构：某县政府办根据《条例》第五十条编制本报告，全文包括六个部分。",
])
def test_opening_sentence_with_label_word_kept(line):
    assert extract_body(_page(f"<p>{line}</p>"), "http://x.gov.cn/a.html").body.startswith(line)


@pytest.mark.parametrize("top", [
    "<p>发布时间：2022-01-21 来源：县政府办</p>",
    "<dl><dt>索引号：</dt><dd>113304/2022-00017</dd><dt>发布机构：</dt><dd>某县政府办</dd></dl>",
    "<table><tr><td>索引号</td><td>113304/2022-00017</td><td>发文字号</td><td></td></tr>"
    "<tr><td>发布机构</td><td>某县政府办</td><td>生成日期</td><td>2022-01-21</td></tr></table>",
    "<table><tr><td>索引号：113304/2022-00017</td><td>发布机构：某县政府办</td></tr></table>",
])
def test_metadata_block_at_article_top_dropped(top):
    extracted = extract_body(_page(top), "http://x.gov.cn/a.html")
    assert extracted.body.startswith("一、总体情况")
    assert not extracted.tables


def test_table_opening_with_label_but_holding_report_text_kept():
    top = ("<table><tr><td>时间</td><td>2021年</td></tr>"
           "<tr><td>主动公开</td><td>2316</td></tr></table>")
    extracted = extract_body(_page(top), "http://x.gov.cn/a.html")
    assert "主动公开 | 2316" in extracted.body


def test_label_then_sentence_below_kept():
    extracted = extract_body(_page("<p>来源：</p><p>本报告数据来源于县政务公开平台统计系统。</p>"), "http://x.gov.cn/a.html")
    assert "本报告数据来源于县政务公开平台统计系统。" in extracted.body
