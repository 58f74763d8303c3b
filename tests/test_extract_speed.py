"""The cheaper extraction paths give what the plain ones gave (pipelines/extract.py)."""

from __future__ import annotations

import copy

import pytest

from pipelines import extract
from pipelines.extract import META_LABELS, extract_body, parse_html

PARAGRAPH = "本机关全年共收到政府信息公开申请一百二十件，均已按期答复，没有因此被申请行政复议的情况。" * 3


def test_every_label_is_found_by_the_shorter_label_pattern() -> None:
    for label in META_LABELS:
        assert extract._META_LABEL_IN_TEXT.search(f"xx{label}：yy"), label


@pytest.mark.parametrize("html", [
    "<p>发布机构：<span>某局</span></p>tail",
    "<div><span>来源：</span><b>某局</b></div>",
    "<li>索引号：<img src='a.png' alt=' 图 '>123</li>",
    "<p>时间：<br>2020-01-02</p>",
    "<span>日期：2020-01-02</span> after",
])
def test_a_metadata_block_prints_as_its_rendered_copy(html: str) -> None:
    block = parse_html(f"<html><body>{html}</body></html>").find("body")[0]
    assert extract._block_text(block) == extract._render(copy.deepcopy(block))[0]


def test_noise_is_named_by_the_class_or_the_id() -> None:
    html = ("<html><body><div class='article'><p>" + PARAGRAPH + "</p>"
            "<div class='box' id='share'>分享到微信</div><div class='print_box'>打印本页</div>"
            "<div class='boxes' id='x'>保留这一行文字</div></div></body></html>")
    body = extract_body(html, "http://example.org/a.html").body
    assert "分享到微信" not in body and "打印本页" not in body and "保留这一行文字" in body


def test_a_stripped_furniture_tail_still_counts_for_its_block_in_the_density_fallback() -> None:
    # no known container: the densest block wins, and the text behind the <header> belongs to the first div
    html = ("<html><body><div><header>站点导航</header>" + PARAGRAPH + "</div>"
            "<div><p>短的一段文字，二十个字以上的一段话在这里。</p></div></body></html>")
    body = extract_body(html, "http://example.org/a.html").body
    assert body.startswith("本机关全年") and "站点导航" not in body


def test_line_breaks_and_their_neighbours_stay_on_their_own_lines() -> None:
    html = ("<html><body><div class='TRS_Editor'>第一行<br>第二行<br/><br>第三行<hr>第四行"
            "<p>" + PARAGRAPH + "</p></div></body></html>")
    body = extract_body(html, "http://example.org/a.html").body
    assert body.split("\n")[:4] == ["第一行", "第二行", "第三行", "第四行"]
