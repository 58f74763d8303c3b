"""Word text boxes are read once, in document order; text facts of a link page carry the origin of their file."""

from __future__ import annotations

import io

from pipelines.attachments.office import read_docx
from pipelines.parse import parse_report
from pipelines.records import Fetched

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _box_content(text: str) -> str:
    return f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"


def _vml_box(text: str) -> str:
    return f"<w:pict><v:shape><v:textbox>{_box_content(text)}</v:textbox></v:shape></w:pict>"


def _drawingml_box(text: str) -> str:
    """A Word 2010 text box: the DrawingML shape, and the same text again in its VML fallback."""
    return (f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{_box_content(text)}'
            f"</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback>{_vml_box(text)}</mc:Fallback>"
            "</mc:AlternateContent>")


def _docx(paragraphs: list[tuple[str, str]]) -> bytes:
    """paragraphs: (the paragraph's own text, the XML of a text box anchored in it or '')."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for text, box in paragraphs:
        paragraph = document.add_paragraph(text)
        if box:
            paragraph._p.append(parse_xml(f"<w:r {NAMESPACES}>{box}</w:r>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_vml_text_box_is_read_after_its_anchor_paragraph():
    body = _docx([("一、总体情况", ""), ("锚定段落", _vml_box("框内文字")), ("二、主动公开", "")])
    assert read_docx(body).text.split("\n") == ["一、总体情况", "锚定段落", "框内文字", "二、主动公开"]


def test_drawingml_text_box_and_its_vml_fallback_are_read_once():
    body = _docx([("", _drawingml_box("框内文字")), ("后文", "")])
    assert read_docx(body).text.split("\n") == ["框内文字", "后文"]


def test_two_text_boxes_in_one_paragraph_keep_their_order():
    body = _docx([("", _vml_box("第一框") + _drawingml_box("第二框"))])
    assert read_docx(body).text.split("\n") == ["第一框", "第二框"]


# ------------------------------------------------------------------------------------------ origin of text facts
TITLE = "石门县自然资源局2021年政府信息公开工作年度报告"
PAGE = "http://www.shimen.gov.cn/zwgk/zfxxgknb/202201/t20220125_1893.html"
FILE = "http://www.shimen.gov.cn/uploadfiles/202201/report.docx"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _link_page(own_text: str) -> Fetched:
    html = (f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class='content'>"
            f"<p>{own_text}</p><p>附件：<a href='/uploadfiles/202201/report.docx'>{TITLE}.docx</a></p>"
            "</div></body></html>")
    return Fetched(PAGE, html.encode(), {"content-type": "text/html; charset=utf-8"})


def _report_file() -> Fetched:
    body = _docx([(TITLE, ""), ("一、总体情况", ""), ("全年通过本局网站主动公开政府信息326条。", ""),
                  ("全年共受理政府信息公开申请12件，均在法定期限内答复。", "")])
    return Fetched(FILE, body, {"content-type": DOCX_TYPE})


def _text_origins(pages: list[Fetched], files: list[Fetched]) -> dict[str, tuple[float | None, str]]:
    return {f.key: (f.value, f.origin) for f in parse_report(pages, files).facts if f.source == "text"}


def test_text_facts_of_a_link_page_carry_the_origin_of_its_file():
    origins = _text_origins([_link_page("")], [_report_file()])
    assert origins["active.items_total"] == (326, "docx")


def test_a_statement_of_the_link_page_itself_keeps_origin_html():
    origins = _text_origins([_link_page("2021年共受理政府信息公开申请12件。")], [_report_file()])
    assert origins["active.items_total"] == (326, "docx")
    assert origins["apply.received.total"] == (12, "html")


def test_text_facts_of_an_html_report_stay_html():
    body = "".join(f"<p>{line}</p>" for line in ["一、总体情况", "全年通过本局网站主动公开政府信息326条。" * 12])
    html = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><div class='content'>{body}</div></body></html>"
    origins = _text_origins([Fetched(PAGE, html.encode(), {"content-type": "text/html; charset=utf-8"})], [])
    assert origins["active.items_total"] == (326, "html")
