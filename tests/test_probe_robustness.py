"""Robustness probe of `parse_report`: bad input never crashes the parser and never invents data.

Project rule: "Bad input always gets a clear error and loses nothing: a broken page, a wrong charset …"; the schema
(docs/schema.md, `problems`) lists "undecodable pages" and "encrypted or truncated attachments" as bad inputs that are
recorded, and says absence of a fact means "not reported", never zero (spec 2.7). Each case builds bytes as a real portal
(or a broken capture of one) would serve them and checks that `parse_report`
  * returns a Report (no exception) in reasonable time,
  * never produces a fact from garbage (binary bodies, placeholders, commented-out or scripted text),
  * never produces a value that differs from what the intact page says (a truncated or malformed page may lose
    facts, never change them),
  * keeps text that can be stored (no NUL, no lone surrogates, no raw control bytes in body/title/labels).
"""

from __future__ import annotations

import io
import math
import random
import re
import time
import zipfile

import attachment_factory as factory
import pytest
import test_probe_accuracy as p1

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

URL = "http://www.moumou.gov.cn/art/2022/1/20/art_1229_5501.html"
TITLE = "某某区人民政府2021年政府信息公开工作年度报告"
AGENCY = "某某区人民政府"
HTML = {"content-type": "text/html; charset=utf-8"}

# ---------------------------------------------------------------------------------------------------------------
# truth: the values printed in the page (tests/test_probe_accuracy.py BASE3/BASE4, spec 1(c) section 三/四 grids)
# ---------------------------------------------------------------------------------------------------------------

TRUTH: dict[str, float] = {}
for _row, _vals in p1.BASE3.items():
    for _col, _v in zip(p1.COLS, _vals, strict=True):
        TRUTH[f"{_row}.{_col}"] = float(_v)
for _key, _v in zip(
        ["review.upheld", "review.corrected", "review.other", "review.pending", "review.total",
         "litigation.direct.upheld", "litigation.direct.corrected", "litigation.direct.other",
         "litigation.direct.pending", "litigation.direct.total",
         "litigation.after_review.upheld", "litigation.after_review.corrected", "litigation.after_review.other",
         "litigation.after_review.pending", "litigation.after_review.total"], p1.BASE4, strict=True):
    TRUTH[_key] = float(_v)
KEY_VALUES = {"apply.received_new.total": 14.0, "apply.outcome.total.total": 13.0, "apply.carried_out.total": 3.0,
              "review.total": 2.0, "litigation.direct.total": 1.0}


def body_html(**kw) -> str:
    return p1.t2021_body(AGENCY, **kw)


def page(content: str | None = None, **kw) -> bytes:
    return p1.chrome_page(TITLE, body_html() if content is None else content, **kw)


GOOD = page()


def run(body: bytes, headers: dict[str, str] | None = None, url: str = URL, attachments=()) -> Report:
    report = parse_report([Fetched(url=url, body=body, headers=HTML if headers is None else headers)],
                          attachments=attachments)
    assert isinstance(report, Report)
    return report


REF = run(GOOD)
REF_VALUES = {(f.key, f.source): f.value for f in REF.facts if f.source in ("table", "text")}


def values(report: Report, source: str | None = "table") -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for f in report.facts:
        if source is None or f.source == source:
            out.setdefault(f.key, f.value)
    return out


def assert_storable(report: Report) -> None:
    """Text a careful reader could copy: no NUL, no lone surrogate, no C0 control bytes other than tab/newline."""
    texts = [report.body, report.title or "", report.agency or ""]
    texts += [f.raw_label or "" for f in report.facts] + [f.raw_value or "" for f in report.facts]
    for t in texts:
        t.encode("utf-8")  # raises on lone surrogates (surrogateescape leftovers)
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", t), repr(t[:200])
    for f in report.facts:
        assert f.value is None or math.isfinite(f.value), (f.key, f.value, f.raw_value)


def assert_no_invention(report: Report) -> None:
    """Every table/text fact agrees with the intact page (facts may be lost, never changed or made up)."""
    assert_storable(report)
    wrong = {(f.key, f.source): (f.value, REF_VALUES.get((f.key, f.source)))
             for f in report.facts if f.source in ("table", "text")
             and REF_VALUES.get((f.key, f.source), "missing") != f.value}
    assert wrong == {}


def assert_full_report(report: Report) -> None:
    """The report survived intact: every section 三/四 cell as printed, plus the metadata."""
    assert_no_invention(report)
    got = values(report)
    assert {k: got.get(k) for k in TRUTH} == TRUTH
    assert (report.year, report.template) == (2021, "t2021")


def assert_no_facts(report: Report) -> None:
    assert_storable(report)
    assert report.facts == []
    assert report.template is None


# ---------------------------------------------------------------------------------------------------------------
# 0. the reference page itself parses (anchor for every "no invention" comparison below)
# ---------------------------------------------------------------------------------------------------------------

def test_reference_page_is_read_fully() -> None:
    assert_full_report(REF)
    assert REF.title == TITLE and REF.errors == []


# ---------------------------------------------------------------------------------------------------------------
# 1. garbage bodies: no facts, no year, nothing invented; binary bodies are an error (schema: undecodable pages)
# ---------------------------------------------------------------------------------------------------------------

