"""Second independent accuracy probe of `parse_report`: documents as real portals serve them.

Built from the spec and from how portals publish (not from the code): Word "Save as web page" and WPS exports,
old layout-table portals (2008–2013), e2014 prose + 统计表 variants and prose statistics (spec 2.4/2.5), reports
published as attachments or as pictures, metadata blocks in their many shapes, and traditional-script mirrors (3.8).
"""

from __future__ import annotations

import re

import attachment_factory as factory
import pytest
import test_probe_accuracy as p1
from test_probe_accuracy import BASE3, E2008_PROSE, fact, facts, failing, p, sec2_2021, sec3_2021, sec4, td

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

HTML = {"content-type": "text/html"}


def parse(url: str, body: bytes, *, headers: dict[str, str] | None = None,
          attachments: tuple[Fetched, ...] = ()) -> Report:
    return parse_report([Fetched(url=url, body=body, headers=headers or HTML)], attachments=attachments)


def table_keys(r: Report) -> dict[str, float | None]:
    return facts(r, "table")


# ---------------------------------------------------------------------------------------------------------------
# Word "Save as web page" / WPS exports
# ---------------------------------------------------------------------------------------------------------------

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>微软用户</o:LastAuthor>
  <o:Pages>5</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {{font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1; mso-font-charset:134;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{mso-style-unhide:no; margin:0cm; text-align:justify;
  font-size:10.5pt; font-family:"Calibri",sans-serif; mso-fareast-font-family:宋体;}}
@page WordSection1 {{size:595.3pt 841.9pt; margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1 {{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]><style>table.MsoNormalTable {{mso-style-name:普通表格;}}</style><![endif]-->
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
"""
WORD_TAIL = "\n</div>\n</body>\n</html>\n"

TD_WORD = ("<td width={w} valign=top style='width:{pt}pt;border:solid windowtext 1.0pt;border-top:none;"
           "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>")
LIST_SPAN = ("<![if !supportLists]><span lang=EN-US style='mso-bidi-font-family:宋体;mso-list:Ignore'>{n}.<span "
             "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>")


def word_cell(attrs: str, text: str) -> str:
    """One Word-exported cell: MsoNormal paragraph, EN-US spans around digits, &nbsp; padding, <o:p></o:p>."""
    m = re.match(r"(\d)\.(.*)", text, re.S)
    if m:  # Word's automatic list numbering: the number is a separate, conditionally-hidden span
        inner = LIST_SPAN.format(n=m.group(1)) + f"<span style='font-family:宋体'>{m.group(2)}</span>"
    elif re.fullmatch(r"[0-9.]+", text):
        inner = f"<span lang=EN-US style='font-size:10.0pt'>&nbsp;{text}&nbsp;<o:p></o:p></span>"
    else:
        inner = f"<span style='font-size:10.0pt;font-family:宋体;mso-ascii-font-family:\"Times New Roman\"'>{text}</span>"
    span = "".join(f" {k}={v}" for k, v in re.findall(r'(rowspan|colspan)="(\d+)"', attrs))
    return (TD_WORD.format(w=64, pt=48.0).replace("<td", "<td" + span)
            + f"<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>{inner}"
            "<span lang=EN-US><o:p></o:p></span></p></td>")


def wordify(html_table: str) -> str:
    """Turn a plain <table> into Word's MsoNormalTable markup."""
    out = re.sub(r"<t([dh])([^>]*)>(.*?)</t\1>", lambda m: word_cell(m.group(2), m.group(3)), html_table, flags=re.S)
    out = out.replace('<table border="1">', "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
                      "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                      "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    return out.replace("<tr>", "<tr style='mso-yfti-irow:0;height:15.75pt'>")


def word_p(text: str) -> str:
    return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>"
            f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{text}<span lang=EN-US><o:p></o:p></span></span></p>")


def word_t2021(agency: str = "某某县交通运输局", year: int = 2021, s3: str | None = None) -> str:
    blocks = [
        word_p(f"本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}编制。本报告中所列数据的统计期限自{year}年"
               f"1月1日起至{year}年12月31日止。"),
        word_p("一、总体情况"), word_p(f"{year}年，{agency}全面推进政务公开工作。"),
        word_p("<span lang=EN-US>&nbsp;</span>"),
        word_p("二、主动公开政府信息情况"), wordify(sec2_2021()),
        word_p("三、收到和处理政府信息公开申请情况"), wordify(s3 if s3 is not None else sec3_2021()),
        word_p("四、政府信息公开行政复议、行政诉讼情况"), wordify(sec4()),
        word_p("五、存在的主要问题及改进情况"), word_p("一是公开内容不够全面。"),
        word_p("六、其他需要报告的事项"), word_p("本年度未收取信息处理费。"),
    ]
    return "\n".join(blocks)


def word_page(title: str, content: str, charset: str = "gb18030") -> bytes:
    return (WORD_HEAD.format(title=title) + f"<p class=MsoNormal align=center style='text-align:center'><b><span "
            f"style='font-size:22.0pt;font-family:方正小标宋简体'>{title}</span></b></p>\n" + content
            + WORD_TAIL).encode(charset)


WORD_URL = "http://www.example.gov.cn/xxgk/nb/202201/t20220125_123.html"


def expected_sec3(r: Report) -> None:
    f = table_keys(r)
    for key, vals in BASE3.items():
        for col, v in zip(p1.COLS, vals, strict=True):
            assert f.get(f"{key}.{col}") == v, (key, col, f.get(f"{key}.{col}"))


def test_word_saved_as_web_page_t2021_all_tables() -> None:
    title = "某某县交通运输局2021年政府信息公开工作年度报告"
    r = parse(WORD_URL, word_page(title, word_t2021()))
    assert (r.title, r.year, r.template) == (title, 2021, "t2021")
    expected_sec3(r)
    f = table_keys(r)
    assert f.get("active.normative.in_force") == 25 and f.get("active.permit.decisions") == 1260
    assert f.get("review.total") == 2 and f.get("litigation.direct.total") == 1
    assert not r.tables_missing
    assert failing(r) == set()


def test_word_list_number_spans_do_not_shift_rows() -> None:
    data = dict(BASE3)
    data["apply.outcome.withheld.state_secret"] = [1, 0, 0, 0, 0, 0, 1]
    data["apply.outcome.withheld.third_party"] = [0, 0, 0, 0, 0, 0, 0]
    r = parse(WORD_URL, word_page("某某县交通运输局2021年政府信息公开工作年度报告", word_t2021(s3=sec3_2021(data))))
    f = table_keys(r)
    assert f.get("apply.outcome.withheld.state_secret.total") == 1
    assert f.get("apply.outcome.withheld.third_party.total") == 0


def test_word_conditional_comments_and_styles_not_in_body() -> None:
    r = parse(WORD_URL, word_page("某某县交通运输局2021年政府信息公开工作年度报告", word_t2021()))
    for junk in ("mso-", "MsoNormal", "supportLists", "Administrator", "panose", "WordSection", "endif"):
        assert junk not in r.body, junk
    assert "一、总体情况" in r.body and "统计期限" in r.body


def test_word_page_without_charset_in_http_header_decoded_from_meta() -> None:
    # Word writes charset=gb2312 in the meta; the agency name has a character outside GB2312 (堃)
    title = "某某县堃山镇人民政府2021年政府信息公开工作年度报告"
    r = parse(WORD_URL, word_page(title, word_t2021("某某县堃山镇人民政府")),
              headers={"content-type": "text/html"})
    assert r.title == title
    assert r.agency == "某某县堃山镇人民政府" and r.agency_type == "township"


def test_http_header_latin1_loses_to_gb2312_meta() -> None:
    # old Apache/IIS defaults send ISO-8859-1; spec 3.6: the header counts only when it names a CJK charset
    title = "某某县交通运输局2021年政府信息公开工作年度报告"
    page = p1.t2021_page(title, "某某县交通运输局", charset="gb2312")
    r = parse(WORD_URL, page, headers={"content-type": "text/html; charset=ISO-8859-1"})
    assert r.title == title and r.agency == "某某县交通运输局"
    expected_sec3(r)


def test_word_markup_pasted_into_cms_container() -> None:
    # the usual case: an editor pastes from Word into the TRS editor, so the Word markup sits inside #zoom
    title = "某某县交通运输局2021年政府信息公开工作年度报告"
    r = parse(WORD_URL, p1.chrome_page(title, word_t2021()))
    assert (r.title, r.year, r.template) == (title, 2021, "t2021")
    expected_sec3(r)
    f = table_keys(r)
    assert f.get("active.normative.in_force") == 25 and f.get("review.total") == 2
    assert failing(r) == set()
    assert "supportLists" not in r.body and "mso-" not in r.body
    assert "1.属于国家秘密" in r.body.replace(" ", "").replace("\xa0", "")


WPS_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ProgId" content="Excel.Sheet"><meta name="Generator" content="WPS Office ET">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name>
</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>.xl65{{mso-style-parent:style0;font-family:宋体;mso-font-charset:134;text-align:center;border:.5pt solid windowtext;}}
td{{mso-style-parent:style0;mso-number-format:General;white-space:nowrap;}}</style>
<title>{title}</title></head><body link="blue" vlink="purple">
"""


def wps_table(html_table: str) -> str:
    out = re.sub(r"<td([^>]*)>(.*?)</td>",
                 lambda m: f"<td class=\"xl65\" height=\"28\" width=\"72\"{m.group(1)} x:num>"
                           f"<font face=\"宋体\" size=\"2\">{m.group(2)}</font></td>"
                 if re.fullmatch(r"[0-9.]+", m.group(2))
                 else f"<td class=\"xl65\" height=\"28\" width=\"72\"{m.group(1)} x:str>{m.group(2)}</td>",
                 html_table, flags=re.S)
    return out.replace('<table border="1">', '<table width="1008" border="0" cellpadding="0" cellspacing="0" '
                       'style="width:756pt;border-collapse:collapse;table-layout:fixed;">'
                       '<col width="72" span="14" style="width:54pt;">')


def test_wps_et_export_tables() -> None:
    title = "某某市医疗保障局2021年政府信息公开工作年度报告"
    content = p1.t2021_body("某某市医疗保障局", s2=wps_table(sec2_2021()), s3=wps_table(sec3_2021()),
                            s4=wps_table(sec4()))
    r = parse("http://www.example.gov.cn/art/2022/1/20/art_5.html", (WPS_HEAD.format(title=title) + "<h1>" + title
                                                                   + "</h1>" + content + "</body></html>").encode())
    expected_sec3(r)
    assert table_keys(r).get("review.total") == 2
    assert failing(r) == set()
    assert "ExcelWorkbook" not in r.body and "Sheet1" not in r.body


def sec3_th_rowspan3() -> str:
    """Section 三 whose header rows are <th>: the corner cell rowspan=3, 自然人/总计 rowspan=2 (a CMS editor's table)."""
    grid = sec3_2021()
    head_end = grid.rindex("<tr>", 0, grid.index("一、本年新收"))
    head = grid[:head_end].replace("<td", "<th").replace("</td>", "</th>")
    return head + grid[head_end:]


def test_header_rows_as_th_with_rowspan3() -> None:
    r = parse("http://www.example.gov.cn/art/2022/1/20/art_6.html",
              p1.t2021_page("某某区2021年政府信息公开工作年度报告", s3=sec3_th_rowspan3()))
    expected_sec3(r)
    assert failing(r) == set()


def test_sec4_header_as_th_rowspan() -> None:
    heads5 = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    s4 = ("<table border='1'><tr><th colspan='5'>行政复议</th><th colspan='10'>行政诉讼</th></tr>"
          "<tr>" + "".join(f"<th rowspan='2'>{w}</th>" for w in heads5)
          + "<th colspan='5'>未经复议直接起诉</th><th colspan='5'>复议后起诉</th></tr>"
          "<tr>" + "".join(f"<th>{w}</th>" for w in heads5 * 2) + "</tr>"
          "<tr>" + "".join(f"<td>{v}</td>" for v in [3, 1, 0, 0, 4, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0]) + "</tr></table>")
    r = parse("http://www.example.gov.cn/art/2022/1/20/art_7.html",
              p1.t2021_page("某某区2021年政府信息公开工作年度报告", s4=s4))
    f = table_keys(r)
    assert (f.get("review.upheld"), f.get("review.total")) == (3, 4)
    assert (f.get("litigation.direct.pending"), f.get("litigation.direct.total")) == (1, 2)
    assert f.get("litigation.after_review.total") == 0
    assert facts(r, "derived").get("litigation.total") == 2


# ---------------------------------------------------------------------------------------------------------------
# old layout-table portals (2008–2013)
# ---------------------------------------------------------------------------------------------------------------

def ent(text: str) -> str:
    """Hex numeric character references, as some old CMSs write every CJK character."""
    return "".join(f"&#x{ord(ch):X};" if ord(ch) > 127 else ch for ch in text)


OLD_PROSE = [
    "本报告是根据《中华人民共和国政府信息公开条例》要求，由某某县人民政府办公室编制。本报告中所列数据的统计期限自2010年1月1日起"
    "至2010年12月31日止。",
    "一、概述",
    "2010年，我县认真贯彻落实《条例》，进一步健全工作机制。",
    "二、主动公开政府信息情况",
    "2010年全县共主动公开政府信息3261条，其中通过政府门户网站公开政府信息2980条，编印政府公报12期。",
    "三、依申请公开政府信息办理情况",
    "全年共受理政府信息公开申请18件，其中当面申请5件，网上申请11件，信函申请2件。已办结18件。",
    "四、政府信息公开的收费及减免情况",
    "全年未收取任何费用。",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
    "全年发生行政复议案件1件，行政诉讼0件。",
    "六、政府信息公开工作存在的主要问题及改进措施",
    "部分单位对政府信息公开工作认识不足。",
]


def old_layout_page(title: str, prose: list[str], *, entities: bool = False, charset: str = "gb2312") -> bytes:
    """A 2010-era page: everything is a <table>, body in td.hei14, <font>, <br><br>, charset only in the meta."""
    join = (lambda t: ent(t)) if entities else (lambda t: t)
    body = "<br><br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + join(t) for t in prose)
    nav = "".join(f'<td><a href="/news/list_{i}.asp"><font color="#FFFFFF">栏目{i}</font></a></td>' for i in range(10))
    doc = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}--某某县人民政府信息公开网</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="120" background="/images/top_bg.jpg"><img src="/images/logo.gif"></td></tr>
<tr><td><table width="100%"><tr>{nav}</tr></table></td></tr>
<tr><td><table width="100%" border="0"><tr>
<td width="200" valign="top"><table><tr><td class="left_title">信息公开目录</td></tr>
<tr><td><a href="/xxgk/zn.asp">信息公开指南</a><br><a href="/xxgk/ml.asp">信息公开目录</a><br>
<a href="/xxgk/nb.asp">信息公开年报</a></td></tr></table></td>
<td width="790" valign="top"><table width="96%" align="center">
<tr><td height="30" class="weizhi">您现在的位置：首页 &gt;&gt; 信息公开年报</td></tr>
<tr><td align="center" class="title_c"><font size="4" color="#CC0000"><b>{join(title)}</b></font></td></tr>
<tr><td align="center">发布时间：2011-3-28&nbsp;&nbsp;&nbsp;来源：县政府办&nbsp;&nbsp;点击数：1023</td></tr>
<tr><td class="hei14" style="line-height:200%"><font face="宋体" style="font-size:10.5pt">{body}</font></td></tr>
</table></td></tr></table></td></tr>
<tr><td align="center" bgcolor="#E5E5E5">版权所有：某某县人民政府办公室&nbsp;&nbsp;技术支持：某某网络公司<br>
<a href="/">设为首页</a> | <a href="/">加入收藏</a></td></tr></table></body></html>"""
    return doc.encode("gb18030")


OLD_URL = "http://www.xxx.gov.cn/xxgk/ShowArticle.asp?ArticleID=1234"
OLD_TITLE = "某某县人民政府2010年政府信息公开工作年度报告"


def test_old_layout_portal_prose_report() -> None:
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, OLD_PROSE))
    assert (r.title, r.year, r.template) == (OLD_TITLE, 2010, "e2008")
    assert r.published == "2011-03-28"
    f = facts(r, "text")
    assert f.get("active.items_total") == 3261
    assert f.get("active.channel.website") == 2980
    assert f.get("active.channel.gazette") == 12
    assert f.get("apply.received.total") == 18
    assert (f.get("apply.channel.in_person"), f.get("apply.channel.online"), f.get("apply.channel.letter")) == (5, 11, 2)
    assert f.get("review.total") == 1


def test_old_layout_portal_body_has_no_chrome() -> None:
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, OLD_PROSE))
    assert "统计期限" in r.body and "部分单位对政府信息公开工作认识不足" in r.body
    for junk in ("栏目3", "设为首页", "信息公开指南", "点击数", "技术支持"):
        assert junk not in r.body, junk


def test_old_layout_br_paragraphs_keep_sections() -> None:
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, OLD_PROSE))
    titles = [s.title for s in r.sections]
    assert any("主动公开政府信息情况" in t for t in titles)
    assert any("依申请公开" in t for t in titles)
    assert len(r.sections) >= 6


def test_old_layout_hex_entities() -> None:
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, OLD_PROSE, entities=True))
    assert r.year == 2010
    assert "&#x" not in r.body and "主动公开政府信息3261条" in r.body
    assert facts(r, "text").get("apply.received.total") == 18


def test_old_layout_gbk_meta_rare_char_agency() -> None:
    prose = [t.replace("某某县人民政府办公室", "某某县祊河镇人民政府") for t in OLD_PROSE]
    title = "祊河镇人民政府2010年政府信息公开工作年度报告"
    r = parse(OLD_URL, old_layout_page(title, prose, charset="GBK"))
    assert r.title == title and r.agency == "祊河镇人民政府" and r.agency_type == "township"


def test_old_layout_fee_none_is_zero_wu() -> None:
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, OLD_PROSE))
    fee = fact(r, "fee.request_fees", "text") or fact(r, "fee.none", "text")
    assert fee is not None and fee.value == 0 and fee.value_flag == "wu"


# ---------------------------------------------------------------------------------------------------------------
# e2014 prose + 统计表 of different provinces
# ---------------------------------------------------------------------------------------------------------------

E2014_URL = "http://www.example.gov.cn/art/2017/1/20/art_3.html"


def e2014_page(title: str, table_html: str, *, year: int = 2016, extra_prose: str = "") -> bytes:
    body = "".join([
        p(f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        p("一、概述"), p(f"{year}年，我局认真贯彻落实政府信息公开工作要求。"), extra_prose,
        p("二、主动公开政府信息情况"), p("略。"),
        p("三、依申请公开政府信息办理情况"), p("略。"),
        p("附表：政府信息公开情况统计表"), table_html,
    ])
    return p1.chrome_page(title, body, date=f"{year + 1}-01-20")


def e2014_rows(rows: list[tuple[str, str, str]], cols: int = 3, notes: dict[str, str] | None = None) -> list[list[str]]:
    """rows → cells. cols=5 adds 序号 and 备注 columns (a Jiangsu/Anhui layout)."""
    notes = notes or {}
    out = []
    for i, (label, unit, value) in enumerate(rows, 1):
        cells = [td(label), td(unit), td(value)]
        if cols == 5:
            cells = [td(str(i)), *cells, td(notes.get(label, ""))]
        out.append(cells)
    return out


E2014_CORE = [
    ("一、主动公开情况", "—", "—"),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "412"),
    ("其中：主动公开规范性文件数", "条", "6"),
    ("制发规范性文件总数", "件", "7"),
    ("人大代表建议和政协提案办理结果公开数", "件", "15"),
    ("三、依申请公开情况", "—", "—"),
    ("（一）收到申请数", "件", "9"),
    ("1.当面申请数", "件", "2"),
    ("2.传真申请数", "件", "0"),
    ("3.网络申请数", "件", "6"),
    ("4.信函申请数", "件", "1"),
    ("（二）申请办结数", "件", "9"),
    ("1.按时办结数", "件", "9"),
    ("2.延期办结数", "件", "0"),
    ("四、行政复议数量", "件", "1"),
    ("（一）维持具体行政行为数", "件", "1"),
    ("（二）被依法纠错数", "件", "0"),
    ("（三）其他情形数", "件", "0"),
    ("七、依申请公开信息收取的费用", "万元", "0"),
    ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "3.5"),
    ("（三）接受培训人员数", "人次", "120"),
]


def test_e2014_five_column_table_with_remarks() -> None:
    notes = {"3.网络申请数": "含电子邮件申请2件", "（一）收到申请数": "较上年增加3件"}
    rows = [[td("序号"), td("统计指标"), td("单位"), td("统计数"), td("备注")], *e2014_rows(E2014_CORE, 5, notes)]
    r = parse(E2014_URL, e2014_page("某某市审计局2016年政府信息公开工作年度报告", p1.table(rows)))
    f = table_keys(r)
    assert r.template == "e2014"
    assert f.get("active.items_total") == 412 and f.get("apply.received.total") == 9
    assert f.get("apply.channel.online") == 6 and f.get("apply.closed.on_time") == 9
    assert f.get("review.total") == 1
    assert failing(r) == set()


def test_e2014_rows_3_4_and_money_units() -> None:
    rows = [[td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE)]
    r = parse(E2014_URL, e2014_page("某某市审计局2016年政府信息公开工作年度报告", p1.table(rows)))
    f = table_keys(r)
    assert f.get("active.normative.issued_total") == 7
    assert f.get("proposal.results_published") == 15
    budget = fact(r, "org.budget", "table")
    assert budget is not None and budget.value == 3.5 and budget.unit == "万元"
    trainees = fact(r, "training.trainees", "table")
    assert trainees is not None and trainees.value == 120 and trainees.unit == "人次"


@pytest.mark.parametrize(("online", "denied"), [("3.网上申请数", "4.不予公开答复数"),  # spec 2.7 variants:
                                               ("3.网上填表及电子邮件申请数", "4.否决公开答复总数")])
def test_e2014_label_variants_online_and_denied(online: str, denied: str) -> None:
    rows = [("（一）收到申请数", "件", "8"), ("1.当面申请数", "件", "1"), ("2.传真申请数", "件", "0"),
            (online, "件", "6"), ("4.信函申请数", "件", "1"),
            ("（三）申请答复数", "件", "8"), ("1.属于已主动公开范围数", "件", "2"), ("2.同意公开答复数", "件", "3"),
            ("3.同意部分公开答复数", "件", "0"), (denied, "件", "1"), ("其中：涉及国家秘密", "件", "0"),
            ("涉及商业秘密", "件", "0"), ("涉及个人隐私", "件", "1"),
            ("危及国家安全、公共安全、经济安全和社会稳定", "件", "0"), ("不是《条例》所指政府信息", "件", "0"),
            ("法律法规规定的其他情形", "件", "0"), ("5.不属于本行政机关公开数", "件", "1"),
            ("6.申请信息不存在数", "件", "1"), ("7.告知作出更改补充数", "件", "0"), ("8.告知通过其他途径办理数", "件", "0")]
    table_html = p1.table([[td("统计指标"), td("单位"), td("统计数")], *e2014_rows(rows)])
    r = parse(E2014_URL, e2014_page("某某县林业局2015年政府信息公开工作年度报告", table_html, year=2015))
    f = table_keys(r)
    assert f.get("apply.channel.online") == 6
    assert f.get("apply.answer.denied") == 1 and f.get("apply.answer.denied.privacy") == 1
    assert failing(r) == set()


def test_e2014_unit_row_above_table_and_note_rows_below() -> None:
    rows = [[td("单位：件", colspan=3)], [td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE),
            [td("注：1.本表数据统计期限为2016年1月1日至2016年12月31日；2.收费单位为万元。", colspan=3)],
            [td("填报人：王五　联系电话：0571-88881234　填表日期：2017年1月10日", colspan=3)]]
    r = parse(E2014_URL, e2014_page("某某市审计局2016年政府信息公开工作年度报告", p1.table(rows)))
    f = table_keys(r)
    assert r.year == 2016
    assert f.get("apply.received.total") == 9 and f.get("review.total") == 1
    # the note and the signature rows carry no statistics
    assert {x.raw_label for x in r.facts if x.source == "table" and x.raw_label and
            ("注" in x.raw_label[:2] or "填报人" in x.raw_label)} == set()
    assert failing(r) == set()


def test_e2014_units_column_missing_values_with_units() -> None:
    rows = [[td("统计指标"), td("统计数")],
            *[[td(label), td(f"{value}{unit}" if value not in ("—",) else "—")] for label, unit, value in E2014_CORE]]
    r = parse(E2014_URL, e2014_page("某某市审计局2016年政府信息公开工作年度报告", p1.table(rows)))
    f = table_keys(r)
    assert f.get("active.items_total") == 412 and f.get("apply.received.total") == 9
    assert fact(r, "org.budget", "table").unit == "万元"


def test_e2014_two_value_columns_this_year_and_last_year() -> None:
    # some provinces print 上年数 next to 本年数: the report's value is 本年
    rows = [[td("统计指标"), td("单位"), td("本年数"), td("上年数")],
            *[[td(label), td(unit), td(value), td("—" if value == "—" else "99")] for label, unit, value in E2014_CORE]]
    r = parse(E2014_URL, e2014_page("某某市审计局2016年政府信息公开工作年度报告", p1.table(rows)))
    f = table_keys(r)
    assert f.get("active.items_total") == 412 and f.get("apply.received.total") == 9 and f.get("review.total") == 1


PROSE_CASES = [
    ("通过政府门户网站发布政府信息2345条。", "active.channel.website", 2345, None),
    ("全年共受理政府信息公开申请15宗。", "apply.received.total", 15, "宗"),
    ("共接到政府信息公开申请7条。", "apply.received.total", 7, "条"),
    ("申请人撤回申请1件。", "apply.answer.withdrawn", 1, None),
    ("主动公开信息全文电子化率为100%。", "active.items_fulltext_e_pct", 100, None),
    ("在县档案馆、图书馆等处设立便民查阅点12个。", "org.reading_points", 12, "个"),
    ("发布政策解读稿件35篇。", "response.interpretations", 35, "篇"),
    ("编印《政府公报》24期。", "active.channel.gazette", 24, "期"),
    ("新增主动公开政府信息1.5万余条。", "active.items_total", 15000, None),
    ("本年度共收到政府信息公开申请二十六件。", "apply.received.total", 26, "件"),
    ("通过政务微博发布信息520条，通过政务微信公众号发布信息318条。", "active.channel.wechat", 318, None),
    ("全年共有政府信息公开工作人员4人。", "org.staff_total", 4, "人"),
    ("全年共发生因政府信息公开申请提起的行政诉讼案件2件。", "litigation.total", 2, None),
]


@pytest.mark.parametrize(("sentence", "key", "value", "unit"), PROSE_CASES, ids=[c[1] + f"-{i}" for i, c in enumerate(PROSE_CASES)])
def test_e2008_prose_phrasings(sentence: str, key: str, value: float, unit: str | None) -> None:
    check_prose_fact("二、主动公开政府信息情况", sentence, key, value, unit=unit)


def check_prose_fact(heading: str, paragraph: str, key: str, value: float, *, unit: str | None = None,
                     flag: str | None = None) -> None:
    """An old report whose section `heading` holds `paragraph` gives the text fact `key` = `value`."""
    prose = OLD_PROSE[:3] + [heading, paragraph, "六、存在的主要问题", "宣传力度不够。"]
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, prose))
    f = fact(r, key, "text")
    assert f is not None, [(x.key, x.value) for x in r.facts]
    assert f.value == value
    assert unit is None or f.unit == unit
    assert flag is None or f.value_flag == flag


def test_prose_statistics_traditional_page() -> None:
    prose = ["本報告中所列數據的統計期限自2012年1月1日起至2012年12月31日止。", "一、概述", "2012年，我區紮實推進政府信息公開。",
             "二、主動公開政府信息情況", "全年主動公開政府信息1860條。", "三、依申請公開政府信息辦理情況",
             "全年共受理政府信息公開申請12件，已辦結12件。"]
    r = parse(OLD_URL, old_layout_page("某某區人民政府2012年政府信息公開工作年度報告", prose))
    assert r.script == "traditional" and r.year == 2012
    f = facts(r, "text")
    assert f.get("active.items_total") == 1860 and f.get("apply.received.total") == 12


# ---------------------------------------------------------------------------------------------------------------
# reports published as attachments / as pictures
# ---------------------------------------------------------------------------------------------------------------

ATT_PAGE_URL = "http://www.example.gov.cn/art/2022/1/28/art_1229_8.html"


def attachment_page(title: str, href: str, link_text: str) -> bytes:
    content = (p(f"现将{title}予以公布，详见附件。") +
               f'<p>附件：<a href="{href}" target="_blank">{link_text}</a></p>')
    return p1.chrome_page(title, content, date="2022-01-28")


def test_docx_attachment_t2021() -> None:
    data = factory.numbered_t2021()
    title = "漳河新区2021年政府信息公开工作年度报告"
    docx = factory.t2021_docx(data)
    att = Fetched("http://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename=nb2021.docx", docx,
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    r = parse(ATT_PAGE_URL, attachment_page(title, "/module/download/downfile.jsp?classid=0&filename=nb2021.docx",
                                           "漳河新区2021年政府信息公开工作年度报告.docx"), attachments=(att,))
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert att.url in r.attachment_urls
    f = {x.key: x for x in r.facts if x.source == "table"}
    total_row = factory.T2021_APPLY_ROWS.index(("一、本年新收政府信息公开申请数量", "", ""))
    assert f["apply.received_new.total"].value == float(data.apply[total_row][6])
    assert f["apply.received_new.total"].origin == "docx"
    assert f["review.total"].value == float(data.review[4])
    assert f["active.admin_fee.amount"].value == 7.522


def test_xlsx_attachment_e2014_table_with_prose_page() -> None:
    xlsx = factory.e2014_xlsx()
    title = "二道区人民政府2017年度政府信息公开工作报告"
    content = "".join(p(t) for t in factory.E2014_PROSE[1:]) + '<p>附件：<a href="./P020180105.xlsx">统计表.xlsx</a></p>'
    page = p1.chrome_page(title, content, date="2018-01-05")
    att = Fetched("http://www.example.gov.cn/art/2018/1/5/P020180105.xlsx", xlsx,
                  {"content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    r = parse("http://www.example.gov.cn/art/2018/1/5/t20180105_1.html", page, attachments=(att,))
    assert (r.year, r.template) == (2017, "e2014")
    truth = {label: value for label, _, value in factory.E2014_ROWS}
    f = {x.key: x for x in r.facts if x.source == "table"}
    assert f["apply.received.total"].value == float(truth["（一）收到申请数"])
    assert f["apply.received.total"].origin == "xlsx"
    assert facts(r, "text").get("active.items_total") == 4156


def test_pdf_attachment_behind_pdfjs_viewer() -> None:
    data = factory.numbered_t2021()
    pdf = factory.t2021_pdf(data)
    title = "漳河新区2021年政府信息公开工作年度报告"
    content = (p("详见附件。") + '<iframe src="/pdfjs/web/viewer.html?file=/uploadfiles/2022/01/nb2021.pdf" '
               'width="100%" height="800"></iframe>')
    page = p1.chrome_page(title, content, date="2022-01-28")
    att = Fetched("http://www.example.gov.cn/uploadfiles/2022/01/nb2021.pdf", pdf, {"content-type": "application/pdf"})
    r = parse(ATT_PAGE_URL, page, attachments=(att,))
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    f = {x.key: x for x in r.facts if x.source == "table"}
    total_row = factory.T2021_APPLY_ROWS.index(("三、本年度办理结果", "（七）总计", ""))
    assert f["apply.outcome.total.total"].value == float(data.apply[total_row][6])
    assert f["apply.outcome.total.total"].origin == "pdf"


def test_attachment_link_without_bytes_marks_tables_missing() -> None:
    title = "某某县水利局2021年政府信息公开工作年度报告"
    r = parse(ATT_PAGE_URL, attachment_page(title, "/uploadfiles/nb2021.doc", "某某县水利局2021年年报.doc"))
    assert r.title == title and r.year == 2021
    assert r.tables_missing
    assert not [x for x in r.facts if x.source == "table"]


def picture_page(title: str) -> bytes:
    imgs = "".join(f'<p style="text-align:center"><img src="/picture/0/220128{i}.jpg" width="700" border="0" '
                   f'alt="{title}" title="{title}"/></p>' for i in range(1, 6))
    return p1.chrome_page(title, imgs, date="2022-01-28")


def test_picture_only_body_tables_missing_no_zeros() -> None:
    title = "宿州市人民政府2021年政府信息公开工作年度报告（图片版）"
    r = parse(ATT_PAGE_URL, picture_page(title))
    assert r.edition == "图片版" and r.year == 2021 and r.agency == "宿州市人民政府"
    assert r.tables_missing
    assert not [x for x in r.facts if x.value == 0 and x.source in ("table", "derived")]
    assert not [c for c in r.checks if not c.passed]


def test_picture_only_body_without_edition_word() -> None:
    r = parse(ATT_PAGE_URL, picture_page("某某县应急管理局2021年政府信息公开工作年度报告"))
    assert r.tables_missing and not r.facts
    assert r.tables_missing_reason


# ---------------------------------------------------------------------------------------------------------------
# metadata blocks
# ---------------------------------------------------------------------------------------------------------------

def bare_page(title: str, meta_html: str, content: str, *, head: str = "", h1: bool = True) -> bytes:
    """An article page whose only date/publisher is in the metadata block (no 发布日期 info line)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head}<title>{title}</title></head><body>
<div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div class="xxgk_info">{meta_html}</div>
<div class="content">{f"<h1>{title}</h1>" if h1 else ""}<div class="TRS_Editor">{content}</div></div>
<div class="foot">主办单位：某某市人民政府办公室</div></body></html>""".encode()


def meta_table(index_no: str, publisher: str, date_label: str, date: str, doc_no: str = "") -> str:
    return ("<table class='xxgk_table' width='100%'>"
            f"<tr><td class='td_lable'>索 引 号：</td><td>{index_no}</td>"
            "<td class='td_lable'>主题分类：</td><td>综合政务\\政务公开</td></tr>"
            f"<tr><td class='td_lable'>发布机构：</td><td>{publisher}</td>"
            f"<td class='td_lable'>{date_label}：</td><td>{date}</td></tr>"
            f"<tr><td class='td_lable'>文　　号：</td><td>{doc_no}</td><td class='td_lable'>有 效 性：</td><td>有效</td></tr>"
            "<tr><td class='td_lable'>名　　称：</td><td colspan='3'>政府信息公开工作年度报告</td></tr></table>")


def meta_ul(pairs: list[tuple[str, str]]) -> str:
    return "<ul class='xxgk-meta'>" + "".join(f"<li><span>{k}：</span>{v}</li>" for k, v in pairs) + "</ul>"


def meta_dl(pairs: list[tuple[str, str]]) -> str:
    return "<dl class='info'>" + "".join(f"<dt>{k}：</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"


BODY_2020 = p1.t2021_body("某某县财政局", year=2020)
META_URL = "http://www.example.gov.cn/zwgk/nb/202101/t20210120_99.html"


@pytest.mark.parametrize("shown", [
    "2021-01-20", "2021年1月20日", "2021/01/20",
    "20210120",
    "2021年01月20日 09:30", "2021.01.20"], ids=["dash", "cn", "slash", "compact", "cn-time", "dot"])
def test_published_from_metadata_table_date_formats(shown: str) -> None:
    title = "某某县财政局2020年政府信息公开工作年度报告"
    r = parse(META_URL, bare_page(title, meta_table("330523/2021-00123", "某某县财政局", "成文日期", shown), BODY_2020))
    assert r.published == "2021-01-20"
    assert r.year == 2020


def test_metadata_table_region_code_from_division_index() -> None:
    title = "县财政局2020年政府信息公开工作年度报告"
    r = parse(META_URL, bare_page(title, meta_table("330523/2019-04682", "安吉县财政局", "发布日期", "2021-01-20"),
                                  BODY_2020))
    assert r.region_code == "330523"


@pytest.mark.parametrize(("index_no", "year", "code"), [
    ("11370684004265946U/2022-00185", 2021, "370614"),  # 蓬莱市 became 烟台市蓬莱区 (370614) in 2020
    ("11370684004265946U/2020-00185", 2019, "370684"),  # as of 2019 the credit code's division is still valid
    ("11330523002512345X/2022-00031", 2021, "330523"),
])
def test_ul_li_metadata_credit_code_index(index_no: str, year: int, code: str) -> None:
    title = f"市统计局{year}年政府信息公开工作年度报告"
    meta = meta_ul([("索引号", index_no), ("发布机构", "市统计局"),
                    ("发布日期", f"{year + 1}年01月25日"), ("分类", "政府信息公开年报")])
    body = p1.t2021_body("市统计局", year=year) if year >= 2021 else p1.t2019_body("市统计局", year=year)
    r = parse("http://www.example.gov.cn/art/2022/1/25/art_1_2.html", bare_page(title, meta, body))
    assert (r.year, r.region_code) == (year, code)
    assert r.published == f"{year + 1}-01-25"


def test_org_code_index_is_not_a_division_code() -> None:
    # 014416330/2018-04736: a 9-digit 组织机构代码, its first six digits are no GB/T 2260 code
    title = "某某市商务局2021年政府信息公开工作年度报告"
    meta = meta_ul([("索引号", "014416330/2022-04736"), ("发布机构", "某某市商务局"), ("发布日期", "2022-01-25")])
    r = parse("http://www.example.com.cn/art/2022/1/25/art_1_3.html", bare_page(title, meta, p1.t2021_body("某某市商务局")))
    assert r.region_code != "014416"
    assert r.region_code is None or re.fullmatch(r"[1-6]\d{5}", r.region_code)


def test_dl_metadata_agency_when_title_has_none() -> None:
    title = "2020年政府信息公开工作年度报告"
    meta = meta_dl([("索引号", "330523/2021-00077"), ("发布机构", "安吉县自然资源和规划局"), ("发布日期", "2021/01/20")])
    r = parse(META_URL, bare_page(title, meta, p1.t2021_body("我局", year=2020)))
    assert r.agency == "安吉县自然资源和规划局" and r.agency_type == "department"
    assert r.published == "2021-01-20" and r.year == 2020


def test_meta_tags_article_title_pubdate_source() -> None:
    head = ('<meta name="ArticleTitle" content="某某市人力资源和社会保障局2021年政府信息公开工作年度报告">'
            '<meta name="PubDate" content="2022-01-21 10:12">'
            '<meta name="ContentSource" content="某某市人力资源和社会保障局">'
            '<meta name="ColumnName" content="政府信息公开年报">')
    # <title> is the site name only and the page has no <h1>: the title is in the meta tag
    doc = bare_page("某某市人民政府门户网站", "", p1.t2021_body("某某市人力资源和社会保障局"), head=head, h1=False)
    r = parse("http://www.example.gov.cn/art/2022/1/21/art_2_4.html", doc)
    assert r.title == "某某市人力资源和社会保障局2021年政府信息公开工作年度报告"
    assert r.agency == "某某市人力资源和社会保障局" and r.agency_type == "department"
    assert r.published == "2022-01-21"


def test_metadata_year_serial_not_reporting_year() -> None:
    # 索引号 "…/2022-00185" carries the publication year; the report is for 2021 per title and period
    meta = meta_ul([("索引号", "330523/2022-00185"), ("发布机构", "安吉县教育局"), ("发布日期", "2022-01-25")])
    r = parse(META_URL, bare_page("安吉县教育局政府信息公开工作年度报告", meta, p1.t2021_body("安吉县教育局")))
    assert (r.year, r.year_source) == (2021, "period")


# ---------------------------------------------------------------------------------------------------------------
# mirrors (spec 3.8)
# ---------------------------------------------------------------------------------------------------------------

def to_traditional(text: str) -> str:
    from opencc import OpenCC  # noqa: PLC0415 - optional dependency of the project

    return OpenCC("s2t").convert(text)


GOV_URL = "http://www.example.gov.cn/art/2022/1/20/art_1229_55.html"
MIRROR_URL = "http://m.fqjz1.com/gongkai/show/20220120123.html"
MIRROR_TITLE = "某某区人民政府2021年政府信息公开工作年度报告"


def mirror_page(content: str, title: str) -> bytes:
    banner = "<div class='ad'>澳门金沙城中心_欧洲杯足球网_真人娱乐平台</div>"
    return f"""<html><head><meta charset="utf-8"><title>{title}-澳门金沙城中心_欧洲杯足球网</title></head><body>{banner}
<div class="content"><h1>{title}</h1><div class="article-body">{content}</div></div>
<div class="foot">Copyright © 2022 fqjz1.com</div></body></html>""".encode()


def test_traditional_mirror_same_facts_and_body_hash() -> None:
    orig = parse(GOV_URL, p1.t2021_page(MIRROR_TITLE, "某某区人民政府"))
    trad = to_traditional(p1.t2021_body("某某区人民政府"))
    r = parse(MIRROR_URL, mirror_page(trad, to_traditional(MIRROR_TITLE)))
    assert r.script == "traditional" and r.is_mirror and r.mirror_reason
    assert not orig.is_mirror
    assert r.body_hash == orig.body_hash
    assert table_keys(r) == table_keys(orig)
    assert (r.year, r.template) == (orig.year, orig.template)


def test_over_converted_mirror_body_hash() -> None:
    # spam mirrors over-convert: 全麵, 體製機製, 係列 (seed 000); the hash must still match the original's
    body = p1.t2021_body("某某区人民政府", overview="2021年，某某区全面深化体制机制改革，出台系列制度，推进政务公开。")
    orig = parse(GOV_URL, p1.chrome_page(MIRROR_TITLE, body))
    bad = body.replace("全面", "全麵").replace("体制机制", "體製機製").replace("系列", "係列")
    r = parse(MIRROR_URL, mirror_page(bad, MIRROR_TITLE))
    assert r.is_mirror
    assert r.body_hash == orig.body_hash


def test_simplified_mirror_with_spam_banner_same_hash() -> None:
    orig = parse(GOV_URL, p1.t2021_page(MIRROR_TITLE, "某某区人民政府"))
    r = parse(MIRROR_URL, mirror_page(p1.t2021_body("某某区人民政府"), MIRROR_TITLE))
    assert r.is_mirror and r.script == "simplified"
    assert r.body_hash == orig.body_hash
    assert "澳门金沙" not in r.body
    assert r.agency == "某某区人民政府"


def test_gov_page_in_word_html_same_hash_as_plain() -> None:
    # the same report pasted from Word (mso markup, &nbsp; padding) and typed into the CMS: one body, one hash
    plain = parse(GOV_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告", "".join([
        p("本报告根据《中华人民共和国政府信息公开条例》要求，由某某县交通运输局编制。本报告中所列数据的统计期限自2021年1月1日起"
          "至2021年12月31日止。"),
        p("一、总体情况"), p("2021年，某某县交通运输局全面推进政务公开工作。"),
        p("二、主动公开政府信息情况"), sec2_2021(), p("三、收到和处理政府信息公开申请情况"), sec3_2021(),
        p("四、政府信息公开行政复议、行政诉讼情况"), sec4(), p("五、存在的主要问题及改进情况"), p("一是公开内容不够全面。"),
        p("六、其他需要报告的事项"), p("本年度未收取信息处理费。")])))
    word = parse(WORD_URL, word_page("某某县交通运输局2021年政府信息公开工作年度报告", word_t2021()))
    assert table_keys(word) == table_keys(plain)
    assert word.body_hash == plain.body_hash


def test_e2008_prose_reused_from_probe1_in_traditional_mirror() -> None:
    orig = parse(GOV_URL, p1.chrome_page("某某市国土资源局2009年政府信息公开工作年度报告", E2008_PROSE, date="2010-03-20"))
    r = parse(MIRROR_URL, mirror_page(to_traditional(E2008_PROSE), to_traditional("某某市国土资源局2009年政府信息公开工作年度报告")))
    assert r.is_mirror and r.script == "traditional"
    assert r.body_hash == orig.body_hash
    assert facts(r, "text") == facts(orig, "text")


# ---------------------------------------------------------------------------------------------------------------
# more Word artefacts, inside a CMS container (pasted from Word)
# ---------------------------------------------------------------------------------------------------------------

MISALIGNED = ("<![if !supportMisalignedColumns]><tr height=0>" + "<td width=64 style='border:none'></td>" * 15
              + "</tr><![endif]>")


def test_word_misaligned_columns_row_after_sec4() -> None:
    # Word closes tables with an invisible row of empty cells (supportMisalignedColumns): not a row of blanks
    s4 = wordify(sec4([2, 1, 0, 1, 4, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0])).replace("</tbody></table>", MISALIGNED
                                                                             + "</tbody></table>")
    r = parse(WORD_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告",
                                       word_t2021().replace(wordify(sec4()), s4)))
    f = table_keys(r)
    assert (f.get("review.upheld"), f.get("review.pending"), f.get("review.total")) == (2, 1, 4)
    assert f.get("litigation.direct.total") == 1
    assert failing(r) == set()


def test_word_nbsp_only_cells_are_blank_zero() -> None:
    data = dict(BASE3)
    data["apply.carried_in"] = [None] * 7  # printed as Word's empty paragraph: &nbsp;
    data["apply.received_new"] = [12, 3, 0, 0, 1, 0, 16]
    s3 = sec3_2021(data).replace("<td>0</td>", "<td>0</td>")
    html = wordify(s3)
    # the carried-in row's seven cells: Word writes <span lang=EN-US>&nbsp;</span> for an empty cell
    row = html[html.index("二、上年结转"):]
    row_end = row.index("</tr>")
    blank_row = re.sub(r"&nbsp;0&nbsp;", "&nbsp;", row[:row_end])
    html = html.replace(row[:row_end], blank_row)
    r = parse(WORD_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告",
                                       word_t2021().replace(wordify(sec3_2021()), html)))
    c = fact(r, "apply.carried_in.total", "table")
    assert c is not None and c.value == 0 and c.value_flag == "blank"
    assert table_keys(r).get("apply.received_new.total") == 16
    assert failing(r) == set()


def word_heading(number: str, text: str) -> str:
    return (f"<p class=MsoListParagraph style='margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1'>"
            f"<![if !supportLists]><span style='font-size:16.0pt;font-family:黑体;mso-list:Ignore'>{number}、"
            f"<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;</span></span><![endif]>"
            f"<span style='font-size:16.0pt;font-family:黑体'>{text}<span lang=EN-US><o:p></o:p></span></span></p>")


def test_word_list_numbered_section_headings() -> None:
    content = word_t2021()
    for number, text in (("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
                         ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"),
                         ("六", "其他需要报告的事项")):
        content = content.replace(word_p(f"{number}、{text}"), word_heading(number, text))
    r = parse(WORD_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告", content))
    numbers = [s.number for s in r.sections if s.number in "一二三四五六"]
    assert numbers[:6] == ["一", "二", "三", "四", "五", "六"], [(s.number, s.title) for s in r.sections]
    expected_sec3(r)


def test_utf8_bom_beats_gb2312_meta() -> None:
    title = "某某县交通运输局2021年政府信息公开工作年度报告"
    page = p1.t2021_page(title, "某某县交通运输局").replace(b'<meta charset="utf-8">',
                                                        b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    r = parse(WORD_URL, b"\xef\xbb\xbf" + page)
    assert r.title == title
    expected_sec3(r)


# ---------------------------------------------------------------------------------------------------------------
# old portals: sidebars with long text, e2014 tables nested in layout tables
# ---------------------------------------------------------------------------------------------------------------

def test_old_layout_long_sidebar_text_not_chosen() -> None:
    intro = ("某某县位于省境东南部，县域面积1850平方公里，辖12个乡镇、3个街道，总人口52万人。" * 6)
    doc = old_layout_page(OLD_TITLE, OLD_PROSE).decode("gb18030").replace(
        '<td width="200" valign="top"><table>',
        f'<td width="200" valign="top"><table><tr><td class="xqjj"><span>{intro}</span></td></tr>')
    r = parse(OLD_URL, doc.encode("gb18030"))
    assert "县域面积" not in r.body
    assert facts(r, "text").get("apply.received.total") == 18


def test_old_layout_e2014_table_nested_in_layout_td() -> None:
    rows = [[td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE)]
    prose = [t.replace("2010", "2015") for t in OLD_PROSE]
    doc = old_layout_page(OLD_TITLE.replace("2010", "2015"), prose).decode("gb18030").replace(
        "</font></td>", "</font><br>附表：政府信息公开情况统计表<br>" + p1.table(rows) + "</td>")
    r = parse(OLD_URL, doc.encode("gb18030"))
    assert (r.year, r.template) == (2015, "e2014")
    f = table_keys(r)
    assert f.get("apply.received.total") == 9 and f.get("active.items_total") == 412
    assert facts(r, "text").get("active.items_total") == 3261


# ---------------------------------------------------------------------------------------------------------------
# more prose phrasings (spec 2.5)
# ---------------------------------------------------------------------------------------------------------------

PROSE_CASES_2 = [
    ("依申请公开收取检索、复制、邮寄等费用共计120元。", "fee.request_fees", 120, "元", None),
    ("全年发生行政复议案件2件，其中维持1件，被纠错1件。", "review.corrected", 1, None, None),
    ("全年发生行政复议案件2件，其中维持1件，被纠错1件。", "review.upheld", 1, None, None),
    ("已办结20件，正在办理2件。", "apply.pending", 2, None, None),
    ("同意公开11件，同意部分公开2件，不予公开1件。", "apply.answer.partial", 2, None, None),
    ("非本机关政府信息3件。", "apply.answer.not_this_agency", 3, None, None),
    ("全年主动公开政府信息近两千条。", "active.items_total", 2000, None, "approx"),
    ("全年主动公开各类政府信息逾3000条。", "active.items_total", 3000, None, "approx"),
    ("网上申请１２件。", "apply.channel.online", 12, None, None),
    ("行政诉讼1件，法院判决均维持原具体行政行为。", "litigation.upheld", 1, None, None),
]


@pytest.mark.parametrize(("sentence", "key", "value", "unit", "flag"), PROSE_CASES_2,
                         ids=[f"case{i}" for i in range(len(PROSE_CASES_2))])
def test_e2008_prose_phrasings_2(sentence: str, key: str, value: float, unit: str | None, flag: str | None) -> None:
    check_prose_fact("三、依申请公开政府信息办理情况", "全年共受理政府信息公开申请22件。" + sentence, key, value, unit=unit,
                     flag=flag)


# ---------------------------------------------------------------------------------------------------------------
# attachments: prose in the attachment, page and attachment both with tables
# ---------------------------------------------------------------------------------------------------------------

def test_docx_attachment_prose_statistics() -> None:
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.docx", factory.t2021_docx(data),
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    title = "漳河新区2021年政府信息公开工作年度报告"
    r = parse(ATT_PAGE_URL, attachment_page(title, "/uploadfiles/nb2021.docx", "点击下载"), attachments=(att,))
    # the prose of the report is in the attachment: "全年主动公开政府信息4578条"
    assert facts(r, "text").get("active.items_total") == 4578


def test_picture_page_with_docx_attachment_not_missing() -> None:
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.docx", factory.t2021_docx(data),
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    page = picture_page("漳河新区2021年政府信息公开工作年度报告").replace(
        b'<div class="share">', b'<p>\xe9\x99\x84\xe4\xbb\xb6\xef\xbc\x9a<a href="/uploadfiles/nb2021.docx">nb2021.docx</a></p><div class="share">')
    r = parse(ATT_PAGE_URL, page, attachments=(att,))
    assert not r.tables_missing
    assert table_keys(r).get("review.total") == float(data.review[4])


def test_page_tables_and_same_docx_attachment_agree() -> None:
    # the page prints the tables and links the same report as DOCX: one fact per (key, source, origin), and the
    # two documents' values agree (facts are kept per document: Fact.origin)
    data = factory.numbered_t2021()
    html = factory.t2021_html(data).encode()
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.docx", factory.t2021_docx(data),
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    link = '<p>附件：<a href="/uploadfiles/nb2021.docx">年报.docx</a></p></body>'.encode()
    r = parse(ATT_PAGE_URL, html.replace(b"</body>", link), attachments=(att,))
    keys = [(x.key, x.source, x.origin) for x in r.facts]
    assert len(keys) == len(set(keys)), "duplicate (key, source, origin) facts"
    by_origin: dict[str, dict[str, float | None]] = {}
    for x in r.facts:
        if x.source == "table":
            by_origin.setdefault(x.origin, {})[x.key] = x.value
    assert set(by_origin) == {"html", "docx"}
    assert by_origin["html"] == by_origin["docx"]
    assert by_origin["docx"].get("review.total") == float(data.review[4])
    # (numbered_t2021 is not consistent: the same checks fire as for the page alone, no new ones)
    assert failing(r) == failing(parse(ATT_PAGE_URL, html))


# ---------------------------------------------------------------------------------------------------------------
# metadata label variants, mirrors with pinyin, legitimate traditional version
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["发布机构", "发布单位", "信息来源", "来源"], ids=["fbjg", "fbdw", "xxly", "ly"])
def test_publisher_label_variants(label: str) -> None:
    meta = meta_ul([("索引号", "330523/2021-00077"), (label, "安吉县市场监督管理局"), ("发布日期", "2021-01-20")])
    r = parse(META_URL, bare_page("2020年政府信息公开工作年度报告", meta, p1.t2021_body("我局", year=2020)))
    assert r.agency == "安吉县市场监督管理局" and r.agency_type == "department"


def test_pinyin_mirror_same_body_hash() -> None:
    orig = parse(GOV_URL, p1.t2021_page(MIRROR_TITLE, "某某区人民政府"))
    trad = to_traditional(p1.t2021_body("某某区人民政府"))
    trad = trad.replace("報告", "報(bào)告", 1).replace("公開", "公(gōng)開", 2).replace("情況", "情(qíng)況", 1)
    r = parse(MIRROR_URL, mirror_page(trad, to_traditional(MIRROR_TITLE)))
    assert r.is_mirror
    assert r.body_hash == orig.body_hash
    assert table_keys(r) == table_keys(orig)


def test_gov_traditional_version_same_hash() -> None:
    orig = parse(GOV_URL, p1.t2021_page(MIRROR_TITLE, "某某区人民政府"))
    trad_page = to_traditional(p1.t2021_page(MIRROR_TITLE, "某某区人民政府").decode()).encode()
    r = parse("http://big5.example.gov.cn/gate/big5/www.example.gov.cn/art/2022/1/20/art_1229_55.html", trad_page)
    assert r.script == "traditional"
    assert r.body_hash == orig.body_hash
    assert (r.agency, r.year) == ("某某區人民政府", 2021) or (r.agency, r.year) == ("某某区人民政府", 2021)


# ---------------------------------------------------------------------------------------------------------------
# Word run splits, legacy .doc/.xls attachments, scanned PDFs, more metadata and mirror shapes
# ---------------------------------------------------------------------------------------------------------------

def test_word_split_runs_in_numbers_and_labels() -> None:
    # Word splits runs at spell-check marks and revisions: "1</span><span>2" is 12, "予以<span class=GramE>公开" one label
    data = dict(BASE3)
    data["apply.received_new"] = [10, 3, 0, 0, 1, 0, 14]
    html = wordify(sec3_2021(data))
    html = html.replace("&nbsp;14&nbsp;", "1</span><span lang=EN-US style='font-size:10.0pt'>4", 1)
    html = html.replace("（一）予以公开", "（一）予以<span class=GramE>公</span>开", 1)
    html = html.replace("4.保护第三方合法权益", "4.保护<span class=SpellE>第三方</span>合法权益", 1)
    r = parse(WORD_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告",
                                       word_t2021().replace(wordify(sec3_2021()), html)))
    expected_sec3(r)
    assert failing(r) == set()


@pytest.fixture(scope="module")
def legacy_files() -> dict[str, bytes]:
    """DOC and XLS made by LibreOffice (installed by scripts/install.sh) from the factory's DOCX/XLSX (old portals
    publish these)."""
    data = factory.numbered_t2021()
    return {"doc": factory.soffice_convert(factory.t2021_docx(data), "docx", "doc"),
            "xls": factory.soffice_convert(factory.e2014_xlsx(), "xlsx", "xls")}


@pytest.mark.slow
def test_doc_attachment_t2021(legacy_files: dict[str, bytes]) -> None:
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.doc", legacy_files["doc"],
                  {"content-type": "application/msword"})
    title = "漳河新区2021年政府信息公开工作年度报告"
    r = parse(ATT_PAGE_URL, attachment_page(title, "/uploadfiles/nb2021.doc", "年报.doc"), attachments=(att,))
    assert (r.template, r.tables_missing) == ("t2021", False)
    f = {x.key: x for x in r.facts if x.source == "table" and x.origin == "doc"}
    # (LibreOffice's DOCX→DOC export flattens the 15-column section-四 table into one paragraph, so only
    # sections 二 and 三 are asserted here)
    row = factory.T2021_APPLY_ROWS.index(("一、本年新收政府信息公开申请数量", "", ""))
    assert f["apply.received_new.total"].value == float(data.apply[row][6])
    assert f["active.admin_fee.amount"].value == 7.522


@pytest.mark.slow
def test_xls_attachment_e2014(legacy_files: dict[str, bytes]) -> None:
    att = Fetched("http://www.example.gov.cn/art/2018/1/5/P020180105.xls", legacy_files["xls"],
                  {"content-type": "application/vnd.ms-excel"})
    title = "二道区人民政府2017年度政府信息公开工作报告"
    content = "".join(p(t) for t in factory.E2014_PROSE[1:]) + '<p>附件：<a href="./P020180105.xls">统计表.xls</a></p>'
    r = parse("http://www.example.gov.cn/art/2018/1/5/t20180105_1.html", p1.chrome_page(title, content, date="2018-01-05"),
              attachments=(att,))
    truth = {label: value for label, _, value in factory.E2014_ROWS}
    f = {x.key: x for x in r.facts if x.source == "table"}
    assert (r.year, r.template) == (2017, "e2014")
    assert f["apply.received.total"].value == float(truth["（一）收到申请数"]) and f["apply.received.total"].origin == "xls"


def test_scanned_pdf_attachment_without_ocr_tables_missing() -> None:
    data = factory.numbered_t2021()
    pdf = factory.scanned_pdf([factory.table_image(factory.t2021_review_spec(data))])
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.pdf", pdf, {"content-type": "application/pdf"})
    title = "某某镇人民政府2021年政府信息公开工作年度报告"
    r = parse(ATT_PAGE_URL, attachment_page(title, "/uploadfiles/nb2021.pdf", "年报.pdf"), attachments=(att,))
    assert r.tables_missing
    assert not [x for x in r.facts if x.source in ("table", "derived")]
    assert not [c for c in r.checks if not c.passed]


def test_metadata_table_labels_without_colons() -> None:
    meta = ("<table class='xxgk'><tr><th>索引号</th><td>330523/2021-00088</td><th>发布机构</th><td>安吉县林业局</td></tr>"
            "<tr><th>成文日期</th><td>2021年01月19日</td><th>发布日期</th><td>2021年01月20日</td></tr></table>")
    r = parse(META_URL, bare_page("2020年政府信息公开工作年度报告", meta, p1.t2021_body("我局", year=2020)))
    assert r.agency == "安吉县林业局" and r.region_code == "330523"
    assert r.published == "2021-01-20"  # 发布日期, the date shown for publication (成文日期 is the signing date)


def test_traditional_mirror_of_e2014_table_report() -> None:
    rows = [[td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE)]
    body = "".join([p("本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"), p("一、概述"), p("略。"),
                    p("附表：政府信息公开情况统计表"), p1.table(rows)])
    title = "某某市审计局2016年政府信息公开工作年度报告"
    orig = parse(E2014_URL, p1.chrome_page(title, body, date="2017-01-20"))
    r = parse(MIRROR_URL, mirror_page(to_traditional(body), to_traditional(title)))
    assert r.is_mirror and r.script == "traditional"
    assert table_keys(r) == table_keys(orig) and table_keys(orig).get("apply.received.total") == 9
    assert r.body_hash == orig.body_hash


def test_old_layout_font_wrapped_paragraphs() -> None:
    # FrontPage/Dreamweaver-era editors: each paragraph is <p><font>…</font></p> in an unnamed layout cell
    doc = old_layout_page(OLD_TITLE, OLD_PROSE).decode("gb18030")
    body = "".join(f'<p style="text-indent:2em"><font face="宋体" size="3">{t}</font></p>' for t in OLD_PROSE)
    doc = re.sub(r'<td class="hei14".*?</td>', f'<td style="line-height:200%">{body}</td>', doc, flags=re.S)
    r = parse(OLD_URL, doc.encode("gb18030"))
    assert "统计期限" in r.body and "部分单位对政府信息公开工作认识不足" in r.body
    f = facts(r, "text")
    assert f.get("active.items_total") == 3261 and f.get("apply.received.total") == 18


def test_word_page_with_long_prose_reads_tables() -> None:
    # with enough prose the Word page's section div wins the density vote: then the Word tables must read exactly
    long = "".join(word_p(f"（{n}）围绕{w}，我局健全工作机制，明确责任分工，细化工作措施，确保各项任务落到实处，"
                          f"全年召开专题会议研究部署相关工作，并开展专项督查，及时发现和整改存在的问题。")
                   for n, w in zip("一二三四五六", ("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障", "解读回应"),
                                   strict=True))
    content = word_t2021().replace(word_p("2021年，某某县交通运输局全面推进政务公开工作。"), long)
    r = parse(WORD_URL, word_page("某某县交通运输局2021年政府信息公开工作年度报告", content))
    assert "统计期限" in r.body and "专项督查" in r.body
    expected_sec3(r)
    assert table_keys(r).get("review.total") == 2
    assert failing(r) == set()


def test_e2014_table_pasted_from_word() -> None:
    rows = [[td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE)]
    body = "".join([word_p("本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"), word_p("一、概述"),
                    word_p("2016年，我局认真贯彻落实政府信息公开工作要求。"), word_p("附表：政府信息公开情况统计表"),
                    wordify(p1.table(rows))])
    r = parse(E2014_URL, p1.chrome_page("某某市审计局2016年政府信息公开工作年度报告", body, date="2017-01-20"))
    f = table_keys(r)
    assert r.template == "e2014"
    assert (f.get("apply.received.total"), f.get("apply.channel.in_person"), f.get("apply.channel.online")) == (9, 2, 6)
    assert (f.get("apply.closed.on_time"), f.get("review.total")) == (9, 1)
    assert failing(r) == set()


def test_site_id_code_meta_tag_region() -> None:
    head = '<meta name="SiteIDCode" content="3305230001"><meta name="SiteName" content="安吉县人民政府">'
    r = parse(META_URL, bare_page("县林业局2021年政府信息公开工作年度报告", "", p1.t2021_body("县林业局"), head=head))
    assert r.region_code == "330523"


@pytest.mark.parametrize(("prose", "fires"), [("全年共收到政府信息公开申请9件。", False),
                                              ("全年共收到政府信息公开申请20件。", True)], ids=["match", "mismatch"])
def test_e2014_r10_prose_against_table(prose: str, fires: bool) -> None:
    rows = [[td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE)]
    r = parse(E2014_URL, e2014_page("某某市审计局2016年政府信息公开工作年度报告", p1.table(rows), extra_prose=p(prose)))
    assert any(rule.startswith("R10") for rule in failing(r)) == fires, failing(r)
    assert not {rule for rule in failing(r) if not rule.startswith("R10")}


def test_file_only_report_title_from_attachment() -> None:
    # the listing linked straight to a download page that says nothing but the file name
    data = factory.numbered_t2021()
    page = ("<html><head><meta charset='utf-8'><title>附件下载</title></head><body><div class='down'>"
            "<a href='/uploadfiles/nb2021.docx'>点击下载</a></div></body></html>").encode()
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.docx", factory.t2021_docx(data),
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    r = parse_report([Fetched(ATT_PAGE_URL, page, HTML)], attachments=(att,),
                     link_title="漳河新区2021年政府信息公开工作年度报告")
    assert r.title == "漳河新区2021年政府信息公开工作年度报告"
    assert (r.year, r.agency, r.agency_type, r.template) == (2021, "漳河新区", "zone", "t2021")
    assert not r.tables_missing


# ---------------------------------------------------------------------------------------------------------------
# encodings of old and mirror pages
# ---------------------------------------------------------------------------------------------------------------

def test_http_gb2312_header_no_meta_gbk_only_chars() -> None:
    prose = [t.replace("某某县人民政府办公室", "某某县祊河镇人民政府") for t in OLD_PROSE]
    title = "祊河镇人民政府2010年政府信息公开工作年度报告"
    doc = old_layout_page(title, prose).replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', b"")
    r = parse(OLD_URL, doc, headers={"content-type": "text/html; charset=gb2312"})
    assert r.title == title and r.agency == "祊河镇人民政府"


def test_meta_says_utf8_bytes_are_gbk() -> None:
    # a misconfigured template: <meta charset=utf-8> on a page the CMS still writes in GBK
    doc = old_layout_page(OLD_TITLE, OLD_PROSE).replace(
        b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', b'<meta charset="utf-8">')
    r = parse(OLD_URL, doc)
    assert r.title == OLD_TITLE and r.year == 2010
    assert facts(r, "text").get("apply.received.total") == 18


def test_big5_traditional_mirror() -> None:
    orig = parse(GOV_URL, p1.t2021_page(MIRROR_TITLE, "某某区人民政府"))
    page = mirror_page(to_traditional(p1.t2021_body("某某区人民政府")), to_traditional(MIRROR_TITLE)).decode()
    page = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">')
    r = parse(MIRROR_URL, page.encode("big5", "xmlcharrefreplace"))
    assert r.script == "traditional" and r.is_mirror
    assert table_keys(r) == table_keys(orig)
    assert r.body_hash == orig.body_hash


def test_e2014_form_title_and_filler_rows_inside_table() -> None:
    rows = [[td("政府信息公开情况统计表（2016年度）", colspan=3)],
            [td("填报单位（盖章）：某某市审计局", colspan=3)],
            [td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE),
            [td("单位负责人：张三　审核人：李四　填报人：王五　联系电话：0571-88881234　填表日期：2017年1月10日", colspan=3)]]
    r = parse(E2014_URL, e2014_page("某某市审计局2016年政府信息公开工作年度报告", p1.table(rows)))
    f = table_keys(r)
    assert f.get("apply.received.total") == 9 and f.get("active.items_total") == 412
    assert r.year == 2016 and failing(r) == set()


PROSE_CASES_3 = [
    ("本年度共收到政府信息公开申请共计15件。", "apply.received.total", 15, None),
    ("通过“某某发布”政务微博发布信息520条。", "active.channel.weibo", 520, None),
    ("全年召开新闻发布会6次。", "response.press_conf", 6, None),
    ("全年受理依申请公开事项17件。", "apply.received.total", 17, None),
    ("全年未发生因政府信息公开申请提起行政复议、行政诉讼的情况。", "review.total", 0, "wu"),
    ("受理的申请中，同意公开的9件。", "apply.answer.granted", 9, None),
]


@pytest.mark.parametrize(("sentence", "key", "value", "flag"), PROSE_CASES_3,
                         ids=[f"case{i}" for i in range(len(PROSE_CASES_3))])
def test_e2008_prose_phrasings_3(sentence: str, key: str, value: float, flag: str | None) -> None:
    check_prose_fact("三、依申请公开政府信息办理情况", sentence, key, value, flag=flag)


def test_column_wise_metadata_table() -> None:
    # labels in a header row, values in the row below (some Shanghai/Beijing catalogue pages)
    meta = ("<table class='gkml'><tr><th>索引号</th><th>发布机构</th><th>发布日期</th><th>文号</th></tr>"
            "<tr><td>330523/2021-00088</td><td>安吉县林业局</td><td>2021-01-20</td><td></td></tr></table>")
    r = parse(META_URL, bare_page("2020年政府信息公开工作年度报告", meta, p1.t2021_body("我局", year=2020)))
    assert (r.agency, r.region_code, r.published) == ("安吉县林业局", "330523", "2021-01-20")


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_attachment_served_as_octet_stream_without_extension() -> None:
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/module/download/downfile.jsp?classid=0&fileid=8812",
                  factory.t2021_docx(data),
                  {"content-type": "application/octet-stream",
                   "content-disposition": "attachment; filename=\"%E5%B9%B4%E6%8A%A5.docx\""})
    r = parse(ATT_PAGE_URL, attachment_page("漳河新区2021年政府信息公开工作年度报告",
                                           "/module/download/downfile.jsp?classid=0&fileid=8812", "年报"),
              attachments=(att,))
    assert not r.tables_missing
    assert table_keys(r).get("review.total") == float(data.review[4])


@pytest.mark.slow
def test_wps_attachment(legacy_files: dict[str, bytes]) -> None:
    # WPS Writer's .wps is an OLE compound file like .doc
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.wps", legacy_files["doc"],
                  {"content-type": "application/kswps"})
    r = parse(ATT_PAGE_URL, attachment_page("漳河新区2021年政府信息公开工作年度报告", "/uploadfiles/nb2021.wps", "年报.wps"),
              attachments=(att,))
    row = factory.T2021_APPLY_ROWS.index(("一、本年新收政府信息公开申请数量", "", ""))
    assert not r.tables_missing
    assert table_keys(r).get("apply.received_new.total") == float(data.apply[row][6])


def test_xlsx_attachment_t2021_sheets() -> None:
    data = factory.numbered_t2021()
    att = Fetched("http://www.example.gov.cn/uploadfiles/nb2021.xlsx", factory.t2021_xlsx(data),
                  {"content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    r = parse(ATT_PAGE_URL, attachment_page("漳河新区2021年政府信息公开工作年度报告", "/uploadfiles/nb2021.xlsx",
                                           "统计表.xlsx"), attachments=(att,))
    f = table_keys(r)
    row = factory.T2021_APPLY_ROWS.index(("三、本年度办理结果", "（七）总计", ""))
    assert (r.template, r.tables_missing) == ("t2021", False)
    assert f.get("apply.outcome.total.total") == float(data.apply[row][6])
    assert f.get("review.total") == float(data.review[4]) and f.get("active.admin_fee.amount") == 7.522


def test_pdf_attachment_e2014_with_prose_page() -> None:
    att = Fetched("http://www.example.gov.cn/art/2018/1/5/P020180105.pdf", factory.e2014_pdf(),
                  {"content-type": "application/pdf"})
    title = "二道区人民政府2017年度政府信息公开工作报告"
    content = "".join(p(t) for t in factory.E2014_PROSE[1:]) + '<p>附件：<a href="./P020180105.pdf">统计表.pdf</a></p>'
    r = parse("http://www.example.gov.cn/art/2018/1/5/t20180105_1.html", p1.chrome_page(title, content, date="2018-01-05"),
              attachments=(att,))
    truth = {label: value for label, _, value in factory.E2014_ROWS}
    f = {x.key: x for x in r.facts if x.source == "table"}
    assert (r.year, r.template) == (2017, "e2014")
    assert f["apply.received.total"].value == float(truth["（一）收到申请数"]) and f["apply.received.total"].origin == "pdf"
    assert facts(r, "text").get("apply.received.total") == 23


def test_picture_only_reports_do_not_share_a_body_hash() -> None:
    # two different image-only reports: an empty-body hash would mark them as duplicates of each other
    a = parse(ATT_PAGE_URL, picture_page("某某县应急管理局2021年政府信息公开工作年度报告"))
    b = parse(ATT_PAGE_URL.replace("art_1229_8", "art_1229_9"), picture_page("某某县民政局2021年政府信息公开工作年度报告"))
    assert a.body_hash is None or a.body_hash != b.body_hash


def test_news_portal_repost_is_mirror() -> None:
    r = parse("https://www.sohu.com/a/520011223_121106842",
              p1.t2021_page(MIRROR_TITLE, "某某区人民政府", site="搜狐网"))
    assert r.is_mirror and r.mirror_reason


def test_ip_hosted_gov_catalogue_is_not_mirror() -> None:
    # spec 3.1/3.8: the 舒兰 catalogue is IP-hosted (122.137.242.24:8080/pub/…): an official host, not a copy
    r = parse("http://122.137.242.24:8080/pub/slsxxgkw/bmxxgk/slsscjdglj/xxgknb/201708/t20170809_257176.html",
              p1.chrome_page("舒兰市市场监督管理局2016年政务信息公开年度报告", e2014_page_body(), date="2017-01-20"))
    assert not r.is_mirror, r.mirror_reason
    assert (r.year, r.agency) == (2016, "舒兰市市场监督管理局")


def e2014_page_body() -> str:
    rows = [[td("统计指标"), td("单位"), td("统计数")], *e2014_rows(E2014_CORE)]
    return "".join([p("本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"), p("一、概述"), p("略。"),
                    p("附表：政府信息公开情况统计表"), p1.table(rows)])


def test_see_attachment_pages_do_not_share_a_body_hash() -> None:
    # two agencies' pages that say only "详见附件。": their reports (the attachments) differ
    data = factory.numbered_t2021()
    other = factory.numbered_t2021()
    other.review = ["0"] * 15
    other.prose = ["一、总体情况", "2021年，某某镇人民政府认真贯彻落实政务公开工作要点。"]
    reports = []
    for n, (title, d) in enumerate((("漳河新区2021年政府信息公开工作年度报告", data),
                                    ("某某镇人民政府2021年政府信息公开工作年度报告", other))):
        att = Fetched(f"http://www.example.gov.cn/uploadfiles/nb{n}.docx", factory.t2021_docx(d), {"content-type": DOCX_TYPE})
        page = p1.chrome_page(title, p("详见附件。") + f'<p><a href="/uploadfiles/nb{n}.docx">附件</a></p>')
        reports.append(parse(ATT_PAGE_URL.replace("art_1229_8", f"art_1229_{n}"), page, attachments=(att,)))
    a, b = reports
    assert a.body_hash is None or a.body_hash != b.body_hash


def excel_sheet_page(title: str, table_html: str) -> bytes:
    """Excel "Save as web page": the page is one sheet, no paragraphs (often the report's 附表 on its own page)."""
    head = WPS_HEAD.replace("WPS Office ET", "Microsoft Excel 15").format(title=title)
    return (head + wps_table(table_html) + "</body></html>").encode()


def test_excel_sheet_page_section3_only() -> None:
    title = "某某区2021年政府信息公开工作年度报告附表"
    r = parse("http://www.example.gov.cn/art/2022/1/20/P020220120.htm", excel_sheet_page(title, sec3_2021()))
    expected_sec3(r)


def test_excel_sheet_page_e2014_form_only() -> None:
    rows = [[td("政府信息公开情况统计表（2016年度）", colspan=3)], [td("统计指标"), td("单位"), td("统计数")],
            *e2014_rows(E2014_CORE)]
    r = parse("http://www.example.gov.cn/art/2017/1/20/P020170120.htm",
              excel_sheet_page("某某市审计局2016年政府信息公开情况统计表", p1.table(rows)))
    f = table_keys(r)
    assert f.get("apply.received.total") == 9 and f.get("active.items_total") == 412 and f.get("review.total") == 1


def test_article_title_meta_beats_column_heading() -> None:
    head = '<meta name="ArticleTitle" content="某某市人力资源和社会保障局2021年政府信息公开工作年度报告">'
    doc = bare_page("政府信息公开年报", "", p1.t2021_body("某某市人力资源和社会保障局"), head=head)  # h1 = column name
    r = parse("http://www.example.gov.cn/art/2022/1/21/art_2_5.html", doc)
    assert r.title == "某某市人力资源和社会保障局2021年政府信息公开工作年度报告"
    assert r.agency == "某某市人力资源和社会保障局"


def test_old_layout_dibufen_headings_with_ideographic_spaces() -> None:
    prose = ["\u3000\u3000本报告中所列数据的统计期限自2010年1月1日起至2010年12月31日止。",
             "第一部分\u3000概述", "\u3000\u30002010年，我县进一步健全工作机制。",
             "第二部分\u3000主动公开政府信息情况", "\u3000\u30002010年全县共主动公开政府信息3261条。",
             "第三部分\u3000依申请公开政府信息办理情况", "\u3000\u3000全年共受理政府信息公开申请18件。",
             "第四部分\u3000存在的主要问题及改进措施", "\u3000\u3000部分单位认识不足。"]
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, prose))
    numbers = [s.number for s in r.sections]
    assert numbers[:4] == ["一", "二", "三", "四"], [(s.number, s.title) for s in r.sections]
    f = facts(r, "text")
    assert f.get("active.items_total") == 3261 and f.get("apply.received.total") == 18


def test_spam_mirror_title_without_spam_suffix() -> None:
    r = parse(MIRROR_URL, mirror_page(p1.t2021_body("某某区人民政府"), MIRROR_TITLE))
    assert r.title == MIRROR_TITLE


PLACEHOLDER = ("<td style='mso-cell-special:placeholder;border:none;padding:0cm 0cm 0cm 0cm' width=2>"
               "<p class='MsoNormal'>&nbsp;</p></td>")


def test_word_placeholder_cells_at_ragged_row_ends() -> None:
    # Word pads rows of uneven width with mso-cell-special:placeholder cells (gridAfter)
    html = wordify(sec3_2021())
    rows = html.split("</tr>")
    html = "</tr>".join(r + PLACEHOLDER if i % 3 == 1 and i < len(rows) - 1 else r for i, r in enumerate(rows))
    r = parse(WORD_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告",
                                       word_t2021().replace(wordify(sec3_2021()), html)))
    expected_sec3(r)
    assert failing(r) == set()


def test_word_placeholder_cell_before_sec4_values() -> None:
    # gridBefore: the value row of section 四 starts with a placeholder cell
    s4 = wordify(sec4())
    last = s4.rindex("<tr")
    row_start = s4.index(">", last) + 1
    s4 = s4[:row_start] + PLACEHOLDER + s4[row_start:]
    r = parse(WORD_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告",
                                       word_t2021().replace(wordify(sec4()), s4)))
    f = table_keys(r)
    assert (f.get("review.upheld"), f.get("review.total")) == (1, 2)
    assert (f.get("litigation.direct.upheld"), f.get("litigation.direct.total")) == (1, 1)
    assert failing(r) == set()


