"""Black-box probe (pr_fab): false alarms of body clean-up and text-table reading on ordinary report text.

The body clean-up drops site footers nested in the article, metadata label lines and title lines at the top, and
the table reader reads tables printed as text and one-cell-per-line tables. Real reports end with contact
paragraphs (联系地址、电话、邮编、网址), signatures, 附件 lines, and sentences about the website that mention
网站标识码 or ICP; they open with dates or label-like phrases; their prose has numbered lists with figures. None of
that may be lost or read as a statistic. Every document below is written in our own words after the phrasing
patterns seen in real published reports.
"""

from __future__ import annotations

import re

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

URL = "http://www.hxx.gov.cn/art/2022/1/21/art_1229_5038.html"
TITLE = "禾溪县人民政府2021年政府信息公开工作年度报告"
PERIOD = "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _page(paras: list[str], tables: str = "", title: str = TITLE, top: str = "", nested_footer: str = "",
          encoding: str = "utf-8") -> bytes:
    body = "".join(p if p.startswith("<") else f"<p>{p}</p>" for p in paras)
    charset = "gb18030" if encoding != "utf-8" else "utf-8"
    html = f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}_禾溪县人民政府</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/col/col1/">政务公开</a> | <a href="/col/col2/">政务服务</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="xxgk-meta"><table>
<tr><td>索引号：</td><td>113304240025801234/2022-00017</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>禾溪县人民政府办公室</td><td>发布日期：</td><td>2022-01-21</td></tr>
<tr><td>文号：</td><td></td><td>有效性：</td><td></td></tr></table></div>
<div class="article">
<h1 class="title">{title}</h1>
<div class="info">发布时间：2022-01-21 09:30 来源：县政府办 浏览次数：<span>128</span></div>
<div class="content" id="zoom">{top}{body}{tables}{nested_footer}</div>
</div>
<div class="share">分享到：微信 微博</div>
<div class="footer"><p>主办单位：禾溪县人民政府办公室 承办单位：禾溪县大数据发展中心</p>
<p>网站标识码：3304240001 浙ICP备05012345号-1 浙公网安备 33042402000123号</p>
<p>联系电话：0572-5010000 建议使用1366*768分辨率浏览</p></div>
</body></html>"""
    return html.encode(encoding)


def _parse(paras, tables="", **kw):
    enc = kw.pop("encoding", "utf-8")
    body = _page(paras, tables, encoding=enc, **kw)
    ctype = "text/html; charset=utf-8" if enc == "utf-8" else "text/html"
    return parse_report([Fetched(URL, body, {"content-type": ctype})])


def _facts(r, source=None):
    return [f for f in r.facts if source is None or f.source == source]


# ----------------------------------------------------------------------------------------------------------------
# t2021 statistics tables as portals print them (HTML tables)
# ----------------------------------------------------------------------------------------------------------------

def _t2021_sec2(permit=5, penalty=31, coercion=2, fee=0):
    return f"""<p>二、主动公开政府信息情况</p>