def _rand(n: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    return bytes(rnd.randrange(256) for _ in range(n))


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00\xff\xdb\x00C\x00" + _rand(6000, 1) + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00" + _rand(6000, 2)
GIF = b"GIF89a\x10\x00\x10\x00\x80\x00\x00" + _rand(3000, 3) + b"\x3b"


def _zip_of_garbage() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("data.bin", _rand(8000, 4))
        z.writestr("readme.txt", "not a document")
    return buf.getvalue()


ZIP = _zip_of_garbage()
GZIP_HTML = __import__("gzip").compress(GOOD)  # content-encoding lost by a broken proxy: compressed HTML as text
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + _rand(5000, 5)
PDF_GARBAGE = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n" + _rand(6000, 6) + b"\n%%EOF\n"

BINARY = {
    "jpeg": JPEG, "png": PNG, "gif": GIF, "zip": ZIP, "gzip_html": GZIP_HTML, "exe": EXE, "pdf_garbage": PDF_GARBAGE,
    "random_bytes": _rand(20000, 7), "nul_bytes": b"\x00" * 4096,
}


@pytest.mark.parametrize("kind", sorted(BINARY))
def test_binary_body_served_as_html_gives_no_facts(kind: str) -> None:
    """Schema `problems`: undecodable pages are recorded; spec 2.7: absent data is not reported, never zero."""
    r = run(BINARY[kind])
    assert_no_facts(r)
    assert r.year is None


@pytest.mark.parametrize("kind", ["zip", "gzip_html", "exe", "random_bytes", "nul_bytes"])
def test_binary_body_served_as_html_is_a_clear_error_and_not_body_text(kind: str) -> None:
    """Project rule: bad input gets a clear error; binary bytes are not 'the report's own text' (schema reports.body)."""
    r = run(BINARY[kind])
    assert r.errors, "binary garbage parsed silently"
    assert r.body == ""


@pytest.mark.parametrize("body", [b"", b"   \r\n\t  \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n \xe3\x80\x80\r\n",
                                  b"<html></html>", b"<!DOCTYPE html>", b"<html><head><title></title></head><body>"
                                  b"</body></html>"], ids=["empty", "whitespace", "bom_only", "bom_ideographic_space",
                                                           "html_only", "doctype_only", "empty_document"])
def test_empty_pages_give_an_empty_report(body: bytes) -> None:
    """Nothing printed → nothing recorded (spec 2.7: absence means not reported)."""
    r = run(body)
    assert_no_facts(r)
    assert (r.title, r.year, r.body.strip()) == (None, None, "")


def test_soft_404_page_gives_no_facts() -> None:
    """Spec 3.7: soft-404 pages (HTTP 200 with 页面不存在) carry no report."""
    body = p1.chrome_page("页面不存在", "<p>对不起，您访问的页面不存在或已被删除！</p><p>5秒后自动返回首页</p>")
    r = run(body)
    assert_storable(r)
    assert r.facts == []


def test_second_page_that_is_garbage_loses_nothing_from_the_first() -> None:
    """'Loses nothing': a multi-page report whose page 2 is a JPEG keeps page 1's facts and lists both parts."""
    pages = [Fetched(URL, GOOD, HTML), Fetched(URL.replace(".html", "_2.html"), JPEG, HTML)]
    r = parse_report(pages)
    assert_full_report(r)
    assert r.part_urls == [p.url for p in pages]
    assert r.errors


# ---------------------------------------------------------------------------------------------------------------
# 2. truncated captures: facts may be lost, never changed (spec 2.7 "absence means not reported")
# ---------------------------------------------------------------------------------------------------------------

def _cut_points() -> dict[str, int]:
    text = GOOD
    s3 = text.index("三、收到和处理政府信息公开申请情况".encode())
    s4 = text.index("四、政府信息公开行政复议".encode())
    withheld = text.index("4.保护第三方合法权益".encode())
    granted_row = text.index("（一）予以公开".encode())
    return {
        "mid_tag_in_header": text.index(b"<div class=\"crumb\"") + 7,
        "after_title_mid_multibyte": text.index(TITLE.encode()) + 4,  # inside a 3-byte UTF-8 character
        "section3_heading_only": s3 + 20,
        "mid_section3_header": s3 + 400,
        "mid_granted_row": granted_row + 80,
        "mid_withheld_rows": withheld + 2,
        "before_section4_table": s4 + 40,
        "mid_section4_values": text.rindex(b"<td>1</td>") + 3,
        "before_footer": text.index(b"<div class=\"share\">"),
        "last_byte_missing": len(text) - 1,
    }


CUTS = _cut_points()


@pytest.mark.parametrize("where", sorted(CUTS))
def test_truncated_utf8_page_never_changes_a_value(where: str) -> None:
    r = run(GOOD[:CUTS[where]])
    assert_no_invention(r)


def test_page_cut_after_section3_keeps_section3_exactly() -> None:
    """A capture cut before section 四 still has the whole section 三 grid (spec 1(c))."""
    r = run(GOOD[:CUTS["before_section4_table"]])
    got = values(r)
    sec3 = {k: v for k, v in TRUTH.items() if k.startswith("apply.")}
    assert {k: got.get(k) for k in sec3} == sec3
    assert not any(k.startswith(("review.", "litigation.")) for k in got)


def test_page_cut_mid_withheld_rows_has_no_carried_out_row() -> None:
    """Rows after the cut were never received: they must be absent, not zero (spec 2.7)."""
    r = run(GOOD[:CUTS["mid_withheld_rows"]])
    got = values(r)
    assert not any(k.startswith(("apply.carried_out", "apply.outcome.total", "review.")) for k in got)


def _gbk_page() -> bytes:
    return page(charset="gbk")


GBK = _gbk_page()


@pytest.mark.parametrize("frac", [0.37, 0.71, 0.93])
def test_truncated_gbk_page_mid_double_byte_never_changes_a_value(frac: float) -> None:
    """Spec 3.6: gbk pages decoded as GB18030; a cut inside a double-byte char must not derail decoding."""
    cut = int(len(GBK) * frac)
    while GBK[cut - 1] < 0x80:  # land right after a lead byte
        cut += 1
    r = run(GBK[:cut], {"content-type": "text/html"})
    assert_no_invention(r)


def test_gbk_page_with_broken_double_byte_in_prose_keeps_its_tables() -> None:
    """One invalid GBK byte pair in a paragraph (a damaged capture) must not switch the whole page to mojibake."""
    marker = "一是公开内容不够全面".encode("gbk")
    broken = GBK.replace(marker, marker[:3] + b"\xff\xfe" + marker[5:])
    r = run(broken, {"content-type": "text/html; charset=gbk"})
    assert_full_report(r)
    assert r.title == TITLE


# ---------------------------------------------------------------------------------------------------------------
# 3. size and depth: huge pages, deep nesting, wide tables, huge cells (time bounds are generous)
# ---------------------------------------------------------------------------------------------------------------

def _timed(body: bytes, limit: float, headers: dict[str, str] | None = None) -> Report:
    t0 = time.perf_counter()
    r = run(body, headers)
    elapsed = time.perf_counter() - t0
    assert elapsed < limit, f"{elapsed:.1f}s"
    return r


def test_five_megabyte_page_with_long_chrome() -> None:
    """A 5 MB page: the report plus thousands of sidebar links (portal chrome, spec 3.4)."""
    side = "".join(f"<li><a href='/art/2021/{i % 12 + 1}/{i % 28 + 1}/art_1229_{i}.html'>关于印发第{i}批"
                   f"重点工作任务分解方案的通知</a><span>2021-{i % 12 + 1:02d}-{i % 28 + 1:02d}</span></li>"
                   for i in range(38000))
    body = GOOD.replace(b'<div class="xxgk-meta">', f"<div class='side'><ul>{side}</ul></div>".encode()
                        + b'<div class="xxgk-meta">')
    assert len(body) > 5_000_000
    assert_full_report(_timed(body, 5.0))


def test_five_megabyte_inline_base64_image() -> None:
    """Word pastes images as data: URIs; a 5 MB attribute must not slow or derail the parse."""
    data = "A" * (5 * 2**20)
    body = GOOD.replace("五、存在的主要问题及改进情况".encode(),
                        f'<img src="data:image/png;base64,{data}"/>五、存在的主要问题及改进情况'.encode())
    assert_full_report(_timed(body, 5.0))


def test_five_megabyte_inline_script() -> None:
    """A 5 MB inline script (bundled JS) next to the report: no facts from code, same facts from the report."""
    js = "var d=[" + ",".join(str(i % 97) for i in range(1_800_000)) + "];"
    body = GOOD.replace(b"</head>", f"<script>{js}</script></head>".encode())
    assert len(body) > 5_000_000
    assert_full_report(_timed(body, 5.0))


@pytest.mark.parametrize("tag", ["div", "span"])
def test_two_thousand_deep_nesting_around_the_report(tag: str) -> None:
    """Generated CMS markup can nest thousands deep; the report inside must still be read (no RecursionError)."""
    content = f"<{tag}>" * 2000 + body_html() + f"</{tag}>" * 2000
    assert_full_report(_timed(page(content), 5.0))


def test_two_thousand_unclosed_font_tags() -> None:
    """Old editors leave <font> tags open; the report after them is still there."""
    content = "<font size='3'>" * 2000 + body_html()
    assert_full_report(_timed(page(content), 5.0))


def test_deeply_nested_layout_tables() -> None:
    """300 layout tables nested inside each other (table-based templates), report in the innermost cell."""
    content = "<table><tr><td>" * 300 + body_html() + "</td></tr></table>" * 300
    r = _timed(page(content), 5.0)
    assert_full_report(r)


def test_two_thousand_deep_nesting_inside_a_value_cell() -> None:
    """A value cell wrapped 2,000 deep in spans still reads as its number."""
    deep = "<span>" * 2000 + "14" + "</span>" * 2000
    s3 = p1.sec3_2021().replace("<td>14</td>", f"<td>{deep}</td>", 1)
    r = _timed(page(body_html(s3=s3)), 5.0)
    assert_no_invention(r)
    assert values(r).get("apply.received_new.total") == 14.0


def test_layout_table_of_500_columns_around_the_report() -> None:
    """A 500-column layout row (spacer cells) with the report in one cell."""
    cells = "<td width='1'>&nbsp;</td>" * 250
    content = f"<table><tr>{cells}<td>{body_html()}</td>{cells}</tr></table>"
    assert_full_report(_timed(page(content), 5.0))


def test_stray_500_column_data_table_gives_no_report_facts() -> None:
    """A 500-column table of numbers (a chart's data) on the page is not a statistics table of the template."""
    numbers = "<table><tr>" + "".join(f"<td>{i}</td>" for i in range(500)) + "</tr>" + "<tr>" + "".join(
        f"<td>{i * 3 % 7}</td>" for i in range(500)) + "</tr></table>"
    r = _timed(page(body_html() + numbers), 5.0)
    assert_full_report(r)


def test_cell_with_100kb_of_text() -> None:
    """A note row with 100 KB of prose inside section 三 (pasted explanation)."""
    note = "注：本表数据来源于政府信息公开申请登记台账，" * 4500
    assert len(note.encode()) > 100_000
    r = _timed(page(body_html(s3=p1.sec3_2021(note=note))), 5.0)
    assert_full_report(r)


def test_realistic_long_note_row_under_section3() -> None:
    """A ~400-character 说明 row under section 三 (seen on real pages explaining the 勾稽关系): values unchanged."""
    note = ("说明：1.本表“本年新收政府信息公开申请数量”包括通过当面、信函、网络、传真等渠道提交的申请；"
            "2.“上年结转”指2020年12月31日前收到但尚未办结的申请；3.同一申请人就同一事项重复提出申请的，"
            "按一件统计；4.本表所列数据统计期限自2021年1月1日起至2021年12月31日止。") * 3
    assert len(note) > 300
    r = run(page(body_html(s3=p1.sec3_2021(note=note))))
    assert_full_report(r)


def test_value_cell_with_100kb_of_digits_is_not_a_number() -> None:
    """100 KB of digits in a value cell is garbage, not a count: it must not become inf or a 10^100000 value."""
    s4 = p1.sec4().replace("<td>2</td>", f"<td>{'7' * 100_000}</td>", 1)
    r = _timed(page(body_html(s4=s4)), 5.0)
    assert_storable(r)
    assert values(r).get("review.total") in (None,)
    assert values(r).get("review.upheld") == 1.0


def test_title_of_100kb() -> None:
    """A <title> stuffed with 100 KB of SEO keywords; the report heading is still the title (spec 3.2)."""
    body = GOOD.replace(f"<title>{TITLE}_".encode(), f"<title>{TITLE}_{'政府信息公开,' * 8000}_".encode())
    r = _timed(body, 5.0)
    assert_full_report(r)
    assert r.title == TITLE


# ---------------------------------------------------------------------------------------------------------------
# 4. rowspan / colspan attributes as browsers read them (HTML table model; spec 2.7 "expand colspan/rowspan")
# ---------------------------------------------------------------------------------------------------------------

def _sec3_span(old: str, new: str) -> str:
    s3 = p1.sec3_2021()
    assert old in s3
    return s3.replace(old, new, 1)


# each replacement is read by a browser exactly like the original: the grid (and so every value) is unchanged
SAME_GRID = {
    "colspan_px_suffix": ('colspan="7">申请人情况', 'colspan="7px">申请人情况'),
    "colspan_spaces": ('colspan="7">申请人情况', 'colspan=" 7 ">申请人情况'),
    "colspan_decimal": ('colspan="7">申请人情况', 'colspan="7.0">申请人情况'),
    "rowspan_leading_zeros": ('rowspan="8">（三）不予公开', 'rowspan="0008">（三）不予公开'),
    "value_cell_colspan_zero": ("<td>14</td>", '<td colspan="0">14</td>'),
    "value_cell_colspan_negative": ("<td>14</td>", '<td colspan="-3">14</td>'),
    "value_cell_colspan_text": ("<td>14</td>", '<td colspan="abc">14</td>'),
    "value_cell_rowspan_negative": ("<td>14</td>", '<td rowspan="-1">14</td>'),
    "value_cell_empty_spans": ("<td>14</td>", '<td rowspan="" colspan="">14</td>'),
}


@pytest.mark.parametrize("case", sorted(SAME_GRID))
def test_span_attributes_that_browsers_read_as_the_same_grid(case: str) -> None:
    old, new = SAME_GRID[case]
    r = _timed(page(body_html(s3=_sec3_span(old, new))), 5.0)
    assert_full_report(r)


@pytest.mark.parametrize("span", ["1000", "65534", "99999999999"])
def test_huge_colspan_on_header_cell(span: str) -> None:
    """colspan="1000" on 申请人情况 (browsers clamp at 1000): empty columns at the right, values in place."""
    r = _timed(page(body_html(s3=_sec3_span('colspan="7">申请人情况', f'colspan="{span}">申请人情况'))), 5.0)
    assert_no_invention(r)
    assert values(r).get("apply.received_new.natural_person") == 10.0


@pytest.mark.parametrize("span", ["1000", "99999999999"])
def test_huge_rowspan_on_last_row_is_cut_at_table_end(span: str) -> None:
    """rowspan beyond the last row ends at the table's end (HTML table model): same grid, same values."""
    s4 = p1.sec4()
    last_row = s4.rindex("<tr>")
    s4 = s4[:last_row] + s4[last_row:].replace("<td>1</td>", f'<td rowspan="{span}">1</td>', 1)
    r = _timed(page(body_html(s4=s4)), 5.0)
    assert_full_report(r)


@pytest.mark.parametrize("span", ["0", "1000", "99999999999"])
def test_section2_caption_with_odd_colspan(span: str) -> None:
    """The caption row of a section 二 table with colspan 0/1000/huge; sections 三/四 untouched."""
    s2 = p1.sec2_2021().replace('colspan="4">第二十条第（一）项', f'colspan="{span}">第二十条第（一）项')
    r = _timed(page(body_html(s2=s2)), 5.0)
    assert_full_report(r)


def test_rowspan_zero_on_level1_label_does_not_crash() -> None:
    """rowspan="0" (span to the end of the row group) on 三、本年度办理结果: no crash, no changed value."""
    r = _timed(page(body_html(s3=_sec3_span('rowspan="22">三、本年度办理结果', 'rowspan="0">三、本年度办理结果'))), 5.0)
    assert_no_invention(r)


@pytest.mark.parametrize("attr", ['colspan="1000" rowspan="1000"', 'colspan="2147483647" rowspan="2147483647"',
                                  'colspan="-2147483648"', 'rowspan="1e9"', 'colspan="0x10"'])
def test_absurd_spans_on_layout_cell_are_fast(attr: str) -> None:
    """A layout table cell with absurd spans before the report: bounded work, report unchanged."""
    layout = f"<table><tr><td {attr}>&nbsp;</td></tr><tr><td>返回顶部</td></tr></table>"
    r = _timed(page(layout + body_html()), 5.0)
    assert_full_report(r)


# ---------------------------------------------------------------------------------------------------------------
# 5. malformed entities, NUL bytes, invalid UTF-8, line endings
# ---------------------------------------------------------------------------------------------------------------

ENTITY_NOISE = {
    "nbsp_without_semicolon": "&nbsp&nbsp&nbsp&nbsp",
    "unknown_named": "&foo; &zwnj &ensp;&emsp;",
    "numeric_out_of_range": "&#x110000; &#99999999999999999999;",
    "numeric_zero": "&#0;&#x0;",
    "numeric_surrogate": "&#xD800;&#56320;",
    "bare_ampersand": "R&D & 信息化 &",
    "c1_controls": "&#128;&#x9F;&#x85;",
    "noncharacter": "&#xFFFF;&#xFDD0;",
}


@pytest.mark.parametrize("case", sorted(ENTITY_NOISE))
def test_malformed_entities_in_prose_and_labels(case: str) -> None:
    """Entities are decoded as browsers do; noise in a paragraph and a label cell changes no value (spec 2.7 step 3)."""
    noise = ENTITY_NOISE[case]
    content = body_html(s3=p1.sec3_2021().replace("二、上年结转政府信息公开申请数量", f"二、上年结转政府信息公开申请数量{noise}"
                                                  if case in ("nbsp_without_semicolon", "unknown_named") else
                                                  "二、上年结转政府信息公开申请数量"))
    content = content.replace("一是公开内容不够全面", f"一是公开内容{noise}不够全面")
    r = run(page(content))
    assert_full_report(r)


@pytest.mark.parametrize(("cell", "expected"), [("&#49;&#52;", 14.0), ("&#x31;&#x34;", 14.0), ("1&#52;", 14.0),
                                                  ("&#65297;&#65300;", 14.0)])
def test_value_cell_written_with_numeric_references(cell: str, expected: float) -> None:
    """'&#49;&#52;' renders as 14 (full-width ０-９ NFKC-normalised, spec 2.7 step 2)."""
    r = run(page(body_html(s3=p1.sec3_2021().replace("<td>14</td>", f"<td>{cell}</td>", 1))))
    assert_no_invention(r)
    assert values(r).get("apply.received_new.total") == expected


@pytest.mark.parametrize("where", ["between_tags", "in_prose", "in_chrome", "in_label_cell"])
def test_nul_bytes(where: str) -> None:
    """NUL bytes (a damaged capture) never reach the stored body and do not disturb the tables."""
    good = GOOD
    if where == "between_tags":
        body = good.replace(b"</tr><tr>", b"</tr>\x00\x00<tr>")
    elif where == "in_prose":
        body = good.replace("一是公开内容".encode(), "一是公开\x00内容".encode())
    elif where == "in_chrome":
        body = good.replace(b'<div class="crumb">', b'<div class="crumb">\x00' * 50)
    else:
        body = good.replace("一、本年新收政府信息公开申请数量".encode(), "一、本年新收政府信息\x00公开申请数量".encode())
    r = run(body)
    assert_full_report(r)
    assert "\x00" not in r.body


@pytest.mark.parametrize("junk", [b"\xed\xa0\x80", b"\xed\xbf\xbf\xed\xa0\x80", b"\x80\x81\xfe\xff", b"\xc0\xaf",
                                  b"\xf4\x90\x80\x80", b"\xe4\xb8"], ids=["cesu_surrogate", "surrogate_pair_cesu",
                                                                          "stray_continuation", "overlong",
                                                                          "above_u10ffff", "truncated_sequence"])
def test_invalid_utf8_sequences_in_a_utf8_page(junk: bytes) -> None:
    """Invalid UTF-8 (encoded surrogates, overlongs) in one paragraph: decoded with replacement, storable, tables kept."""
    body = GOOD.replace("一是公开内容".encode(), "一是公开".encode() + junk + "内容".encode())
    r = run(body)
    assert_full_report(r)
    assert "一是公开" in r.body


@pytest.mark.parametrize("eol", [b"\r", b"\r\n", b"\n\r", b"mixed"])
def test_line_endings(eol: bytes) -> None:
    """Old Mac CR, CRLF, LFCR and a mix: labels with line breaks inside cells still match (spec 2.7 step 3)."""
    src = GOOD.replace(b"\n", b"\r\n" if eol == b"mixed" else eol)
    if eol == b"mixed":
        src = src.replace("一、本年新收".encode(), "一、本年\r新收".encode()).replace("（七）总计".encode(),
                                                                               "（七）\r\n总计".encode())
    else:
        src = src.replace("一、本年新收".encode(), "一、本年".encode() + eol + "新收".encode())
    r = run(src)
    assert_full_report(r)


def test_e2008_prose_with_cr_only_line_endings() -> None:
    """A prose report (spec 1(a)) whose paragraphs are separated only by CR keeps its sentence statistics."""
    body = ("<div id='zoom'>本报告中所列数据的统计期限自2010年1月1日起至2010年12月31日止。\r一、概述\r"
            "二、主动公开政府信息情况\r2010年共主动公开政府信息1250条。\r三、依申请公开政府信息办理情况\r"
            "全年共受理政府信息公开申请36件。\r四、政府信息公开的收费及减免情况\r未收取任何费用。</div>")
    src = p1.chrome_page("某某县人民政府2010年政府信息公开工作年度报告", body, date="2011-03-20").replace(b"\n", b"\r")
    r = run(src)
    assert_storable(r)
    assert r.year == 2010
    got = values(r, "text")
    assert got.get("active.items_total") == 1250.0


# ---------------------------------------------------------------------------------------------------------------
# 6. unusual documents: XHTML/XML, Word HTML, framesets, duplicate html/body, comments, noscript/template, scripts
# ---------------------------------------------------------------------------------------------------------------

def _xhtml(encoding: str, declare: bool = True) -> bytes:
    decl = f'<?xml version="1.0" encoding="{encoding}"?>\n' if declare else ""
    doc = (decl + '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
           '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
           '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN">'
           f"<head><title>{TITLE}</title></head><body><div class=\"article\"><h1>{TITLE}</h1>"
           f"<div class=\"TRS_Editor\">{body_html()}</div></div></body></html>")
    return doc.encode(encoding)


@pytest.mark.parametrize(("encoding", "ctype"), [("utf-8", "application/xhtml+xml"), ("gb2312", "application/xhtml+xml"),
                                                  ("gbk", "text/xml"), ("utf-8", "text/html")])
def test_xhtml_with_xml_declaration(encoding: str, ctype: str) -> None:
    """XHTML 1.0 pages with an XML declaration naming the charset (no meta): spec 3.6 decode order."""
    r = run(_xhtml(encoding), {"content-type": ctype})
    assert_full_report(r)
    assert r.title == TITLE


def test_xhtml_with_prefixed_namespace_elements() -> None:
    """Namespaced extras (<o:p/>, <v:shape>, <st1:chsdate>) from Word do not hide cells or change values."""
    s3 = p1.sec3_2021().replace("<td>14</td>", '<td><p class="MsoNormal"><span lang="EN-US">14<o:p></o:p>'
                                               '</span></p></td>', 1)
    content = ('<st1:chsdate isrocdate="False" year="2022" month="1" day="20">2022年1月20日</st1:chsdate>'
               '<v:shape id="_x0000_i1025" style="width:415pt"><v:imagedata src="image001.png"/></v:shape>'
               + body_html(s3=s3))
    doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:st1="urn:schemas-microsoft-com:office:smarttags" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
           f'charset=gb2312"><title>{TITLE}</title></head><body lang=ZH-CN style="tab-interval:21.0pt">'
           f'<div class=Section1>{content}</div></body></html>')
    r = run(doc.encode("gb18030"), {"content-type": "text/html"})
    assert_full_report(r)