def test_word_placeholder_cell_before_sec3_row() -> None:
    html = wordify(sec3_2021())
    at = html.index("一、本年新收")
    row_start = html.index(">", html.rindex("<tr", 0, at)) + 1
    html = html[:row_start] + PLACEHOLDER + html[row_start:]
    r = parse(WORD_URL, p1.chrome_page("某某县交通运输局2021年政府信息公开工作年度报告",
                                       word_t2021().replace(wordify(sec3_2021()), html)))
    expected_sec3(r)
    assert failing(r) == set()


@pytest.mark.parametrize("sentence", [
    "全年共收到人大代表建议32件、政协提案45件，办结率100%。",
    "全年受理群众来信来访120件，均已按时办结。",
    "全年共受理行政许可申请1260件，按时办结率100%。",
    "接到群众咨询电话200余次。",
    "收到12345热线转办件86件。",
], ids=["proposals", "petitions", "permits", "phone", "hotline"])
def test_prose_request_count_not_from_other_business(sentence: str) -> None:
    prose = OLD_PROSE[:3] + ["二、主动公开政府信息情况", sentence, "三、依申请公开政府信息办理情况",
                             "全年共受理政府信息公开申请18件。"]
    r = parse(OLD_URL, old_layout_page(OLD_TITLE, prose))
    got = [(x.value, x.raw_label) for x in r.facts if x.key == "apply.received.total" and x.source == "text"]
    assert [v for v, _ in got] == [18], got