<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>4</td><td>1</td><td>23</td></tr>
<tr><td colspan="4">第二十条第（五）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">{permit}</td></tr>
<tr><td colspan="4">第二十条第（六）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">{penalty}</td></tr>
<tr><td>行政强制</td><td colspan="3">{coercion}</td></tr>
<tr><td colspan="4">第二十条第（八）项</td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">{fee}</td></tr>
</table>"""


_SEC3_ROWS = [
    ("一、本年新收政府信息公开申请数量", None),
    ("二、上年结转政府信息公开申请数量", None),
    ("三、本年度办理结果", "（一）予以公开"),
    ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("（三）不予公开", "1.属于国家秘密"), ("（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("（三）不予公开", "3.危及“三安全一稳定”"), ("（三）不予公开", "4.保护第三方合法权益"),
    ("（三）不予公开", "5.属于三类内部事务信息"), ("（三）不予公开", "6.属于四类过程性信息"),
    ("（三）不予公开", "7.属于行政执法案卷"), ("（三）不予公开", "8.属于行政查询事项"),
    ("（四）无法提供", "1.本机关不掌握相关政府信息"), ("（四）无法提供", "2.没有现成信息需要另行制作"),
    ("（四）无法提供", "3.补正后申请内容仍不明确"),
    ("（五）不予处理", "1.信访举报投诉类申请"), ("（五）不予处理", "2.重复申请"),
    ("（五）不予处理", "3.要求提供公开出版物"), ("（五）不予处理", "4.无正当理由大量反复申请"),
    ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("（六）其他处理", "3.其他"),
    ("（七）总计", None),
    ("四、结转下年度继续办理", None),
]


def _t2021_sec3(received=(9, 2, 0, 0, 0, 0, 11), granted=(5, 1, 0, 0, 0, 0, 6),
                not_held=(3, 1, 0, 0, 0, 0, 4), carried_out=(1, 0, 0, 0, 0, 0, 1)):
    zero = (0,) * 7
    total = tuple(g + n for g, n in zip(granted, not_held, strict=True))
    vals = {0: received, 2: granted, 12: not_held, 23: total, 24: carried_out}
    rows = ["<p>三、收到和处理政府信息公开申请情况</p>", '<table border="1">',
            "<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
            "<td colspan=\"7\">申请人情况</td></tr>",
            "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>",
            "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"]
    for i, (a, b) in enumerate(_SEC3_ROWS):
        cells = "".join(f"<td>{v}</td>" for v in vals.get(i, zero))
        if b is None:
            rows.append(f'<tr><td colspan="3">{a}</td>{cells}</tr>')
        else:
            rows.append(f'<tr><td>{a if a.startswith("三") else "三、本年度办理结果"}</td><td>{a}</td>'
                        f"<td>{b}</td>{cells}</tr>" if a.startswith("（三）") or a.startswith("（四）")
                        or a.startswith("（五）") or a.startswith("（六）")
                        else f'<tr><td>{a}</td><td colspan="2">{b}</td>{cells}</tr>')
    rows.append("</table>")
    return "".join(rows)


def _t2021_sec4(review=(1, 0, 0, 0, 1), direct=(0, 0, 0, 1, 1), after=(0, 0, 0, 0, 0)):
    head = ("<tr><td colspan=\"5\" rowspan=\"2\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
            "<tr><td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>")
    labels = "".join(f"<td>{x}</td>" for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3)
    vals = "".join(f"<td>{v}</td>" for v in (*review, *direct, *after))
    return (f"<p>四、政府信息公开行政复议、行政诉讼情况</p><table border=\"1\">{head}<tr>{labels}</tr>"
            f"<tr>{vals}</tr></table>")


def _tables(**kw):
    return _t2021_sec2(**{k: v for k, v in kw.items() if k in ("permit", "penalty", "coercion", "fee")}) + \
        _t2021_sec3() + _t2021_sec4()


OPENING = [
    "本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号要求编制，"
    "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
    "存在的主要问题及改进情况、其他需要报告的事项。" + PERIOD,
    "一、总体情况",
    "（一）主动公开。2021年，我县通过政府门户网站主动公开政府信息2316条。",
    "（二）依申请公开。全年共受理政府信息公开申请11件，均在法定期限内答复。",
]
MIDDLE = ["五、政府信息公开工作存在的主要问题及改进情况",
          "一是部分单位信息更新不够及时；二是政策解读形式较为单一。下一步将加强培训，提升公开质量。"]
BASE_TEXT_FACTS = {("active.channel.website", 2316.0), ("apply.received.total", 11.0)}


def _doc(ending: list[str], with_tables=True, opening=None, nested_footer=""):
    paras = list(opening if opening is not None else OPENING)
    tables = _tables() if with_tables else ""
    if with_tables:
        # the statistics sections sit between 一 and 五, as printed
        return _parse(paras + [], tables + "".join(f"<p>{p}</p>" for p in MIDDLE + ending),
                      nested_footer=nested_footer)
    return _parse(paras + MIDDLE + ending, nested_footer=nested_footer)


# ----------------------------------------------------------------------------------------------------------------
# A. Endings: section 六, contact paragraphs, website sentences, signatures, 附件 lines — none may be lost
# ----------------------------------------------------------------------------------------------------------------

ENDINGS = [
    pytest.param(["六、其他需要报告的事项", "本年度未收取信息处理费。",
                  "禾溪县人民政府办公室", "2022年1月20日"], id="end-fee-signature-date"),
    pytest.param(["六、其他需要报告的事项", "无。", "禾溪县人民政府", "2022年1月18日"], id="end-wu-signature"),
    pytest.param(["六、其他需要报告的事项",
                  "如对本报告有疑问，请与禾溪县人民政府办公室联系（地址：禾溪县迎宾大道9号，邮编：313300，"
                  "电话：0572-5021234，电子邮箱：hxxzwgk@126.com）。"], id="end-contact-paren-one-line"),
    pytest.param(["六、其他需要报告的事项", "本机关未收取信息处理费。",
                  "联系地址：禾溪县迎宾大道9号", "联系电话：0572-5021234", "邮编：313300",
                  "网址：http://www.hxx.gov.cn"], id="end-contact-label-lines"),
    pytest.param(["六、其他需要报告的事项",
                  "本报告电子版可在禾溪县人民政府门户网站（网站标识码3304240001）“政府信息公开年报”栏目查阅下载。"],
                 id="end-sentence-with-site-code"),
    pytest.param(["六、其他需要报告的事项",
                  "2021年完成县政府门户网站集约化改造，网站标识码、ICP备案编号和公安机关备案号已在网站底部规范标注。",
                  "禾溪县人民政府办公室", "2022年1月"], id="end-sentence-site-code-icp-gongan"),
    pytest.param(["六、其他需要报告的事项",
                  "“禾溪发布”政务平台由县委宣传部主办单位负责日常运维，年内发布信息642条。"],
                 id="end-platform-zhuban-sentence"),
    pytest.param(["六、其他需要报告的事项",
                  "主办单位：禾溪县人民政府办公室（负责本报告解释）", "承办单位：禾溪县政务公开科"],
                 id="end-report-zhuban-lines"),
    pytest.param(["六、其他需要报告的事项", "本年度无其他需要报告的事项。",
                  "附件：1.禾溪县2021年政府信息公开工作年度报告（图解）", "2.禾溪县2021年政务公开工作要点落实情况表"],
                 id="end-fujian-lines"),
    pytest.param(["六、其他需要报告的事项", "人大代表建议和政协提案办理结果已全部公开。",
                  "附件：禾溪县2021年政府信息公开统计表.xlsx"], id="end-fujian-xlsx"),
    pytest.param(["六、其他需要报告的事项",
                  "按照《政府信息公开信息处理费管理办法》，本年度未产生信息处理费。",
                  "（联系人：沈某某，电话：0572-5021234）"], id="end-contact-person-paren"),
    pytest.param(["六、其他需要报告的事项", "无",
                  "版权所有：禾溪县文化馆数字资源均已向社会免费开放，本年度未收到相关投诉。"],
                 id="end-banquan-word-in-prose"),
    pytest.param(["六、其他需要报告的事项",
                  "本年度未发生收费情况。", "特此报告。", "禾溪县人民政府办公室", "2022年1月21日"],
                 id="end-tecibaogao"),
    pytest.param(["六、其他需要报告的事项", "无。", "网址：www.hxx.gov.cn　联系电话：0572-5021234　邮编：313300"],
                 id="end-contact-one-line-footer-like"),
    pytest.param(["六、其他需要报告的事项", "本单位无其他需要报告的事项。", "禾溪县禾城街道办事处", "2022年1月19日",
                  ], id="end-street-signature-before-qr"),
    pytest.param(["六、其他需要報告的事項", "本局暫無其他事項需要報告。", "如有疑問，請與本局辦公室聯繫（電話：0572-5021234）。"],
                 id="end-traditional-contact"),
    pytest.param(["六、其他需要报告的事项", "无。", "禾溪县人民政府办公室（主办）", "2022年1月21日"],
                 id="end-signature-zhuban-paren"),
    pytest.param(["六、其他需要报告的事项",
                  "县政府门户网站于2021年完成ICP备案变更，备案号为浙ICP备05012345号。"],
                 id="end-icp-sentence-only"),
    pytest.param(["六、其他需要报告的事项",
                  "本报告所称“县政府网站”指禾溪县人民政府门户网站，网址为www.hxx.gov.cn，"
                  "由县政府办公室主办、县大数据发展中心承办。"], id="end-zhuban-chengban-prose"),
    pytest.param(["六、其他需要报告的事项", "（一）信息处理费收取情况：无。",
                  "（二）落实年度政务公开工作要点情况：已全部完成。",
                  "（三）人大代表建议和政协提案办理情况：办理建议18件、提案25件，均已按时办结。"],
                 id="end-three-subitems"),
]


@pytest.mark.parametrize("ending", ENDINGS)
def test_report_ending_is_kept(ending):
    r = _doc(ending)
    body = _squash(r.body)
    for line in ending:
        assert _squash(line) in body, f"report line lost: {line}"
    # the portal's own footer outside the article is still not report text
    assert "浙公网安备" not in r.body
    # contact numbers, post codes, site codes and ICP numbers are never statistics
    for f in r.facts:
        assert f.value not in (313300, 3304240001, 5021234, 5012345, 33042402000123), (f.key, f.value, f.raw_label)


@pytest.mark.parametrize("ending", ENDINGS[:6])
def test_report_ending_kept_without_tables(ending):
    r = _doc(ending, with_tables=False)
    body = _squash(r.body)
    for line in ending:
        assert _squash(line) in body, f"report line lost: {line}"
    assert {(f.key, f.value) for f in _facts(r, "text")} >= BASE_TEXT_FACTS
    assert not _facts(r, "table")


def test_nested_site_footer_still_dropped_after_signature():
    """Pin the intended behaviour: a real site footer nested in the article is dropped, the signature stays."""
    footer = ('<div class="bottom"><p>主办单位：禾溪县人民政府办公室　承办单位：禾溪县大数据发展中心</p>'
              "<p>网站标识码：3304240001　浙ICP备05012345号-1</p><p>浙公网安备 33042402000123号</p></div>")
    r = _doc(["六、其他需要报告的事项", "无。", "禾溪县人民政府办公室", "2022年1月21日"], nested_footer=footer)
    body = _squash(r.body)
    assert "2022年1月21日" in body and "禾溪县人民政府办公室2022年1月21日" in body
    assert "公网安备" not in body and "ICP备" not in body


# ----------------------------------------------------------------------------------------------------------------
# B. Openings: dates, label-like phrases, repeated titles — the report's own first lines stay
# ----------------------------------------------------------------------------------------------------------------

OPENINGS = [
    pytest.param(["2022年1月20日", "为做好政府信息公开工作，现将本县2021年度工作情况报告如下。" + PERIOD],
                 "为做好政府信息公开工作", id="open-date-line"),
    pytest.param(["时间：2021年1月1日至2021年12月31日，本机关政府信息公开工作情况如下。"],
                 "时间：2021年1月1日至2021年12月31日，本机关政府信息公开工作情况如下。", id="open-shijian-sentence"),
    pytest.param(["来源：本报告数据来源于县政务公开平台统计系统和各科室台账。" + PERIOD],
                 "来源：本报告数据来源于县政务公开平台统计系统和各科室台账。", id="open-laiyuan-sentence"),
    pytest.param(["发布机构：禾溪县人民政府办公室根据《条例》第五十条编制本报告，全文包括六个部分。" + PERIOD],
                 "根据《条例》第五十条编制本报告", id="open-fabujigou-sentence"),
    pytest.param(["根据《中华人民共和国政府信息公开条例》规定，现公布禾溪县人民政府2021年政府信息公开工作年度报告。"
                  "报告电子版可在禾溪县人民政府门户网站（http://www.hxx.gov.cn）下载。如对报告有疑问，请与县政府办公室联系"
                  "（地址：禾溪县迎宾大道9号；邮编：313300；电话：0572-5021234）。"],
                 "如对报告有疑问，请与县政府办公室联系", id="open-contact-in-preface"),
    pytest.param(["本年度报告由禾溪县人民政府办公室编制。", "统计期限：2021年1月1日至2021年12月31日。"],
                 "本年度报告由禾溪县人民政府办公室编制。", id="open-tongjiqixian-label"),
    pytest.param(["一、总体情况"], "一、总体情况", id="open-section-one-first"),
    pytest.param(["禾溪县人民政府", "2021年政府信息公开工作年度报告", "（2022年1月）",
                  "本报告依据《条例》编制。" + PERIOD], "本报告依据《条例》编制。", id="open-title-split-lines"),
]


@pytest.mark.parametrize("first,must", OPENINGS)
def test_report_opening_is_kept(first, must):
    r = _parse(first + OPENING[1:] + MIDDLE + ["六、其他需要报告的事项", "无。"])
    body = _squash(r.body)
    assert _squash(must) in body
    assert _squash(OPENING[2]) in body and _squash(OPENING[3]) in body
    assert r.year == 2021
    got = {(f.key, f.value) for f in _facts(r, "text")}
    assert got >= BASE_TEXT_FACTS
    for f in r.facts:
        assert f.value not in (313300, 5021234), (f.key, f.raw_label)


def test_dl_block_inside_report_text_kept():
    """A <dl> used by the report itself (a glossary after section 一) is not the page metadata block."""
    dl = ("<dl><dt>依申请公开</dt><dd>指公民、法人或者其他组织向行政机关申请获取政府信息。</dd>"
          "<dt>主动公开</dt><dd>指行政机关依法主动向社会公开政府信息。</dd></dl>")
    r = _parse(OPENING + [dl] + MIDDLE + ["六、其他需要报告的事项", "无。"])
    body = _squash(r.body)
    assert "指公民、法人或者其他组织向行政机关申请获取政府信息。" in body
    assert {(f.key, f.value) for f in _facts(r, "text")} >= BASE_TEXT_FACTS


def test_metadata_dl_at_top_dropped_report_kept():
    """Pin: a metadata <dl> at the top of the article goes, the first report paragraph stays."""
    dl = ("<dl class=\"meta\"><dt>索引号：</dt><dd>113304240025801234/2022-00017</dd><dt>发布机构：</dt>"
          "<dd>禾溪县人民政府办公室</dd><dt>发布日期：</dt><dd>2022-01-21</dd></dl>")
    r = _parse(OPENING + MIDDLE + ["六、其他需要报告的事项", "无。"], top=dl)
    body = _squash(r.body)
    assert "113304240025801234" not in body
    assert _squash(OPENING[0][:40]) in body


# ----------------------------------------------------------------------------------------------------------------
# C. Numbered prose lists and lines of figures in prose: no table facts, no fact from non-statistics
# ----------------------------------------------------------------------------------------------------------------

PROSE = [
    pytest.param(["（三）政府信息管理。全年梳理权责事项如下：", "1.行政许可 12 项；", "2.行政处罚 208 项；",
                  "3.行政强制 9 项；", "4.其他行政权力 37 项。"],
                 ["active.permit.decisions", "active.penalty.decisions", "active.coercion.decisions"],
                 id="prose-numbered-power-list"),
    pytest.param(["（三）平台建设。各栏目更新情况：", "1.政策文件 86", "2.政策解读 41", "3.通知公告 133",
                  "4.人事信息 12"], ["active.normative.issued", "response.interpretations"],
                 id="prose-column-update-lines"),
    pytest.param(["近三年主动公开信息数量对比：", "2019年 1862", "2020年 2034", "2021年 2316"],
                 ["active.items_total"], id="prose-year-figure-lines"),
    pytest.param(["（四）监督保障。组织培训：", "培训次数 3", "参训人数 126", "考核单位 41"],
                 ["training.courses", "training.trainees"], id="prose-label-number-lines"),
    pytest.param(["全年重点领域公开情况（单位：条）", "财政预决算", "58", "重大建设项目", "73", "公共资源配置",
                  "211"], ["active.items_total"], id="prose-one-cell-per-line-lookalike"),
    pytest.param(["（三）政府信息管理。", "一是规范性文件清理：共清理4件，废止1件；",
                  "二是行政许可事项：办理5件；", "三是行政处罚事项：公示31件。"],
                 ["active.normative.repealed", "active.permit.decisions"], id="prose-yishi-ershi-numbers"),
]


@pytest.mark.parametrize("lines,forbidden", PROSE)
def test_prose_numbers_are_not_table_facts(lines, forbidden):
    r = _parse(OPENING + lines + MIDDLE + ["六、其他需要报告的事项", "无。"])
    body = _squash(r.body)
    for line in lines:
        assert _squash(line) in body
    assert not _facts(r, "table"), [(f.key, f.value, f.raw_label) for f in _facts(r, "table")]
    keys = {f.key for f in r.facts if f.source != "derived"}
    for k in forbidden:
        if k == "active.items_total":
            # the year-by-year and per-field figures are not this year's total
            assert not any(f.key == k and f.value in (1862, 2034, 58, 73, 211) for f in r.facts)
        else:
            assert k not in keys, [(f.key, f.value, f.raw_label) for f in r.facts if f.key == k]
    assert {(f.key, f.value) for f in _facts(r, "text")} >= BASE_TEXT_FACTS


# ----------------------------------------------------------------------------------------------------------------
# D. HTML tables with prose around them: each table fact read once, from the table, with the right key
# ----------------------------------------------------------------------------------------------------------------

TABLE_EXPECT = {
    "active.regulation.issued": 0, "active.normative.issued": 4, "active.normative.repealed": 1,
    "active.normative.in_force": 23, "active.permit.decisions": 5, "active.penalty.decisions": 31,
    "active.coercion.decisions": 2, "active.admin_fee.amount": 0,
    "apply.received_new.natural_person": 9, "apply.received_new.business": 2, "apply.received_new.total": 11,
    "apply.outcome.granted.total": 6, "apply.outcome.unavailable.not_held.total": 4,
    "apply.outcome.total.total": 10, "apply.carried_out.total": 1,
    "review.upheld": 1, "review.total": 1, "litigation.direct.pending": 1, "litigation.direct.total": 1,
    "litigation.after_review.total": 0,
}


def _assert_tables(r):
    table = {}
    for f in _facts(r, "table"):
        table.setdefault(f.key, []).append(f.value)
    for k, v in TABLE_EXPECT.items():
        assert table.get(k) == [v], (k, table.get(k))
    dup = {k: v for k, v in table.items() if len(v) > 1}
    assert not dup, dup


TEXT_BESIDE = [
    pytest.param([], id="tables-plain"),
    pytest.param(["注：表中数据统计口径为县政府本级，不含各乡镇（街道）。"], id="tables-note-after"),
    pytest.param(["本年度新收申请11件，其中自然人9件、商业企业2件；予以公开6件，本机关不掌握相关政府信息4件，"
                  "结转下年度继续办理1件。"], id="tables-prose-summary-after"),
    pytest.param(["表1 政府信息公开申请办理情况（单位：件）", "数据来源：县政务公开办"], id="tables-caption-lines"),
    pytest.param(["第二十条第（一）项 规章 0 0 0 行政规范性文件 4 1 23"], id="tables-textcopy-sec2-oneline"),
    pytest.param(["行政许可 5", "行政处罚 31", "行政强制 2"], id="tables-textcopy-sec2-lines"),
]


@pytest.mark.parametrize("after", TEXT_BESIDE)
def test_tables_read_once_with_prose_beside(after):
    r = _parse(OPENING, _t2021_sec2() + "".join(f"<p>{p}</p>" for p in after) + _t2021_sec3() + _t2021_sec4()
               + "".join(f"<p>{p}</p>" for p in MIDDLE + ["六、其他需要报告的事项", "无。", "禾溪县人民政府办公室",
                                                         "2022年1月21日"]))
    assert r.template == "t2021"
    _assert_tables(r)
    body = _squash(r.body)
    for p in after:
        assert _squash(p) in body
    assert "禾溪县人民政府办公室2022年1月21日" in body


@pytest.mark.parametrize("ending", [ENDINGS[2], ENDINGS[4], ENDINGS[8], ENDINGS[13]])
def test_tables_read_once_with_contact_ending(ending):
    r = _doc(ending)
    _assert_tables(r)
    got = {(f.key, f.value) for f in _facts(r, "text")}
    assert got >= BASE_TEXT_FACTS


def test_tables_gb18030_page_with_contact_ending():
    ending = ["六、其他需要报告的事项", "联系电话：0572-5021234", "邮编：313300", "禾溪县人民政府办公室", "2022年1月21日"]
    r = _parse(OPENING, _tables() + "".join(f"<p>{p}</p>" for p in MIDDLE + ending), encoding="gb18030")
    _assert_tables(r)
    body = _squash(r.body)
    for line in ending:
        assert _squash(line) in body


def test_tables_then_fujian_table_of_links_not_read():
    """附件 lines after the tables with numbers in file names give no facts."""
    ending = ["六、其他需要报告的事项", "无。", "附件：1.禾溪县2021年政务公开工作要点（共26项）落实情况.pdf",
              "2.禾溪县2021年政府信息公开申请办理台账（11件）.xls"]
    r = _doc(ending)
    _assert_tables(r)
    for line in ending:
        assert _squash(line) in _squash(r.body)
    assert not any(f.value == 26 for f in r.facts)


# ----------------------------------------------------------------------------------------------------------------
# E. Older prose reports and text copies of whole tables
# ----------------------------------------------------------------------------------------------------------------

def test_e2014_prose_report_with_contact_ending():
    paras = ["根据《中华人民共和国政府信息公开条例》要求，特向社会公布禾溪县2016年度政府信息公开工作年度报告。"
             "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。"
             "如对本报告有任何疑问，请与禾溪县人民政府办公室联系（地址：禾溪县迎宾大道9号，邮编：313300，"
             "电话：0572-5021234）。",
             "一、概述", "2016年，我县进一步完善政府信息公开工作机制。",
             "二、主动公开政府信息情况", "全年主动公开政府信息1520条。",
             "三、依申请公开政府信息情况", "全年共受理政府信息公开申请8件，均按时答复。",
             "四、政府信息公开的收费及减免情况", "未收取任何费用。",
             "五、因政府信息公开申请提起行政复议、行政诉讼的情况", "无。",
             "六、存在的主要问题和改进措施", "下一步将继续加强网站栏目建设。",
             "联系地址：禾溪县迎宾大道9号", "联系电话：0572-5021234",
             "禾溪县人民政府办公室", "2017年3月20日"]
    r = _parse(paras, title="禾溪县人民政府2016年政府信息公开工作年度报告")
    assert r.year == 2016
    body = _squash(r.body)
    for line in paras[-4:]:
        assert _squash(line) in body
    got = {(f.key, f.value) for f in _facts(r, "text")}
    assert {("active.items_total", 1520.0), ("apply.received.total", 8.0)} <= got
    assert not _facts(r, "table")
    assert not any(f.value in (313300, 5021234, 20) for f in r.facts if f.key.startswith(("apply", "active")))


_SEC4_TEXT = ("行政复议 | 行政诉讼\n未经复议直接起诉 | 复议后起诉\n"
              "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | "
              "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计\n1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0")


def test_sec4_text_copy_beside_html_table_read_once():
    copy = "".join(f"<p>{x}</p>" for x in _SEC4_TEXT.split("\n"))
    r = _parse(OPENING, _t2021_sec2() + _t2021_sec3() + _t2021_sec4() + copy
               + "".join(f"<p>{p}</p>" for p in MIDDLE + ["六、其他需要报告的事项", "无。"]))
    _assert_tables(r)


def test_sec4_one_cell_per_line_read_with_right_keys():
    cells = (["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
             + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3
             + ["1", "0", "0", "0", "1", "0", "0", "0", "1", "1", "0", "0", "0", "0", "0"])
    r = _parse(OPENING + ["四、政府信息公开行政复议、行政诉讼情况"] + cells + MIDDLE + ["六、其他需要报告的事项", "无。"])
    vals = {}
    for f in r.facts:
        if f.source != "derived":
            vals.setdefault(f.key, []).append(f.value)
    for k, v in {"review.upheld": 1, "review.total": 1, "litigation.direct.pending": 1,
                 "litigation.direct.total": 1, "litigation.after_review.total": 0}.items():
        assert vals.get(k) == [v], (k, vals.get(k))


def test_signature_kept_when_qr_chrome_follows():
    """Real street-office pages end with the signature, the date, then 扫一扫 chrome inside the article."""
    ending = ["六、其他需要报告的事项", "本单位无其他需要报告的事项。", "禾溪县禾城街道办事处", "2022年1月19日"]
    r = _parse(OPENING + MIDDLE + ending + ["扫一扫在手机打开当前页", "【打印本页】【关闭窗口】"])
    body = _squash(r.body)
    assert body.endswith("禾溪县禾城街道办事处2022年1月19日"), r.body[-80:]


@pytest.mark.parametrize("labels", [
    pytest.param(["索引号：113304240025801234/2022-00017", "发布机构：禾溪县人民政府办公室", "发布日期：2022-01-21"],
                 id="top-label-lines-colon"),
    pytest.param(["<table class=\"xxgk_table\"><tr><td>索引号</td><td>113304240025801234/2022-00017</td>"
                  "<td>发文字号</td><td></td></tr><tr><td>发布机构</td><td>禾溪县人民政府办公室</td><td>生成日期</td>"
                  "<td>2022-01-21</td></tr></table>"], id="top-meta-table-in-article"),
])
def test_top_metadata_lines_dropped_report_opening_kept(labels):
    """Pin (b): metadata label lines at the article top go; the report's first paragraph and its facts stay."""
    r = _parse(labels + OPENING + MIDDLE + ["六、其他需要报告的事项", "无。"])
    body = _squash(r.body)
    assert "113304240025801234" not in body
    assert body.startswith(_squash(OPENING[0])[:30]), r.body[:80]
    assert {(f.key, f.value) for f in _facts(r, "text")} >= BASE_TEXT_FACTS