def test_frameset_page_has_no_report() -> None:
    """A frameset shell (old 信息公开网 sites): the report lives in the frames, this page holds nothing."""
    doc = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head>'
           '<frameset rows="120,*" frameborder="0"><frame src="/top.html" name="top" scrolling="no"/>'
           '<frameset cols="200,*"><frame src="/left.html" name="left"/>'
           '<frame src="/xxgk/nb/2021/content.html" name="main"/></frameset></frameset>'
           "<noframes><body>您的浏览器不支持框架。</body></noframes></html>").encode()
    r = run(doc)
    assert_storable(r)
    assert r.facts == []


@pytest.mark.parametrize("variant", ["two_html", "two_body", "body_in_head", "head_after_body"])
def test_duplicate_html_and_body_elements(variant: str) -> None:
    """CMS includes that each bring their own <html>/<body>: browsers merge them; the report is intact."""
    head = f'<head><meta charset="utf-8"><title>{TITLE}</title></head>'
    art = f'<div class="article"><h1>{TITLE}</h1><div id="zoom">{body_html()}</div></div>'
    inc = '<html><head><link rel="stylesheet" href="/css/top.css"></head><body><div class="top">某某区人民政府</div></body></html>'
    docs = {
        "two_html": f"<!DOCTYPE html><html>{head}<body>{inc}{art}</body></html>",
        "two_body": f"<html>{head}<body><div class='nav'>首页</div></body><body>{art}</body></html>",
        "body_in_head": f"<html><head><meta charset='utf-8'><title>{TITLE}</title><body class='x'></head><body>{art}</body></html>",
        "head_after_body": f"<html><body>{art}</body><head><title>{TITLE}</title></head></html>",
    }
    r = run(docs[variant].encode())
    assert_full_report(r)