def test_traditional_mirror_metadata_labels() -> None:
    meta = meta_ul([("索引號", "330523/2022-00185"), ("發佈機構", "安吉縣商務局"), ("發佈日期", "2022-01-18")])
    content = to_traditional(p1.t2021_body("縣商務局"))
    doc = bare_page("縣商務局2021年政府信息公開工作年度報告", meta, content)
    r = parse(MIRROR_URL, doc)
    assert r.script == "traditional"
    assert r.region_code == "330523" and r.published == "2022-01-18"
    assert r.year == 2021


def test_traditional_title_agency_typing() -> None:
    for title, atype in (("五常市民意鄉2021年政府信息公開工作年度報告", "township"),
                         ("河源市高新區管委會2021年政府信息公開工作年度報告", "zone"),
                         ("宿遷市政府辦公室2021年政府信息公開工作年度報告", "gov_office")):
        r = parse(MIRROR_URL, mirror_page(to_traditional(p1.t2021_body("某單位")), title))
        assert r.agency_type == atype, (title, r.agency, r.agency_type)


@pytest.mark.parametrize(("url", "mirror"), [
    ("http://www.ahlx.gov.cn:8080/XxgkRules/show/9.html", False),
    ("https://XXGK.HUBEI.GOV.CN/art/2022/1/20/art_1_1.html", False),
    ("http://www.gov.cn.zfxxgk-nb.com/art/2022/1/20/art_1_1.html", True),
    ("http://gov.cn.example.net/art/2022/1/20/art_1_1.html", True),
], ids=["port", "upper", "gov-cn-prefix", "gov-cn-subdomain"])
def test_mirror_flag_by_host(url: str, mirror: bool) -> None:
    r = parse(url, p1.t2021_page(MIRROR_TITLE, "某某区人民政府"))
    assert r.is_mirror == mirror, r.mirror_reason


