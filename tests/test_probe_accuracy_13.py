"""Thirteenth independent accuracy probe of `parse_report`: Report.sections and Report.body.

Built from the spec (section 0 eras; 1(a) the 2008–2018 section sequence; 1(b)/1(c) the six sections of the 2019 and 2021
formats and the five sub-heads of 一、总体情况) and from how portals print these headings: in <h2>, <strong>, <p>, table
captions and layout <td>s, numbered 一、 一. 一． 第一部分 第一章 1., split over two lines, repeated by a table of contents,
and mimicked by the statistics tables' own 一、… rows.  Each case asserts exact numbers, titles and start offsets, and the
body's completeness (every report paragraph exactly once, no chrome line).
"""

from __future__ import annotations

import re

import pytest
from test_probe_accuracy import e2014_table, sec2_2019, sec2_2021, sec3_2019, sec3_2021, sec4

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

URL = "http://www.example.gov.cn/art/2022/1/25/art_2_4567.html"
CN = "一二三四五六七八九十"

T6 = ["总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
      "存在的主要问题及改进情况", "其他需要报告的事项"]
SUBS = ["主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "监督保障"]

INTRO = "本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室有关要求编制。全文包括总体情况、" \
        "主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
SUB_TEXT = [
    "全年通过门户网站主动公开政府信息2318条，发布政策解读材料46篇。",
    "全年共受理政府信息公开申请27件，全部在法定期限内予以答复。",
    "严格执行公开前保密审查制度，全年清理失效文件12件。",
    "完成政府信息公开专栏集约化迁移，新增“政策文件库”栏目。",
    "将政务公开纳入年度绩效考核，组织专题培训3次，参训120人次。",
]
TAIL = {
    5: "一是部分单位公开意识不强；二是政策解读形式单一。下一步，将加强培训指导，丰富解读形式。",
    6: "本年度未收取信息处理费。人大代表建议和政协提案办理结果均已按要求公开。",
}
SIGN = "某某县人民政府办公室"
SIGN_DATE = "2022年1月25日"

CHROME = ["当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报", "【字体：大 中 小】", "打印本页", "关闭窗口",
          "扫一扫在手机打开当前页", "上一篇：某某县2020年政府信息公开工作年度报告", "下一篇：某某县交通运输局2021年度报告",
          "主办单位：某某县人民政府办公室", "网站标识码：3301000001", "浙ICP备12003456号-1", "相关链接"]
CHROME_TEXT = [c.replace("&gt;", ">") for c in CHROME]


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def norm(number: str) -> str:
    """'一、' '（一）' '第一部分' '1.' → '一'/'(一)'; Arabic digits mapped to Chinese."""
    sub = bool(re.match(r"\s*[（(]", number))
    n = re.sub(r"[\s（）()、.．第部分章:：]", "", number)
    if n.isdigit() and 0 < int(n) <= 10:
        n = CN[int(n) - 1]
    return f"({n})" if sub else n


def tops(r: Report) -> list[tuple[str, str]]:
    return [(norm(s.number), s.title) for s in r.sections if not norm(s.number).startswith("(")]


def subs(r: Report) -> list[tuple[str, str]]:
    return [(norm(s.number), s.title) for s in r.sections if norm(s.number).startswith("(")]


def dump(r: Report) -> list[tuple[str, str, int]]:
    return [(s.number, s.title, s.start) for s in r.sections]


def page(content: str, *, title: str = "某某县2021年政府信息公开工作年度报告", charset: str = "utf-8",
         shell: str = "trs", date: str = "2022-01-25") -> bytes:
    if shell == "trs":
        doc = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}</title><meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date} 09:30"></head>
<body><div class="top"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div>
<div class="position">{CHROME[0]}</div>
<div class="detail"><h1>{title}</h1><div class="tools">发布时间：{date} 来源：某某县人民政府办公室 {CHROME[1]}</div>
<div class="TRS_Editor" id="zoom">{content}</div>
<div class="ewm">{CHROME[4]}</div>
<div class="btns"><a href="javascript:window.print()">{CHROME[2]}</a> <a href="javascript:window.close()">{CHROME[3]}</a></div>
<div class="pn"><p><a href="/a/1.html">{CHROME[5]}</a></p><p><a href="/a/3.html">{CHROME[6]}</a></p></div></div>
<div class="links"><h4>{CHROME[10]}</h4><a href="http://www.gov.cn">中国政府网</a></div>
<div class="footer"><p>{CHROME[7]}</p><p>{CHROME[8]}</p><p>{CHROME[9]}</p></div></body></html>"""
    else:  # hanweb-like table layout
        doc = f"""<html><head><meta charset="{charset}"><title>{title}-某某县人民政府</title></head><body>