def test_whole_body_commented_out_gives_no_facts() -> None:
    """A page whose whole article is inside <!-- … --> shows nothing; nothing is recorded (spec 2.7)."""
    body = GOOD.replace(b'<div class="article">', b'<!-- <div class="article">').replace(
        b'<div class="share">', b'--> <div class="share">')
    r = run(body)
    assert not [f for f in r.facts if f.source == "table"]
    assert "本年新收政府信息公开申请数量" not in r.body


def test_commented_out_old_version_does_not_override_the_live_table() -> None:
    """An editor's commented-out earlier draft with other numbers: only the live table counts."""
    old = p1.sec3_2021({**p1.BASE3, "apply.received_new": [99, 9, 9, 9, 9, 9, 144]})
    body = GOOD.replace("三、收到和处理政府信息公开申请情况".encode(),
                        f"<!-- 旧版本 {old} -->三、收到和处理政府信息公开申请情况".encode())
    r = run(body)
    assert_full_report(r)


def test_unterminated_comment_in_footer_keeps_the_report() -> None:
    """'<!--' left open in the footer swallows the rest of the page but not the report before it."""
    body = GOOD.replace(b'<div class="share">', b'<!-- statistics code <div class="share">')
    assert_full_report(run(body))


def test_conditional_comments_and_cdata() -> None:
    """IE conditional comments and CDATA sections in the head are not text."""
    extra = ('<!--[if lt IE 9]><script src="/js/html5shiv.js"></script><p>共计99件</p><![endif]-->'
             '<script>//<![CDATA[\nvar n = 2021; var received = 88;\n//]]></script>')
    r = run(GOOD.replace(b"</head>", extra.encode() + b"</head>"))
    assert_full_report(r)
    assert "html5shiv" not in r.body and "CDATA" not in r.body