def test_wps_writer_downlevel_hidden_list_comments() -> None:
    # WPS writes the list numbers between <!--[if !supportLists]--> … <!--[endif]--> comments (content visible)
    html = sec3_2021()
    html = re.sub(r"<td>(\d)\.", r"<td><!--[if !supportLists]--><span style='mso-list:Ignore;'>\1.</span><!--[endif]-->",
                  html)
    r = parse(WORD_URL, p1.t2021_page("某某县交通运输局2021年政府信息公开工作年度报告", "某某县交通运输局", s3=html))
    expected_sec3(r)
    assert failing(r) == set()


def test_old_layout_scanned_pages_only() -> None:
    imgs = "".join(f'<img src="/UploadFiles/201103/2011032809{i}.jpg" width="680"><br>' for i in range(4))
    doc = old_layout_page(OLD_TITLE, ["X"]).decode("gb18030").replace("&nbsp;&nbsp;&nbsp;&nbsp;X", imgs)
    r = parse(OLD_URL, doc.encode("gb18030"))
    assert (r.title, r.year) == (OLD_TITLE, 2010)
    assert r.tables_missing
    assert not r.facts


def test_old_layout_paragraph_per_table_row() -> None:
    # some 2008-era CMSs print each paragraph as a row of a one-column table
    body = ('<table width="100%" border="0" cellspacing="0" cellpadding="0">'
            + "".join(f'<tr><td height="26" class="f14">&nbsp;&nbsp;&nbsp;&nbsp;{t}</td></tr>' for t in OLD_PROSE)
            + "</table>")
    doc = re.sub(r'<font face="宋体" style="font-size:10.5pt">.*?</font>', body,
                 old_layout_page(OLD_TITLE, OLD_PROSE).decode("gb18030"), flags=re.S)
    r = parse(OLD_URL, doc.encode("gb18030"))
    assert (r.year, r.template) == (2010, "e2008")
    f = facts(r, "text")
    assert f.get("active.items_total") == 3261 and f.get("apply.received.total") == 18
    assert f.get("review.total") == 1
    assert len(r.sections) >= 6
    assert not [x for x in r.facts if x.source == "table"]


