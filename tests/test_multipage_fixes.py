"""Paged reports: a short page's CMS container is its text, and a 全文 or print capture is not joined twice."""

from __future__ import annotations

import pytest

from pipelines.extract import Extracted, extract_body, join_pages

FOOTER = "<div class='foot'><p>主办：某县人民政府办公室 承办：某县信息中心 网站标识码：4307260001</p></div>"
PARAGRAPHS = "".join(f"<p>（{n}）第{n}段正文，全年主动公开政府信息{n}00条，依申请公开政府信息办理情况良好。</p>"
                     for n in "一二三")


def page(article: str, outside: str = FOOTER) -> str:
    return f"<html><body><div class='TRS_Editor'>{article}</div>{outside}</body></html>"


@pytest.mark.parametrize("text", ["15件。", "一、总体情况", "特此报告。"])
def test_short_cms_container_is_the_body(text: str) -> None:
    assert extract_body(page(f"<p>{text}</p>"), "http://x.gov.cn/t1_1.html").body == text


@pytest.mark.parametrize("article", ["", "<p>【打印】【关闭】</p>", "<p>分享到：</p>", "<p>12</p>"])
def test_container_without_words_falls_back_to_the_densest_block(article: str) -> None:
    body = extract_body(page(article, f"<div class='main'>{PARAGRAPHS}</div>"), "http://x.gov.cn/t1.html").body
    assert body.startswith("（一）第一段正文") and "打印" not in body


HEADER = ["申请人情况 | 自然人 | 法人或其他组织 | 总计", "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他"]
PROSE = "一、总体情况\n本年度共主动公开政府信息1520条，及时准确发布各类政府信息。\n三、收到和处理政府信息公开申请情况"
ROWS_1 = ["一、本年新收政府信息公开申请数量 | 14 | 4 | 0 | 0 | 2 | 0 | 20",
          "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2"]
ROWS_2 = ["（四）无法提供 | 1.本机关不掌握相关政府信息 | 3 | 1 | 0 | 0 | 0 | 0 | 4",
          "2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0"]
PAGED = [Extracted("\n".join([PROSE, *HEADER, *ROWS_1])), Extracted("\n".join([*HEADER, *ROWS_2]))]  # header again
WHOLE = Extracted("\n".join([PROSE, *HEADER, *ROWS_1, *ROWS_2, "本年度未收取信息处理费。"]))


def test_page_repeating_a_table_header_is_kept_when_its_rows_are_new() -> None:
    assert join_pages(PAGED).body == "\n".join([PROSE, *HEADER, *ROWS_1, *HEADER, *ROWS_2])


@pytest.mark.parametrize("captures", [[*PAGED, WHOLE], [WHOLE, *PAGED]], ids=["whole-last", "whole-first"])
def test_whole_text_capture_of_pages_repeating_a_header_is_joined_once(captures: list[Extracted]) -> None:
    assert join_pages(captures).body == WHOLE.body