@pytest.mark.parametrize("wrapper", ["noscript", "template"])
def test_statistics_table_inside_noscript_or_template(wrapper: str) -> None:
    """Section 三 only inside <noscript>/<template>: if read, the values are the printed ones (never changed)."""
    s3 = f"<{wrapper}>{p1.sec3_2021()}</{wrapper}>"
    r = run(page(body_html(s3=s3)))
    assert_no_invention(r)
    assert values(r).get("review.total") == 2.0  # section 四 outside the wrapper is read as usual


def test_client_side_template_placeholders_are_not_values() -> None:
    """A Vue/Handlebars template of section 四 with {{…}} placeholders (filled by JS) gives no facts."""
    tpl = p1.sec4(["{{ item.review_upheld }}", "{{item.review_corrected}}", "{{item.c}}", "{{item.d}}",
                   "{{item.total}}"] + ["{{ v }}"] * 10)
    content = p1.t2021_body(AGENCY, s4=f'<div id="app" v-cloak>{tpl}</div>')
    r = run(page(content))
    assert_storable(r)
    assert not any(k.startswith(("review.", "litigation.")) for k in values(r))
    assert values(r).get("apply.received_new.total") == 14.0


def test_report_text_only_in_document_write() -> None:
    """The whole article as a JS string in document.write(): JS code never becomes body text or facts."""
    text = body_html().replace('"', '\\"').replace("\n", "")
    doc = p1.chrome_page(TITLE, f'<script type="text/javascript">document.write("{text}");</script>')
    r = run(doc)
    assert_no_invention(r)
    assert "document.write" not in r.body