def test_unrelated_application_form_attachment_ignored() -> None:
    # portals link the 政府信息公开申请表 next to the report: its table must not change the report's facts
    c = factory.c
    form = [[c("政府信息公开申请表", 1, 4)],
            [c("申请人信息", 5), c("公民"), c("姓名"), c("")], [c("证件号码"), c(""), c("")],
            [c("法人或其他组织", 2), c("名称"), c("")], [c("统一社会信用代码"), c("")],
            [c("联系电话"), c(""), c("")],
            [c("所需信息情况", 3), c("所需政府信息的内容描述"), c(""), c("")], [c("获取信息的方式"), c("邮寄 电子邮件 自行领取"), c("")],
            [c("是否申请减免费用"), c("是 否"), c("")]]
    att = Fetched("http://www.example.gov.cn/uploadfiles/sqb.docx", factory.docx_file("政府信息公开申请表", [form]),
                  {"content-type": DOCX_TYPE})
    page = p1.t2021_page("某某区2021年政府信息公开工作年度报告").replace(
        b'<div class="share">', '<p>附件：<a href="/uploadfiles/sqb.docx">政府信息公开申请表.docx</a></p><div class="share">'.encode())
    alone = parse(ATT_PAGE_URL, page)
    r = parse(ATT_PAGE_URL, page, attachments=(att,))
    assert table_keys(r) == table_keys(alone)
    assert (r.template, r.tables_missing, failing(r)) == ("t2021", False, set())
