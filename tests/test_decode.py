"""Decoding HTML payloads: BOM > header > meta > detection, and recovery from wrong declarations (spec 3.6)."""

from __future__ import annotations

import codecs

import pytest

from pipelines.decode import canonical_encoding, decode_html, header_charset, meta_charset

REPORT = ("<p>二道区人民政府2017年度政府信息公开工作报告。本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。"
          "联系人：朱镕基、张喆、王堃、李犇。全年主动公开政府信息4156条。</p>") * 3


def page(meta: str = "") -> str:
    return f"<html><head>{meta}<title>年度报告</title></head><body>{REPORT}</body></html>"


def test_gb2312_label_decodes_gbk_only_characters_as_gb18030() -> None:
    body = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gbk")
    decoded = decode_html(body, {"content-type": "text/html"})
    assert (decoded.encoding, decoded.source, decoded.replaced_ratio) == ("gb18030", "meta", 0.0)
    assert "朱镕基、张喆、王堃、李犇" in decoded.text


def test_header_charset_beats_meta() -> None:
    body = page('<meta charset="utf-8">').encode("gbk")
    decoded = decode_html(body, {"Content-Type": "text/html; charset=GBK"})
    assert (decoded.encoding, decoded.source) == ("gb18030", "header")
    assert "统计期限" in decoded.text


def test_bom_beats_header_and_meta() -> None:
    body = codecs.BOM_UTF8 + page('<meta charset="gb2312">').encode("utf-8")
    decoded = decode_html(body, {"content-type": "text/html; charset=gbk"})
    assert (decoded.encoding, decoded.source) == ("utf-8", "bom")
    assert decoded.text.startswith("<html>")


@pytest.mark.parametrize("wrong", ["utf-8", "iso-8859-1", "windows-1252", "latin1"])
def test_wrong_meta_on_gbk_bytes_is_detected(wrong: str) -> None:
    body = page(f'<meta http-equiv="Content-Type" content="text/html; charset={wrong}">').encode("gbk")
    decoded = decode_html(body, {})
    assert decoded.encoding == "gb18030"
    assert decoded.source == "detected"
    assert "全年主动公开政府信息4156条" in decoded.text


def test_utf8_bytes_declared_as_gbk_stay_utf8() -> None:
    body = page('<meta charset="gbk">').encode("utf-8")
    decoded = decode_html(body, {"content-type": "text/html; charset=gb2312"})
    assert decoded.encoding == "utf-8"
    assert "政府信息公开工作报告" in decoded.text


def test_no_declaration_is_detected() -> None:
    decoded = decode_html(page().encode("gb18030"), {})
    assert (decoded.encoding, decoded.source) == ("gb18030", "detected")
    assert "二道区人民政府" in decoded.text


def test_a_few_broken_bytes_keep_the_declared_charset() -> None:
    good = page('<meta charset="gbk">').encode("gbk") * 4
    body = good[:500] + b"\xff" + good[500:]
    decoded = decode_html(body, {})
    assert decoded.source == "meta"
    assert 0 < decoded.replaced_ratio < 0.01
    assert "二道区人民政府" in decoded.text


@pytest.mark.parametrize("body", [b"", b"\xff\xfe\xfd" * 7, bytes(range(256)), b"<html>\x00\x81</html>",
                                  codecs.BOM_UTF16_LE + b"\x00"])
def test_garbage_never_raises(body: bytes) -> None:
    decoded = decode_html(body, {"content-type": "text/html; charset=no-such-charset"})
    assert isinstance(decoded.text, str)
    assert 0.0 <= decoded.replaced_ratio <= 1.0


def test_label_helpers() -> None:
    assert canonical_encoding("GB2312") == canonical_encoding("gbk") == "gb18030"
    assert canonical_encoding("UTF8") == "utf-8"
    assert canonical_encoding("x-unknown") is None
    assert canonical_encoding("x-gbk") == canonical_encoding(" GB_2312-80 ") == "gb18030"
    assert header_charset({"Content-Type": 'text/html; charset="GBK"'}) == "GBK"
    assert header_charset({}) is None
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />') == "gb2312"
    assert meta_charset(b"<meta charset='utf-8'>") == "utf-8"


def test_utf8_with_one_broken_byte_declared_as_gbk_is_still_utf8() -> None:
    good = page('<meta charset="gbk">').encode("utf-8") * 4
    decoded = decode_html(good[:700] + b"\xe4" + good[700:], {})
    assert decoded.encoding == "utf-8"
    assert 0 < decoded.replaced_ratio < 0.01 and "全年主动公开政府信息4156条" in decoded.text


def test_page_in_two_charsets_keeps_the_reading_with_fewest_broken_characters() -> None:
    # a UTF-8 page whose footer include is GBK: too broken for UTF-8 to be trusted, and GB18030 is worse
    footer = "<div>主办单位：某某区人民政府办公室　地址：某某路1号　联系电话：0000-1234567</div>".encode("gbk")
    body = page('<meta charset="utf-8">').encode("utf-8").replace(b"</body>", footer + b"</body>")
    decoded = decode_html(body, {"content-type": "text/html; charset=utf-8"})
    assert (decoded.encoding, decoded.source) == ("utf-8", "fallback")
    assert "统计期限自2017年1月1日起" in decoded.text and 0 < decoded.replaced_ratio < 0.1


def test_undecodable_bytes_fall_back_to_gb18030() -> None:
    body = bytes(range(0x80, 0x100)) * 20
    decoded = decode_html(body, {})
    assert (decoded.encoding, decoded.source) == ("gb18030", "fallback")


TRADITIONAL = ("<p>某某縣人民政府2021年政府信息公開工作年度報告。本年度主動公開政府信息1234條，收到政府信息公開申請26件，"
               "全部按時答覆。行政複議0件，行政訴訟1件。</p>") * 3


def test_big5_bytes_under_a_gbk_header_are_read_as_the_meta_says() -> None:
    # Big5 read as GBK decodes without one error, into kana, Greek and private-use letters: no Chinese page's text
    body = f'<html><head><meta charset="big5"></head><body>{TRADITIONAL}</body></html>'.encode("big5")
    decoded = decode_html(body, {"content-type": "text/html; charset=gb2312"})
    assert (decoded.encoding, decoded.source) == ("big5hkscs", "meta")
    assert "政府信息公開工作年度報告" in decoded.text


def test_big5_bytes_declared_gbk_everywhere_are_detected() -> None:
    body = f'<html><head><meta charset="gbk"></head><body>{TRADITIONAL * 4}</body></html>'.encode("big5")
    decoded = decode_html(body, {"content-type": "text/html; charset=gbk"})
    assert decoded.source == "detected" and "政府信息公開工作年度報告" in decoded.text


def test_a_few_foreign_letters_keep_the_declared_charset() -> None:
    menu = "<ul><li>English</li><li>日本語</li><li>한국어</li><li>Русский</li><li>ありがとう</li></ul>"
    body = page(f'<meta charset="gbk">{menu}').encode("gb18030")
    decoded = decode_html(body, {})
    assert (decoded.encoding, decoded.source) == ("gb18030", "meta")
    assert "한국어" in decoded.text and "统计期限" in decoded.text