def test_script_with_report_like_numbers_next_to_the_report() -> None:
    """Statistics-like JS (counter widgets) next to the article: facts only from the article."""
    js = ('<script>var countPage = 3; var currentPage = 0; createPageHTML(3, 0, "index", "html");'
          'var stats = {"本年新收政府信息公开申请数量": 999, "行政复议": 77};'
          'document.write("<table><tr><td>一、本年新收政府信息公开申请数量</td><td>999</td></tr></table>");</script>')
    r = run(GOOD.replace(b'<div class="share">', js.encode() + b'<div class="share">'))
    assert_full_report(r)
    assert "createPageHTML" not in r.body


def test_hanweb_script_xml_datastore_is_not_report_text() -> None:
    """Spec 3.4: Hanweb lists sit in <script type="text/xml"> CDATA records; they are not part of the report."""
    store = ('<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1">'
             '</a>]]></nextgroup><recordset>' + "".join(
                 f"<record><![CDATA[<li><a href='/art/2021/1/{i}/art_1229_{i}.html'>某某区2020年政府信息公开工作年度报告"
                 f"</a><span>2021-01-{i:02d}</span></li>]]></record>" for i in range(1, 20)) + "</recordset></datastore></script>")
    r = run(GOOD.replace(b'<div class="share">', store.encode() + b'<div class="share">'))
    assert_full_report(r)
    assert "CDATA" not in r.body and "2020年政府信息公开工作年度报告" not in r.body


# ---------------------------------------------------------------------------------------------------------------
# 7. odd charset labels and headers (spec 3.6: BOM > HTTP header naming a CJK charset > meta > detection)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("ctype", ["text/html; charset=foobar-unknown", "text/html; charset=utf-7",
                                   'text/html; charset=""', "text/html; charset", "application/octet-stream",
                                   "", "text/html; charset=x-user-defined"])