<table width="1000" align="center"><tr><td class="nav"><a href="/">首页</a> | <a href="/col/col1/">政务公开</a></td></tr>
<tr><td>{CHROME[0]}</td></tr></table>
<table width="1000" align="center"><tr><td class="title" align="center">{title}</td></tr>
<tr><td align="center">发布日期：{date} 信息来源：某某县人民政府办公室 {CHROME[1]}</td></tr>
<tr><td><div id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">{content}<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div></td></tr>
<tr><td align="center">{CHROME[4]} <a href="#" onclick="window.print()">{CHROME[2]}</a> <a href="#" onclick="window.close()">{CHROME[3]}</a></td></tr>
<tr><td>{CHROME[5]}</td></tr><tr><td>{CHROME[6]}</td></tr></table>
<table class="bottom"><tr><td>{CHROME[7]} {CHROME[8]}</td></tr><tr><td>{CHROME[9]}</td></tr></table></body></html>"""
    return doc.encode(charset)


def parse_one(content: str, **kw) -> Report:
    return parse_report([Fetched(url=kw.pop("url", URL), body=page(content, **kw),
                                 headers={"content-type": "text/html"})])


def hp(text: str, style: str) -> str:
    """A heading as editors produce it."""
    return {
        "p": f"<p>{text}</p>",
        "strong": f'<p style="text-indent:2em"><strong>{text}</strong></p>',
        "h2": f"<h2>{text}</h2>",
        "h3cls": f'<h3 class="bt" style="font-size:16px">{text}</h3>',
        "bspan": f'<p class="MsoNormal"><b><span style="font-family:黑体;font-size:16pt">{text}</span></b></p>',
        "div": f'<div style="font-weight:bold">{text}</div>',
        "td": f'<table width="100%"><tr><td style="font-weight:bold">{text}</td></tr></table>',
        "spanind": f'<p><span style="font-family:黑体">&nbsp;&nbsp;&nbsp;&nbsp;{text}</span></p>',
    }[style]


def t2021_content(fmt=lambda i, t: f"{CN[i]}、{t}", style: str = "p", *, year: int = 2021, titles=T6,
                  sub_fmt=lambda i, t: f"（{CN[i]}）{t}", sub_style: str = "p", tables: bool = True,
                  era: str = "t2021", extra: dict[int, str] | None = None, toc: str = "") -> str:
    out = [toc, f"<p>{INTRO.format(y=year)}</p>"]
    extra = extra or {}
    for i, t in enumerate(titles):
        out.append(hp(fmt(i, t), style))
        if i == 0:
            out.append(f"<p>{year}年，某某县坚持以公开为常态、不公开为例外，全面推进政务公开工作。</p>")
            for j, st in enumerate(SUBS):
                out.append(hp(sub_fmt(j, st), sub_style))
                out.append(f"<p>{SUB_TEXT[j]}</p>")
        elif i == 1:
            out.append(sec2_2021() if (tables and era == "t2021") else sec2_2019() if tables else
                       "<p>全年制发规范性文件8件。</p>")
        elif i == 2:
            out.append(sec3_2021() if (tables and era == "t2021") else sec3_2019() if tables else
                       "<p>全年新收申请27件。</p>")
        elif i == 3:
            out.append(sec4() if tables else "<p>全年未发生行政复议、行政诉讼。</p>")
        else:
            out.append(f"<p>{TAIL[i + 1]}</p>")
        if i in extra:
            out.append(extra[i])
    out.append(f'<p style="text-align:right">{SIGN}</p><p style="text-align:right">{SIGN_DATE}</p>')
    return "".join(out)


def expected6(titles=T6) -> list[tuple[str, str]]:
    return [(CN[i], t) for i, t in enumerate(titles)]


def offsets_point_at_headings(r: Report) -> list[tuple[str, str, str]]:
    bad = []
    for s in r.sections:
        window = squash(r.body[s.start:s.start + len(s.title) + 30])
        if not window or squash(s.title) not in window or window.find(squash(s.title)) > 8:
            bad.append((s.number, s.title, r.body[s.start:s.start + 30]))
        # the offset is at the heading's first character, not mid-line
        if s.start > 0 and r.body[s.start - 1] not in "\n \t\u3000":
            bad.append((s.number, s.title, "mid-line: " + r.body[max(0, s.start - 10):s.start + 10]))
    return bad


def paragraphs_once(body: str, paras: list[str]) -> list[tuple[str, int]]:
    b = squash(body)
    return [(x, b.count(squash(x))) for x in paras if b.count(squash(x)) != 1]


REPORT_PARAS = [INTRO.format(y=2021), *SUB_TEXT, TAIL[5], TAIL[6], SIGN, SIGN_DATE]


# ---------------------------------------------------------------------------------------------------------------
# 1. the six t2021 sections with headings in different tags (spec 1(c): six sections, same titles as 2019)
# ---------------------------------------------------------------------------------------------------------------

STYLES = ["p", "strong", "h2", "h3cls", "bspan", "div", "td", "spanind"]


@pytest.mark.parametrize("style", STYLES)
def test_t2021_top_sections_by_heading_tag(style: str) -> None:
    # spec 1(c): 一、总体情况 … 六、其他需要报告的事项, whatever tag the editor used
    r = parse_one(t2021_content(style=style))
    assert tops(r) == expected6(), dump(r)


@pytest.mark.parametrize("style", STYLES)
def test_t2021_sub_sections_by_heading_tag(style: str) -> None:
    # spec 1(c): 总体情况 covers 主动公开、依申请公开、政府信息管理、平台建设、监督保障 as （一）…（五）
    r = parse_one(t2021_content(sub_style=style))
    assert subs(r) == [(f"({CN[j]})", t) for j, t in enumerate(SUBS)], dump(r)


@pytest.mark.parametrize("style", ["p", "h2", "td", "bspan"])
def test_t2021_offsets_point_exactly_at_headings(style: str) -> None:
    # sections table: start = character offset of the heading in body
    r = parse_one(t2021_content(style=style))
    assert r.sections, dump(r)
    assert offsets_point_at_headings(r) == [], dump(r)


@pytest.mark.parametrize("style", ["p", "strong", "td"])
def test_t2021_body_complete_once_and_no_chrome(style: str) -> None:
    # section 0/schema: body is the report's own text, navigation and noise removed
    r = parse_one(t2021_content(style=style))
    assert paragraphs_once(r.body, REPORT_PARAS) == []
    for t in T6:
        assert squash(t) in squash(r.body)
    assert [c for c in CHROME_TEXT if squash(c) in squash(r.body)] == []


@pytest.mark.parametrize("shell,charset", [("trs", "utf-8"), ("trs", "gbk"), ("hanweb", "utf-8"), ("hanweb", "gb18030")])
def test_shell_and_encoding_do_not_change_sections(shell: str, charset: str) -> None:
    # spec 3.6 encodings, 3.4 CMS layouts: same sections and body either way
    r = parse_one(t2021_content(), shell=shell, charset=charset)
    assert tops(r) == expected6(), dump(r)
    assert paragraphs_once(r.body, REPORT_PARAS) == []
    assert [c for c in CHROME_TEXT if squash(c) in squash(r.body)] == []


def test_sections_in_body_order_and_increasing_offsets() -> None:
    # the order of sections is the reading order
    r = parse_one(t2021_content(style="strong"))
    starts = [s.start for s in r.sections]
    assert starts == sorted(starts) and len(set(starts)) == len(starts), dump(r)
    order = [norm(s.number) for s in r.sections]
    assert order == ["一", "(一)", "(二)", "(三)", "(四)", "(五)", "二", "三", "四", "五", "六"], dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 2. numbering variants (spec 1(b)/1(c) headings as printed; test_extract_sections has 第一部分)
# ---------------------------------------------------------------------------------------------------------------

NUMBERINGS = {
    "dun": lambda i, t: f"{CN[i]}、{t}",
    "dot": lambda i, t: f"{CN[i]}.{t}",
    "fwdot": lambda i, t: f"{CN[i]}．{t}",
    "dun_space": lambda i, t: f"{CN[i]}、 {t}",
    "ideo_space": lambda i, t: f"{CN[i]}\u3000{t}",
    "part": lambda i, t: f"第{CN[i]}部分　{t}",
    "chapter": lambda i, t: f"第{CN[i]}章 {t}",
    "part_dun": lambda i, t: f"第{CN[i]}部分、{t}",
    "arabic_dot": lambda i, t: f"{i + 1}.{t}",
    "arabic_dun": lambda i, t: f"{i + 1}、{t}",
}


@pytest.mark.parametrize("name", sorted(NUMBERINGS))
def test_numbering_variants(name: str) -> None:
    r = parse_one(t2021_content(fmt=NUMBERINGS[name], style="strong"))
    assert tops(r) == expected6(), dump(r)


@pytest.mark.parametrize("name", ["dot", "part", "arabic_dot", "ideo_space"])
def test_numbering_variant_offsets(name: str) -> None:
    r = parse_one(t2021_content(fmt=NUMBERINGS[name]))
    assert len(tops(r)) == 6, dump(r)
    assert offsets_point_at_headings(r) == [], dump(r)


@pytest.mark.parametrize("subfmt", ["half", "dun", "arabic_dot", "arabic_paren"])
def test_sub_section_numbering_variants(subfmt: str) -> None:
    # spec 1(c): five sub-heads of 总体情况; printed （一） (一) 1. or 1） in the wild
    f = {"half": lambda j, t: f"({CN[j]}){t}",
         "dun": lambda j, t: f"（{CN[j]}）、{t}",
         "arabic_dot": lambda j, t: f"{j + 1}.{t}",
         "arabic_paren": lambda j, t: f"（{j + 1}）{t}"}[subfmt]
    r = parse_one(t2021_content(sub_fmt=f, sub_style="strong"))
    # the top level is untouched whatever the sub-heads look like
    assert tops(r) == expected6(), dump(r)


def test_run_in_sub_heads_with_text() -> None:
    # '（一）主动公开。全年…' in one paragraph: the sub-head is a section titled 主动公开
    sub = "".join(f"<p>（{CN[j]}）{t}。{SUB_TEXT[j]}</p>" for j, t in enumerate(SUBS))
    html = t2021_content()
    start = html.index("<p>（一）主动公开</p>")
    end = html.index("<p>二、")
    html = html[:start] + sub + html[end:]
    r = parse_one(html)
    assert tops(r) == expected6(), dump(r)
    assert [n for n, _ in subs(r)] == ["(一)", "(二)", "(三)", "(四)", "(五)"], dump(r)
    assert [t.rstrip("。") for _, t in subs(r)][:1] == ["主动公开"], dump(r)


def test_sub_sections_lie_between_sections_one_and_two() -> None:
    r = parse_one(t2021_content(style="h2", sub_style="strong"))
    by = {norm(s.number): s.start for s in r.sections}
    assert all(by["一"] < by[f"({CN[j]})"] < by["二"] for j in range(5)), dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 3. t2019 (spec 1(b): six sections, same titles, reporting years 2019–2020)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("year", [2019, 2020])
def test_t2019_six_sections(year: int) -> None:
    r = parse_one(t2021_content(year=year, era="t2019", style="strong"),
                  title=f"某某县{year}年政府信息公开工作年度报告", date=f"{year + 1}-01-20")
    assert tops(r) == expected6(), dump(r)
    assert offsets_point_at_headings(r) == [], dump(r)


def test_t2019_tables_rows_not_sections() -> None:
    # sec3 2019 rows 一、本年新收… 二、上年结转… 三、本年度办理结果 四、结转下年度继续办理 are table rows
    r = parse_one(t2021_content(year=2020, era="t2019"), title="某某县2020年政府信息公开工作年度报告")
    titles = [s.title for s in r.sections]
    assert not any("本年新收" in t or "上年结转" in t or "结转下年度" in t or "本年度办理结果" in t for t in titles), dump(r)
    assert len([1 for n, _ in tops(r) if n == "三"]) == 1, dump(r)


def test_t2019_section_two_captions_not_sections() -> None:
    # spec 1(b): 第二十条第（一）项 … 第（九）项 are table captions, not sub-sections
    r = parse_one(t2021_content(year=2019, era="t2019"), title="某某县2019年政府信息公开工作年度报告")
    assert not any("第二十条" in s.title or "第二十条" in s.number for s in r.sections), dump(r)
    assert subs(r) == [(f"({CN[j]})", t) for j, t in enumerate(SUBS)], dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 4. statistics-table rows and captions (must not become sections twice)
# ---------------------------------------------------------------------------------------------------------------

def test_t2021_table_rows_not_sections() -> None:
    r = parse_one(t2021_content())
    assert tops(r) == expected6(), dump(r)
    assert not any("本年新收" in s.title or "结转下年度" in s.title or "予以公开" in s.title for s in r.sections), dump(r)


def test_heading_as_table_caption() -> None:
    # headings 二/三/四 printed as the <caption> of the statistics table
    html = t2021_content()
    for i in (1, 2, 3):
        h = f"<p>{CN[i]}、{T6[i]}</p>"
        k = html.index(h)
        tbl = html.index("<table", k)
        html = html[:k] + html[k + len(h):tbl] + html[tbl:].replace(">", f"><caption>{CN[i]}、{T6[i]}</caption>", 1)
    r = parse_one(html)
    assert tops(r) == expected6(), dump(r)


def test_heading_in_first_row_of_table() -> None:
    # section heading as a colspan title row of the table itself: one section, not two
    html = t2021_content()
    h = f"<p>三、{T6[2]}</p>"
    k = html.index(h)
    tbl = html.index("<table", k)
    gt = html.index(">", tbl)
    html = html[:k] + html[k + len(h):gt + 1] + f'<tr><td colspan="10" align="center"><b>三、{T6[2]}</b></td></tr>' + html[gt + 1:]
    r = parse_one(html)
    assert tops(r) == expected6(), dump(r)


def test_heading_repeated_as_table_title_not_doubled() -> None:
    # heading paragraph, then the same words again as the table's title row (common in Word pastes)
    html = t2021_content()
    h = f"<p>二、{T6[1]}</p>"
    k = html.index(h) + len(h)
    tbl = html.index("<table", k)
    gt = html.index(">", tbl)
    html = html[:gt + 1] + f'<tr><td colspan="4"><b>二、{T6[1]}</b></td></tr>' + html[gt + 1:]
    r = parse_one(html)
    assert [n for n, _ in tops(r)] == ["一", "二", "三", "四", "五", "六"], dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 5. the section words in running text (must not start a section)
# ---------------------------------------------------------------------------------------------------------------

RUNNING = {
    "quarters": (0, "<p>一、二季度共受理依申请公开事项12件，三、四季度共受理15件。</p>"),
    "quarters_sec2": (1, "<p>三、四季度新增行政许可事项3项。</p>"),
    "mention_title": (2, "<p>具体情况详见“三、收到和处理政府信息公开申请情况”表格。</p>"),
    "ordinals": (4, "<p>五、六月份开展了政务公开专项检查，发现问题8个。</p>"),
    "inline": (0, "<p>对照格式要求，本报告依次说明总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
                  "其他需要报告的事项。</p>"),
    "item_list": (5, "<p>一是做好建议提案办理结果公开；二是做好重点领域信息公开。</p>"),
}


@pytest.mark.parametrize("name", sorted(RUNNING))
def test_section_words_in_running_text(name: str) -> None:
    i, para = RUNNING[name]
    r = parse_one(t2021_content(extra={i: para}))
    assert tops(r) == expected6(), dump(r)
    assert squash(re.sub("<[^>]+>", "", para)) in squash(r.body)


def test_sub_head_word_in_running_text_of_section_five() -> None:
    # '（一）' inside running text of section 五 must not create a sub-section there
    para = "<p>针对上年报告中提到的（一）公开不及时问题，已建立督办机制。</p>"
    r = parse_one(t2021_content(extra={4: para}))
    assert tops(r) == expected6(), dump(r)
    assert len(subs(r)) == 5, dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 6. a heading split over two lines (Word pastes, <br>)
# ---------------------------------------------------------------------------------------------------------------

SPLITS = {
    "num_alone": (0, "<p>一、</p><p>总体情况</p>"),
    "br_mid": (3, "<p><strong>四、政府信息公开行政复议、<br>行政诉讼情况</strong></p>"),
    "two_runs_p": (2, "<p>三、收到和处理政府信息公开</p><p>申请情况</p>"),
    "br_after_num": (1, "<p><b>二、<br/>主动公开政府信息情况</b></p>"),
}


@pytest.mark.parametrize("name", sorted(SPLITS))
def test_heading_split_over_two_lines(name: str) -> None:
    i, html_head = SPLITS[name]
    html = t2021_content().replace(f"<p>{CN[i]}、{T6[i]}</p>", html_head)
    r = parse_one(html)
    assert tops(r) == expected6(), dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 7. table of contents (目录) at the top
# ---------------------------------------------------------------------------------------------------------------

TOCS = {
    "plain": "<p style='text-align:center'><b>目　录</b></p>" + "".join(f"<p>{CN[i]}、{t}</p>" for i, t in enumerate(T6)),
    "dotted": "<p>目录</p>" + "".join(f"<p>{CN[i]}、{t}……………………{i + 1}</p>" for i, t in enumerate(T6)),
    "table": "<table><tr><td>目录</td></tr>" + "".join(f"<tr><td><a href='#a{i}'>{CN[i]}、{t}</a></td></tr>"
                                                     for i, t in enumerate(T6)) + "</table>",
    "list": "<div class='toc'><p>目录</p><ul>" + "".join(f"<li><a href='#s{i}'>{CN[i]}、{t}</a></li>"
                                                        for i, t in enumerate(T6)) + "</ul></div>",
}


@pytest.mark.parametrize("name", sorted(TOCS))
def test_table_of_contents_not_doubled(name: str) -> None:
    r = parse_one(t2021_content(toc=TOCS[name]))
    assert tops(r) == expected6(), dump(r)


@pytest.mark.parametrize("name", ["plain", "dotted"])
def test_table_of_contents_offsets_point_at_real_headings(name: str) -> None:
    r = parse_one(t2021_content(toc=TOCS[name]))
    intro = squash(r.body).find(squash(INTRO.format(y=2021))[:20])
    sec1 = next((s for s in r.sections if norm(s.number) == "一"), None)
    assert sec1 is not None, dump(r)
    # the real 一、总体情况 comes after the intro paragraph, which follows the table of contents
    assert intro >= 0 and squash(r.body[:sec1.start]).find(squash(INTRO.format(y=2021))[:20]) >= 0, dump(r)
    nxt = squash(r.body[sec1.start:sec1.start + 80])
    assert "坚持以公开为常态" in nxt, nxt


# ---------------------------------------------------------------------------------------------------------------
# 8. headings without numbers (spec 1(c) titles; only the titles, the number being absent)
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("style", ["h2", "strong"])
def test_unnumbered_headings_titles(style: str) -> None:
    r = parse_one(t2021_content(fmt=lambda i, t: t, style=style))
    assert [s.title for s in r.sections if s.title in T6] == T6, dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 9. e2014 / e2008 section lists (spec 1(a))
# ---------------------------------------------------------------------------------------------------------------

E2014 = ["概述", "主动公开政府信息情况", "依申请公开政府信息办理情况", "政府信息公开的收费及减免情况",
         "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进措施", "其他需要报告的事项"]
E2016 = ["基本情况", "主动公开政府信息情况", "回应解读情况", "重点领域信息公开", "依申请公开政府信息和不予公开政府信息的情况",
         "政府信息公开的收费及减免情况", "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进情况",
         "附表"]
E2008 = ["概述", "主动公开政府信息情况", "依申请公开政府信息和不予公开政府信息的情况", "政府信息公开的收费及减免情况",
         "因政府信息公开申请行政复议、提起行政诉讼的情况", "政府信息公开工作存在的主要问题及改进情况", "其他需要报告的事项"]
SHANGHAI = ["概述", "主动公开政府信息情况", "依申请公开政府信息情况", "咨询处理情况", "政府信息公开的收费及减免情况",
            "因政府信息公开申请提起行政复议、行政诉讼和申诉的情况", "政府信息公开工作存在的主要问题及改进措施"]


def prose_content(titles: list[str], year: int, style: str, *, table_at: int | None = None) -> str:
    out = [f"<p>根据《中华人民共和国政府信息公开条例》规定，现公布{year}年度本单位政府信息公开工作年度报告。"
           f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>"]
    for i, t in enumerate(titles):
        out.append(hp(f"{CN[i]}、{t}", style))
        if table_at is not None and i == table_at:
            out.append(e2014_table())
        else:
            out.append(f"<p>第{i + 1}部分正文：{year}年度，本单位围绕“{t[:6]}”开展工作，完成相关事项{10 + i}项。</p>")
    out.append(f'<p style="text-align:right">{SIGN}</p>')
    return "".join(out)


@pytest.mark.parametrize("name,titles,year,style", [
    ("e2014", E2014, 2015, "p"), ("e2014_strong", E2014, 2017, "strong"), ("e2008", E2008, 2009, "p"),
    ("e2008_h3", E2008, 2011, "h3cls"), ("shanghai", SHANGHAI, 2010, "bspan"), ("e2016", E2016[:-1], 2016, "p"),
])
def test_old_era_section_lists(name: str, titles: list[str], year: int, style: str) -> None:
    # spec 1(a): typical sequence 概述 … 其他需要报告的事项, Shanghai-style adds 咨询处理情况
    r = parse_one(prose_content(titles, year, style), title=f"某某县{year}年政府信息公开工作年度报告", date=f"{year + 1}-03-20")
    assert tops(r) == [(CN[i], t) for i, t in enumerate(titles)], dump(r)
    assert offsets_point_at_headings(r) == [], dump(r)
    for i in range(len(titles)):
        assert squash(r.body).count(squash(f"第{i + 1}部分正文：")) == 1


def test_e2016_with_attached_statistics_table_rows_not_sections() -> None:
    # spec 1(a): e2014 table rows 一、主动公开情况 … 九、政府信息公开会议和培训情况 restart the numbering: not sections
    r = parse_one(prose_content(E2016, 2016, "strong", table_at=8), title="某某县2016年政府信息公开工作年度报告",
                  date="2017-03-20")
    assert tops(r) == [(CN[i], t) for i, t in enumerate(E2016)], dump(r)


def test_e2014_table_rows_not_sections_when_table_in_section_three() -> None:
    r = parse_one(prose_content(E2014, 2015, "p", table_at=2), title="某某县2015年政府信息公开工作年度报告",
                  date="2016-03-20")
    assert tops(r) == [(CN[i], t) for i, t in enumerate(E2014)], dump(r)
    assert not any("主动公开情况" == s.title or "回应解读情况" == s.title for s in r.sections), dump(r)


# ---------------------------------------------------------------------------------------------------------------
# 10. body completeness on the t2021 page with TOC, split headings and running text together
# ---------------------------------------------------------------------------------------------------------------

def test_body_complete_with_everything_combined() -> None:
    extra = {0: RUNNING["quarters"][1], 4: RUNNING["ordinals"][1]}
    html = t2021_content(style="strong", toc=TOCS["dotted"], extra=extra)
    r = parse_one(html, shell="hanweb", charset="gbk")
    assert tops(r) == expected6(), dump(r)
    assert paragraphs_once(r.body, [*REPORT_PARAS, "一、二季度共受理依申请公开事项12件", "五、六月份开展了政务公开专项检查"]) == []
    assert [c for c in CHROME_TEXT if squash(c) in squash(r.body)] == []
    assert offsets_point_at_headings(r) == [], dump(r)


def test_body_keeps_headings_in_order() -> None:
    r = parse_one(t2021_content(style="h2"))
    b = squash(r.body)
    pos = [b.find(squash(f"{CN[i]}、{t}")) for i, t in enumerate(T6)]
    assert all(p >= 0 for p in pos) and pos == sorted(pos), pos


# ---------------------------------------------------------------------------------------------------------------
# 11. more heading shapes seen on real pages
# ---------------------------------------------------------------------------------------------------------------

WORD_SHAPES = {
    # Word splits the number, the mark and the title into separate runs
    "word_runs": lambda n, t: (f'<p class="MsoNormal"><span lang="EN-US" style="font-family:黑体">{n}</span>'
                               f'<span style="font-family:黑体">、</span><span style="font-family:黑体">{t}</span></p>'),
    "nbsp_between": lambda n, t: f"<p><strong>{n}、&nbsp;{t}</strong></p>",
    "anchor": lambda n, t: f'<h2><a name="s{n}"></a>{n}、{t}</h2>',
    "font_tag": lambda n, t: f'<p align="left"><font face="黑体" size="4">{n}、{t}</font></p>',
    "leading_ideo": lambda n, t: f"<p>\u3000\u3000{n}、{t}</p>",
}


@pytest.mark.parametrize("name", sorted(WORD_SHAPES))
def test_word_and_editor_heading_shapes(name: str) -> None:
    html = t2021_content()
    for i, t in enumerate(T6):
        html = html.replace(f"<p>{CN[i]}、{t}</p>", WORD_SHAPES[name](CN[i], t))
    r = parse_one(html)
    assert tops(r) == expected6(), dump(r)
    assert offsets_point_at_headings(r) == [], dump(r)


def test_whole_report_in_layout_table_cells() -> None:
    # old ASP portals: every paragraph in its own <tr><td>; headings are bold cells (spec 3.4)
    html = t2021_content(tables=False)
    cells = re.findall(r"<p[^>]*>(.*?)</p>", html)
    layout = '<table width="96%" class="content">' + "".join(
        f"<tr><td>{'<b>' + c + '</b>' if re.match(r'[一二三四五六]、', c) else c}</td></tr>" for c in cells) + "</table>"
    r = parse_one(layout)
    assert tops(r) == expected6(), dump(r)
    assert paragraphs_once(r.body, REPORT_PARAS) == []


def test_traditional_script_titles_as_printed() -> None:
    # spec 3.8: traditional-character copies keep the original script in body and section titles
    trad = ["總體情況", "主動公開政府信息情況", "收到和處理政府信息公開申請情況", "政府信息公開行政復議、行政訴訟情況",
            "存在的主要問題及改進情況", "其他需要報告的事項"]
    r = parse_one(t2021_content(titles=trad, tables=False), title="某某縣2021年政府信息公開工作年度報告")
    assert tops(r) == [(CN[i], t) for i, t in enumerate(trad)], dump(r)


def test_sub_sections_under_section_five_do_not_change_top_level() -> None:
    # 五、存在的主要问题及改进情况 often has （一）存在的主要问题 （二）改进情况
    extra = {4: "<p>（一）存在的主要问题</p><p>公开内容不够全面。</p><p>（二）改进情况</p><p>加强培训指导。</p>"}
    r = parse_one(t2021_content(extra=extra))
    assert tops(r) == expected6(), dump(r)
    five = next(s.start for s in r.sections if norm(s.number) == "五")
    six = next(s.start for s in r.sections if norm(s.number) == "六")
    inside = [(norm(s.number), s.title) for s in r.sections if five < s.start < six]
    assert inside in ([], [("(一)", "存在的主要问题"), ("(二)", "改进情况")]), dump(r)


def test_attachment_line_and_signature_not_sections() -> None:
    extra = {5: '<p>附件：<a href="/module/download/downfile.jsp?filename=2021nb.pdf">某某县2021年政府信息公开工作年度报告.pdf</a></p>'}
    r = parse_one(t2021_content(extra=extra))
    assert tops(r) == expected6(), dump(r)
    assert r.sections[-1].title == "其他需要报告的事项", dump(r)
    assert "附件" in r.body and SIGN in r.body


@pytest.mark.parametrize("fmt", ["part", "dot"])
def test_old_era_numbering_variants(fmt: str) -> None:
    # spec 1(a) section list, printed 第一部分 … / 一. …
    f = NUMBERINGS[fmt]
    html = prose_content(E2014, 2015, "strong")
    for i, t in enumerate(E2014):
        html = html.replace(f"{CN[i]}、{t}", f(i, t), 1)
    r = parse_one(html, title="某某县2015年政府信息公开工作年度报告", date="2016-03-20")
    assert tops(r) == [(CN[i], t) for i, t in enumerate(E2014)], dump(r)


def test_two_page_report_sections_and_offsets() -> None:
    # a report paged by the CMS (spec 3.4): sections on page 2 point into the joined body
    html = t2021_content(style="strong")
    cut = html.index('<p style="text-indent:2em"><strong>四、')
    base = "http://www.example.gov.cn/art/2022/1/25/art_2_4567"

    def pager(i: int) -> str:
        return (f'<div class="pages">共2页 <a href="{base}.html">1</a> <a href="{base}_2.html">2</a> '
                f'<a href="{base}_{2 if i == 0 else 1}.html">{"下一页" if i == 0 else "上一页"}</a></div>')

    pages = [Fetched(url=f"{base}.html", body=page(html[:cut] + pager(0)), headers={"content-type": "text/html"}),
             Fetched(url=f"{base}_2.html", body=page(html[cut:] + pager(1)), headers={"content-type": "text/html"})]
    r = parse_report(pages)
    assert tops(r) == expected6(), dump(r)
    assert offsets_point_at_headings(r) == [], dump(r)
    assert paragraphs_once(r.body, REPORT_PARAS) == []
    assert "下一页" not in r.body and "共2页" not in r.body


def test_table_of_contents_in_one_paragraph_with_br() -> None:
    toc = "<p><b>目录</b><br>" + "<br>".join(f"{CN[i]}、{t}" for i, t in enumerate(T6)) + "</p>"
    r = parse_one(t2021_content(toc=toc))
    assert tops(r) == expected6(), dump(r)
    sec1 = next(s for s in r.sections if norm(s.number) == "一")
    assert "坚持以公开为常态" in squash(r.body[sec1.start:sec1.start + 80]), dump(r)


def test_identical_short_paragraphs_in_two_sections_both_kept() -> None:
    # body completeness: '无。' under both 五 and 六 is two paragraphs of the report, not a duplicate to drop
    html = t2021_content().replace(f"<p>{TAIL[5]}</p>", "<p>无。</p>").replace(f"<p>{TAIL[6]}</p>", "<p>无。</p>")
    r = parse_one(html)
    five = next(s.start for s in r.sections if norm(s.number) == "五")
    six = next(s.start for s in r.sections if norm(s.number) == "六")
    assert "无。" in r.body[five:six] and "无。" in r.body[six:], dump(r)


def test_next_number_at_start_of_running_sentence_in_prose_report() -> None:
    # '二、三级政务公开网络…' in 一、概述 is a sentence (二、三级 = 'second and third level'), not section 二
    html = prose_content(E2008, 2010, "p").replace(
        "<p>第1部分正文", "<p>二、三级政务公开网络已全部建成，覆盖全县12个乡镇。</p><p>第1部分正文", 1)
    r = parse_one(html, title="某某县2010年政府信息公开工作年度报告", date="2011-03-20")
    assert tops(r) == [(CN[i], t) for i, t in enumerate(E2008)], dump(r)