def test_odd_http_charset_labels_fall_back_to_the_meta_gbk(ctype: str) -> None:
    """A GBK page with <meta charset=gbk> and a useless header label is read as GBK, not crashed on."""
    r = run(GBK, {"content-type": ctype} if ctype else {})
    assert_full_report(r)
    assert r.title == TITLE


@pytest.mark.parametrize("meta", ['<meta charset="gbk, utf-8">', '<meta charset="">', '<meta charset="ＧＢＫ">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=">'])
def test_broken_meta_charset_on_utf8_page(meta: str) -> None:
    """A UTF-8 page with a broken meta charset: detection reads it (spec 3.6 'statistical detection')."""
    body = GOOD.replace(b'<meta charset="utf-8">', meta.encode())
    r = run(body, {"content-type": "text/html"})
    assert_full_report(r)


# ---------------------------------------------------------------------------------------------------------------
# 8. odd numbers in value cells: no NaN/inf, no value from a non-number (spec 2.7 cell values)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell", ["NaN", "-Infinity", "1e400", "0x1F", "1_000"])
def test_non_numbers_in_a_value_cell_are_not_values(cell: str) -> None:
    """Cell values are digits, 1,234, signs, Chinese numerals, dashes/无 (spec 2.7); 'NaN'/'inf' are none of these."""
    s4 = p1.sec4().replace("<td>2</td>", f"<td>{cell}</td>", 1)
    r = run(page(body_html(s4=s4)))
    assert_storable(r)
    assert values(r).get("review.total") is None
    assert values(r).get("review.upheld") == 1.0


# ---------------------------------------------------------------------------------------------------------------
# 9. broken attachments (tests/attachment_factory.py): a clear error, nothing from the file, page facts kept
# ---------------------------------------------------------------------------------------------------------------

def _garbage_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


_E2014_PDF = factory.e2014_pdf()
BAD_ATTACHMENTS = {
    "pdf_encrypted": ("nb2021.pdf", factory.encrypted_pdf("secret"), "application/pdf"),
    "pdf_truncated": ("nb2021.pdf", _E2014_PDF[: len(_E2014_PDF) // 2], "application/pdf"),
    "pdf_zero_bytes": ("nb2021.pdf", b"", "application/pdf"),
    "pdf_header_then_garbage": ("nb2021.pdf", PDF_GARBAGE, "application/pdf"),
    "pdf_is_html_error_page": ("nb2021.pdf", "<html><body><h1>404 页面不存在</h1></body></html>".encode(), "text/html"),
    "docx_zip_of_garbage": ("nb2021.docx", _garbage_zip({"junk.bin": _rand(4000, 11)}),
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "docx_bad_document_xml": ("nb2021.docx", _garbage_zip({"[Content_Types].xml": b"<Types/>",
                                                          "word/document.xml": b"<w:document><w:body><w:p>" + _rand(900, 12)}),
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx_zip_of_garbage": ("nb2021.xlsx", _garbage_zip({"xl/workbook.xml": _rand(3000, 13)}),
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "xlsx_not_a_zip": ("nb2021.xlsx", _rand(5000, 14), "application/octet-stream"),
    "doc_random": ("nb2021.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + _rand(5000, 15), "application/msword"),
}


def _att(case: str) -> Fetched:
    name, body, ctype = BAD_ATTACHMENTS[case]
    return Fetched(f"http://www.moumou.gov.cn/module/download/downfile.jsp?classid=0&filename={name}", body,
                   {"content-type": ctype})


@pytest.mark.parametrize("case", sorted(BAD_ATTACHMENTS))
def test_broken_attachment_next_to_a_full_html_report(case: str) -> None:
    """The page holds the report; the linked file is broken: an error entry, the page's facts unchanged, URL kept."""
    att = _att(case)
    link = f'<p>附件：<a href="{att.url}">{BAD_ATTACHMENTS[case][0]}</a></p>'
    r = run(page(body_html() + link), attachments=(att,))
    assert_full_report(r)
    assert att.url in r.attachment_urls
    assert {f.origin for f in r.facts} == {"html"}
    assert r.errors, "broken attachment not reported"


@pytest.mark.parametrize("case", ["pdf_encrypted", "pdf_truncated", "docx_zip_of_garbage", "xlsx_zip_of_garbage"])
def test_broken_attachment_behind_a_link_only_page(case: str) -> None:
    """A '详见附件' page whose only document is broken: no table facts (never zeros), an error, the URL kept."""
    att = _att(case)
    content = (f"<p>现将{TITLE}予以公布，详见附件。</p>"
               f'<p>附件：<a href="{att.url}">{TITLE}.{BAD_ATTACHMENTS[case][0].rsplit(".", 1)[1]}</a></p>')
    r = run(p1.chrome_page(TITLE, content, date="2022-01-28"), attachments=(att,))
    assert_storable(r)
    assert not [f for f in r.facts if f.source == "table"]
    assert att.url in r.attachment_urls
    assert r.errors
    assert r.year == 2021 and r.title == TITLE


# ---------------------------------------------------------------------------------------------------------------
# 10. raw control characters and noncharacters (Word pastes: \x0b for a manual line break, \x0c page break)
# ---------------------------------------------------------------------------------------------------------------

RAW_CONTROLS = {"vertical_tab": "\x0b", "form_feed": "\x0c", "escape": "\x1b", "delete": "\x7f",
                "next_line": "\x85", "u_fffe": "\ufffe", "u_ffff": "\uffff", "line_separator": "\u2028"}


@pytest.mark.parametrize("case", sorted(RAW_CONTROLS))
def test_raw_control_character_in_a_paragraph(case: str) -> None:
    """A stray control/noncharacter in one paragraph (pasted from Word) must not cost the whole page (project rule)."""
    ch = RAW_CONTROLS[case]
    body = GOOD.replace("一是公开内容".encode(), f"一是公开{ch}内容".encode())
    r = run(body)
    assert_full_report(r)
    assert "不够全面" in r.body


def test_word_manual_line_break_inside_a_label_cell() -> None:
    """\\x0b (Word's manual line break) inside a row label is whitespace inside a label (spec 2.7 step 3)."""
    s3 = p1.sec3_2021().replace("一、本年新收政府信息公开申请数量", "一、本年新收政府\x0b信息公开申请数量")
    r = run(page(body_html(s3=s3)))
    assert_full_report(r)


# ---------------------------------------------------------------------------------------------------------------
# 11. encodings that are valid but unusual (spec 3.6: a BOM overrides header and meta)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_page_with_bom(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    text = GOOD.decode("utf-8").replace('<meta charset="utf-8">', '<meta charset="utf-16">')
    r = run(bom + text.encode(codec), {"content-type": "text/html"})
    assert_full_report(r)
    assert r.title == TITLE


def test_utf8_bom_overrides_wrong_header_and_meta() -> None:
    body = b"\xef\xbb\xbf" + GOOD.replace(b'<meta charset="utf-8">', b'<meta charset="gb2312">')
    r = run(body, {"content-type": "text/html; charset=gbk"})
    assert_full_report(r)
    assert r.title == TITLE


# ---------------------------------------------------------------------------------------------------------------
# 12. capture damage around a valid page, and markup that browsers repair
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("junk", [b"0\r\n\r\n", _rand(600, 21), b"\x1f\x8b\x08\x00" + _rand(500, 22),
                                  b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>404</body></html>"],
                         ids=["chunk_trailer", "random_tail", "gzip_tail", "second_response"])
def test_junk_after_the_closing_html_tag(junk: bytes) -> None:
    """Bytes left after </html> by a bad de-chunking or a concatenated response: the report is intact."""
    r = run(GOOD + junk)
    assert_full_report(r)
    assert r.title == TITLE


def test_second_page_empty_keeps_the_first() -> None:
    """A two-page report whose page 2 came back empty: page 1's facts are kept; the empty capture is no part of the
    report, and `errors` names it."""
    pages = [Fetched(URL, GOOD, HTML), Fetched(URL.replace(".html", "_1.html"), b"", HTML)]
    r = parse_report(pages)
    assert_full_report(r)
    assert r.part_urls == [URL]
    assert any(pages[1].url in e and "empty page" in e for e in r.errors), r.errors


def test_omitted_end_tags_for_cells_and_rows() -> None:
    """Old sites omit </td> and </tr> (valid HTML): the grid is the same."""
    html = body_html().replace("</td>", "").replace("</tr>", "")
    assert_full_report(run(page(html)))


def test_unclosed_tables_are_closed_by_the_next_table() -> None:
    """A missing </table> before the next section's table (a <table> start tag closes the open table)."""
    s3 = p1.sec3_2021()
    html = body_html(s3=s3[: -len("</tbody></table>")])
    assert_full_report(run(page(html)))


def test_hidden_editor_textarea_copy_is_not_counted_twice() -> None:
    """UEditor pages keep an escaped copy of the article in a hidden <textarea>: facts come from the article once."""
    import html as _html
    copy = _html.escape(p1.sec3_2021({**p1.BASE3, "apply.received_new": [7, 7, 7, 7, 7, 7, 42]}))
    body = GOOD.replace(b'<div class="share">', f'<textarea id="editor" style="display:none">{copy}</textarea>'
                        .encode() + b'<div class="share">')
    r = run(body)
    assert_full_report(r)
    assert [f.value for f in r.facts if f.key == "apply.received_new.total" and f.source == "table"] == [14.0]


def test_style_and_svg_text_are_not_report_text() -> None:
    """CSS content strings and an SVG chart's labels next to the article give no facts."""
    extra = ('<style>.badge:after{content:"本年新收政府信息公开申请数量 99件";}</style>'
             '<svg width="200" height="100"><text x="1" y="10">行政复议 77</text><text x="1" y="30">2019</text></svg>')
    r = run(GOOD.replace(b'<div class="share">', extra.encode() + b'<div class="share">'))
    assert_full_report(r)
    assert ".badge" not in r.body


# ---------------------------------------------------------------------------------------------------------------
# 13. an e2014 page (spec 1(a) 统计表) truncated and damaged: facts may be lost, never changed
# ---------------------------------------------------------------------------------------------------------------

E2014_TITLE = "某某县人民政府2016年政府信息公开工作年度报告"
E2014_PAGE = p1.chrome_page(E2014_TITLE, p1.e2014_body("某某县人民政府"), date="2017-03-20", charset="gbk")
E2014_REF = run(E2014_PAGE, {"content-type": "text/html; charset=gbk"})
E2014_VALUES = {(f.key, f.source): f.value for f in E2014_REF.facts if f.source in ("table", "text")}


def test_e2014_reference_page_is_read() -> None:
    got = values(E2014_REF)
    assert (E2014_REF.year, E2014_REF.template) == (2016, "e2014")
    assert {k: got.get(k) for k in ("apply.received.total", "review.total", "org.staff_total")} == {
        "apply.received.total": 20.0, "review.total": 2.0, "org.staff_total": 6.0}


@pytest.mark.parametrize("frac", [0.6, 0.72, 0.84, 0.95])
def test_truncated_e2014_gbk_page_never_changes_a_value(frac: float) -> None:
    cut = int(len(E2014_PAGE) * frac)
    r = run(E2014_PAGE[:cut], {"content-type": "text/html; charset=gbk"})
    assert_storable(r)
    wrong = {(f.key, f.source): (f.value, E2014_VALUES.get((f.key, f.source)))
             for f in r.facts if f.source in ("table", "text")
             and E2014_VALUES.get((f.key, f.source), "missing") != f.value}
    assert wrong == {}


def test_e2014_value_cells_with_unit_noise_and_nul() -> None:
    """NULs between the table's rows (damaged capture) leave every e2014 value as printed."""
    body = E2014_PAGE.replace(b"</tr><tr>", b"</tr>\x00<tr>")
    r = run(body, {"content-type": "text/html; charset=gbk"})
    assert_storable(r)
    got = values(r)
    assert {k: got.get(k) for k in ("apply.received.total", "review.total", "org.staff_total")} == {
        "apply.received.total": 20.0, "review.total": 2.0, "org.staff_total": 6.0}
