"""Black-box probe: the bytes real portals serve, and the normalisation the spec asks for.

Spec 2.7 (label normalisation, cell values), 3.6 (encodings: BOM > HTTP header (CJK charset) > meta > detection;
gb2312/gbk decoded as GB18030), 3.8 (traditional mirrors, over-conversion, pinyin glosses), toolchain notes §8.
Every case builds the exact bytes a portal (or a mirror of it) would serve and checks what a careful reader records.
The report texts are written for these tests; their shape follows real reports (t2021 form tables, 2013-era prose).
"""

from __future__ import annotations

import re

import opencc
import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

_S2T = opencc.OpenCC("s2t")

# ---------------------------------------------------------------------------------------------------------------
# A t2021 report (section 二, 三, 四 tables + prose), written for these tests.
# ---------------------------------------------------------------------------------------------------------------

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")

# key row part -> (label cells, values for the 7 columns or None for a category header row)
SEC3 = [
    ("apply.received_new", ("一、本年新收政府信息公开申请数量",), (5, 2, 0, 0, 1, 0, 8)),
    ("apply.carried_in", ("二、上年结转政府信息公开申请数量",), (1, 0, 0, 0, 0, 0, 1)),
    ("apply.outcome.granted", ("三、本年度办理结果", "（一）予以公开"), (3, 1, 0, 0, 1, 0, 5)),
    ("apply.outcome.partial", ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
     (1, 0, 0, 0, 0, 0, 1)),
    ("apply.outcome.withheld.state_secret", ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"), None),
    ("apply.outcome.withheld.law_prohibited", ("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"), None),
    ("apply.outcome.withheld.security_stability", ("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"), None),
    ("apply.outcome.withheld.third_party", ("三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"),
     (1, 0, 0, 0, 0, 0, 1)),
    ("apply.outcome.withheld.internal_affairs", ("三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"), None),
    ("apply.outcome.withheld.process_info", ("三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"), None),
    ("apply.outcome.withheld.enforcement_file", ("三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"), None),
    ("apply.outcome.withheld.admin_query", ("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"), None),
    ("apply.outcome.unavailable.not_held", ("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"),
     (0, 1, 0, 0, 0, 0, 1)),
    ("apply.outcome.unavailable.needs_creation", ("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"), None),
    ("apply.outcome.unavailable.unclear", ("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"), None),
    ("apply.outcome.not_processed.petition", ("三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"), None),
    ("apply.outcome.not_processed.duplicate", ("三、本年度办理结果", "（五）不予处理", "2.重复申请"), None),
    ("apply.outcome.not_processed.publication", ("三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"), None),
    ("apply.outcome.not_processed.mass_repeat", ("三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"), None),
    ("apply.outcome.not_processed.confirm_reissue",
     ("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"), None),
    ("apply.outcome.other.no_correction", ("三、本年度办理结果", "（六）其他处理",
                                           "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), None),
    ("apply.outcome.other.fee_unpaid", ("三、本年度办理结果", "（六）其他处理",
                                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), None),
    ("apply.outcome.other.misc", ("三、本年度办理结果", "（六）其他处理", "3.其他"), None),
    ("apply.outcome.total", ("三、本年度办理结果", "（七）总计"), (5, 2, 0, 0, 1, 0, 8)),
    ("apply.carried_out", ("四、结转下年度继续办理",), (1, 0, 0, 0, 0, 0, 1)),
]

EXPECTED_TABLE = {
    "apply.received_new.total": 8,
    "apply.received_new.natural_person": 5,
    "apply.received_new.business": 2,
    "apply.received_new.legal_service": 1,
    "apply.received_new.research": 0,
    "apply.carried_in.total": 1,
    "apply.outcome.granted.total": 5,
    "apply.outcome.partial.natural_person": 1,
    "apply.outcome.withheld.third_party.natural_person": 1,
    "apply.outcome.withheld.security_stability.total": 0,
    "apply.outcome.unavailable.not_held.business": 1,
    "apply.outcome.total.total": 8,
    "apply.carried_out.total": 1,
    "active.regulation.issued": 2,
    "active.regulation.in_force": 15,
    "active.normative.issued": 6,
    "active.normative.repealed": 1,
    "active.normative.in_force": 40,
    "active.permit.decisions": 321,
    "active.penalty.decisions": 87,
    "active.coercion.decisions": 3,
    "active.admin_fee.amount": 12.5,
    "review.upheld": 1,
    "review.total": 1,
    "litigation.direct.pending": 1,
    "litigation.direct.total": 1,
    "litigation.after_review.total": 0,
}


def _num(v) -> str:
    return str(v)


def sec2_html(cell=_num) -> str:
    rows = [
        "<tr><td colspan='4'>第二十条第（一）项</td></tr>",
        "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>",
        f"<tr><td>规章</td><td>{cell(2)}</td><td>{cell(0)}</td><td>{cell(15)}</td></tr>",
        f"<tr><td>行政规范性文件</td><td>{cell(6)}</td><td>{cell(1)}</td><td>{cell(40)}</td></tr>",
        "<tr><td colspan='4'>第二十条第（五）项</td></tr>",
        "<tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>",
        f"<tr><td>行政许可</td><td colspan='3'>{cell(321)}</td></tr>",
        "<tr><td colspan='4'>第二十条第（六）项</td></tr>",
        "<tr><td>信息内容</td><td colspan='3'>本年处理决定数量</td></tr>",
        f"<tr><td>行政处罚</td><td colspan='3'>{cell(87)}</td></tr>",
        f"<tr><td>行政强制</td><td colspan='3'>{cell(3)}</td></tr>",
        "<tr><td colspan='4'>第二十条第（八）项</td></tr>",
        "<tr><td>信息内容</td><td colspan='3'>本年收费金额（单位：万元）</td></tr>",
        f"<tr><td>行政事业性收费</td><td colspan='3'>{cell(12.5)}</td></tr>",
    ]
    return "<table border='1' cellspacing='0'>" + "".join(rows) + "</table>"


SEC3_HEAD = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")


def sec3_html(cell=_num, label=lambda s: s, head=SEC3_HEAD) -> str:
    """Section 三 grid: 3 header rows, 25 data rows; labels in 3 cells (level 1/2/3) with spans like the real form."""
    h = [label(x) for x in head]
    out = [
        "<table border='1' cellspacing='0' style='width:100%'>",
        "<tr><td colspan='3' rowspan='3'>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
        "<td colspan='7'>申请人情况</td></tr>",
        f"<tr><td rowspan='2'>{h[0]}</td><td colspan='5'>法人或其他组织</td><td rowspan='2'>{h[6]}</td></tr>",
        "<tr>" + "".join(f"<td>{x}</td>" for x in h[1:6]) + "</tr>",
    ]
    for _key, labels, vals in SEC3:
        vals = vals or (0, 0, 0, 0, 0, 0, 0)
        cells = "".join(f"<td>{cell(v)}</td>" for v in vals)
        labs = [label(x) for x in labels]
        if len(labels) == 1:
            lab = f"<td colspan='3'>{labs[0]}</td>"
        elif len(labels) == 2:
            lab = f"<td>{labs[0]}</td><td colspan='2'>{labs[1]}</td>"
        else:
            lab = f"<td>{labs[0]}</td><td>{labs[1]}</td><td>{labs[2]}</td>"
        out.append(f"<tr>{lab}{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def sec4_html(cell=_num) -> str:
    res = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    vals = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    return (
        "<table border='1' cellspacing='0'>"
        "<tr><td colspan='5' rowspan='2'>行政复议</td><td colspan='10'>行政诉讼</td></tr>"
        "<tr><td colspan='5'>未经复议直接起诉</td><td colspan='5'>复议后起诉</td></tr>"
        "<tr>" + "".join(f"<td>{x}</td>" for x in res * 3) + "</tr>"
        "<tr>" + "".join(f"<td>{cell(v)}</td>" for v in vals) + "</tr></table>"
    )


def report_body_2021(agency: str, cell=_num, label=lambda s: s, head=SEC3_HEAD, sec3=None, extra_prose="") -> str:
    sec3 = sec3 if sec3 is not None else sec3_html(cell, label, head)
    return (
        f"<p>本报告根据《中华人民共和国政府信息公开条例》要求，由{agency}办公室编制。全文包括总体情况、主动公开政府信息情况、"
        "收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
        "本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。</p>"
        "<p>一、总体情况</p>"
        f"<p>2021年，{agency}坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开，"
        f"健全体制机制，出台一系列制度。{extra_prose}全年共收到政府信息公开申请8件。</p>"
        "<p>二、主动公开政府信息情况</p>" + sec2_html(cell)
        + "<p>三、收到和处理政府信息公开申请情况</p>" + sec3
        + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + sec4_html(cell)
        + "<p>五、存在的主要问题及改进情况</p><p>个别股室对公开工作重视不够，信息更新不及时。下一步将加强培训。</p>"
        "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>"
    )


def portal_page(title: str, agency: str, body: str, *, meta: str | None = "utf-8", published: str = "2022-01-20",
                site: str | None = None, http_equiv: bool = False, index_no: str = "11370923004312345P/2022-00012") -> str:
    site = site or f"{agency}门户网站"
    if meta is None:
        head_meta = ""
    elif http_equiv:
        head_meta = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">'
    else:
        head_meta = f'<meta charset="{meta}">'
    return (
        "<!DOCTYPE html><html><head>" + head_meta
        + f"<title>{title}_{site}</title>"
        '<meta name="keywords" content="政府信息公开,年度报告">'
        "</head><body>"
        f"<div class='header'><div class='logo'>{site}</div><ul class='nav'><li><a href='/'>首页</a></li>"
        "<li><a href='/zwgk/'>政务公开</a></li><li><a href='/bsfw/'>办事服务</a></li><li><a href='/hdjl/'>互动交流</a></li>"
        "</ul></div>"
        "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政府信息公开</a> &gt; "
        "<a href='/zwgk/nb/'>政府信息公开年报</a></div>"
        "<table class='xxgk-meta'>"
        f"<tr><td>索引号：</td><td>{index_no}</td><td>主题分类：</td><td>政务公开</td></tr>"
        f"<tr><td>发布机构：</td><td>{agency}</td><td>发布日期：</td><td>{published}</td></tr>"
        f"<tr><td>名　　称：</td><td colspan='3'>{title}</td></tr></table>"
        f"<div class='article'><h1 class='title'>{title}</h1><div class='content' id='zoom'>{body}</div></div>"
        "<div class='footer'><p>主办单位：" + agency + "办公室　承办：县大数据中心</p>"
        "<p>网站标识码：3709230001　鲁ICP备05012345号　公网安备 37092302000123号</p>"
        "<p>【打印本页】【关闭窗口】</p></div></body></html>"
    )


AGENCY = "平阴县人民政府"
TITLE = "平阴县人民政府2021年政府信息公开工作年度报告"
GOV_URL = "http://www.pingyin.gov.cn/art/2022/1/20/art_33187_4793011.html"


def page_2021(agency=AGENCY, title=TITLE, **kw) -> str:
    body_kw = {k: kw.pop(k) for k in ("cell", "label", "head", "sec3", "extra_prose") if k in kw}
    return portal_page(title, agency, report_body_2021(agency, **body_kw), **kw)


def parse(url: str, body: bytes, headers: dict[str, str] | None = None):
    return parse_report([Fetched(url=url, body=body, headers=headers or {"content-type": "text/html"})])


def table_facts(rep) -> dict[str, float | None]:
    return {f.key: f.value for f in rep.facts if f.source == "table"}


def facts_by_source(rep, source: str) -> dict:
    return {f.key: f for f in rep.facts if f.source == source}


def assert_t2021(rep, *, title=TITLE, agency=AGENCY, script="simplified", keys=EXPECTED_TABLE):
    got = table_facts(rep)
    wrong = {k: (v, got.get(k, "MISSING")) for k, v in keys.items() if got.get(k) != v}
    assert not wrong, f"table facts wrong (expected, got): {wrong}"
    assert rep.year == 2021
    assert rep.template == "t2021"
    assert rep.title == title
    if agency is not None:
        assert rep.agency == agency
    assert rep.script == script
    assert rep.published == "2022-01-20"
    r1 = [c for c in rep.checks if c.rule.startswith("R1")]
    assert r1 and all(c.passed for c in r1), [(c.rule, c.passed, c.detail) for c in r1 if not c.passed]


def no_mojibake(rep):
    assert "\ufffd" not in (rep.title or "") + rep.body
    for probe in ("总体情况", "收到和处理政府信息公开申请情况", "个别股室对公开工作重视不够"):
        assert probe in rep.body, probe


# ---------------------------------------------------------------------------------------------------------------
# A. One simplified t2021 report served as different bytes.
# ---------------------------------------------------------------------------------------------------------------

def _bom_utf8(html: str) -> bytes:
    return b"\xef\xbb\xbf" + html.encode("utf-8")


ENCODING_CASES = [
    pytest.param(lambda: page_2021(meta="utf-8").encode("utf-8"), {"content-type": "text/html; charset=utf-8"},
                 id="utf8-header-and-meta"),
    pytest.param(lambda: page_2021(meta=None).encode("utf-8"), {"content-type": "text/html"},
                 id="utf8-no-declaration"),
    pytest.param(lambda: page_2021(meta="gbk").encode("gbk"), {"content-type": "text/html"}, id="gbk-meta-gbk"),
    pytest.param(lambda: page_2021(meta="gb2312", http_equiv=True).encode("gb2312"), {"content-type": "text/html"},
                 id="gb2312-http-equiv-trs"),
    pytest.param(lambda: page_2021(meta="GB18030").encode("gb18030"), {"content-type": "text/html; charset=GB18030"},
                 id="gb18030-header-and-meta"),
    pytest.param(lambda: page_2021(meta=None).encode("gbk"), {"content-type": "text/html"}, id="gbk-no-declaration"),
    pytest.param(lambda: page_2021(meta=None).encode("gbk"), {}, id="gbk-no-headers-at-all"),
    pytest.param(lambda: page_2021(meta="gbk").encode("gbk"), {"content-type": "text/html; charset=utf-8"},
                 id="gbk-bytes-header-says-utf8"),
    pytest.param(lambda: page_2021(meta="utf-8").encode("gbk"), {"content-type": "text/html"},
                 id="gbk-bytes-meta-says-utf8"),
    pytest.param(lambda: page_2021(meta="iso-8859-1", http_equiv=True).encode("gbk"), {"content-type": "text/html"},
                 id="gbk-bytes-meta-says-latin1"),
    pytest.param(lambda: page_2021(meta="windows-1252").encode("gbk"),
                 {"content-type": "text/html; charset=ISO-8859-1"}, id="gbk-bytes-header-latin1-meta-cp1252"),
    pytest.param(lambda: page_2021(meta="gb2312", http_equiv=True).encode("utf-8"), {"content-type": "text/html"},
                 id="utf8-bytes-meta-says-gb2312"),
    pytest.param(lambda: page_2021(meta="gbk").encode("utf-8"), {"content-type": "text/html; charset=GBK"},
                 id="utf8-bytes-header-and-meta-say-gbk"),
    pytest.param(lambda: _bom_utf8(page_2021(meta="gb2312")), {"content-type": "text/html; charset=gbk"},
                 id="utf8-bom-beats-header-gbk-and-meta-gb2312"),
    pytest.param(lambda: page_2021(meta="x-gbk").encode("gbk"), {"content-type": 'text/html; charset="GBK"'},
                 id="gbk-quoted-header-odd-meta-label"),
]


@pytest.mark.parametrize(("make", "headers"), ENCODING_CASES)
def test_same_report_any_bytes(make, headers):
    rep = parse(GOV_URL, make(), headers)
    assert_t2021(rep)
    assert rep.is_mirror is False
    no_mojibake(rep)


RARE_AGENCY = "犇堃镇人民政府"
RARE_TITLE = "犇堃镇人民政府2021年政府信息公开工作年度报告"


@pytest.mark.parametrize(("charset_meta", "headers"), [
    pytest.param("gb2312", {"content-type": "text/html"}, id="gb2312-meta-rare-chars-outside-gb2312"),
    pytest.param("gb2312", {"content-type": "text/html; charset=gb2312"}, id="gb2312-header-rare-chars"),
    pytest.param(None, {"content-type": "text/html"}, id="undeclared-gbk-rare-chars"),
])
def test_characters_outside_gb2312(charset_meta, headers):
    # 犇 堃 (place name) and 镕 (a person's name) exist in GBK but not GB2312; pages labelled gb2312 carry them.
    html = page_2021(agency=RARE_AGENCY, title=RARE_TITLE, meta=charset_meta,
                     extra_prose="分管副镇长王镕同志牵头负责政务公开工作。")
    rep = parse("http://www.xx.gov.cn/xxgk/nb/202201/t20220120_998811.html", html.encode("gbk"), headers)
    assert_t2021(rep, title=RARE_TITLE, agency=RARE_AGENCY)
    assert "王镕同志" in rep.body
    no_mojibake(rep)


def test_gb18030_four_byte_character_in_page_labelled_gbk():
    # 𠮷 (U+20BB7) is a four-byte GB18030 sequence; the page says gbk as most old CMS pages do.
    html = page_2021(meta="gbk", extra_prose="在𠮷祥社区设立政府信息公开查阅点。")
    rep = parse(GOV_URL, html.encode("gb18030"), {"content-type": "text/html; charset=gbk"})
    assert_t2021(rep)
    assert "在𠮷祥社区设立" in rep.body
    no_mojibake(rep)


def _gbk_with_cp1252_quotes(html: str) -> bytes:
    """A GBK page where an editor pasted Windows-1252 smart quotes (0x93/0x94 bytes) around a phrase."""
    marker_open, marker_close = "\u2460", "\u2461"  # placeholders, replaced at byte level
    html = html.replace("公开为常态、不公开为例外", f"{marker_open}公开为常态、不公开为例外{marker_close}")
    raw = html.encode("gbk")
    return raw.replace(marker_open.encode("gbk"), b"\x93").replace(marker_close.encode("gbk"), b"\x94")


def test_gbk_page_with_windows1252_smart_quotes_in_prose():
    rep = parse(GOV_URL, _gbk_with_cp1252_quotes(page_2021(meta="gb2312")), {"content-type": "text/html"})
    assert_t2021(rep)
    assert "个别股室对公开工作重视不够" in rep.body


# ---------------------------------------------------------------------------------------------------------------
# B. Traditional script: Big5 and UTF-8 mirrors, OpenCC over-conversion, pinyin glosses.
# ---------------------------------------------------------------------------------------------------------------

MIRROR_URL = "http://www.hbjdzy.com/zwgk/2022/0120/4793011.html"


def trad(html: str) -> str:
    return _S2T.convert(html)


def big5_bytes(html: str) -> bytes:
    # Characters Big5 lacks become numeric character references, as browsers and CMS export do.
    return html.encode("big5", errors="xmlcharrefreplace")


TRAD_TITLE = trad(TITLE)
TRAD_AGENCY = trad(AGENCY)


def _assert_trad(rep, *, mirror: bool | None):
    assert_t2021(rep, title=TRAD_TITLE, agency=None, script="traditional")
    assert rep.agency in (AGENCY, TRAD_AGENCY)
    if mirror is not None:
        assert rep.is_mirror is mirror
    # stored text keeps the page's own script
    assert "收到和處理政府信息公開申請情況" in rep.body
    assert "收到和处理政府信息公开申请情况" not in rep.body


@pytest.mark.parametrize(("make", "headers", "url", "mirror"), [
    pytest.param(lambda: big5_bytes(trad(page_2021(meta="big5", site="澳门金沙城中心_欧洲杯足球网"))),
                 {"content-type": "text/html"}, MIRROR_URL, True, id="big5-meta-spam-mirror"),
    pytest.param(lambda: big5_bytes(trad(page_2021(meta=None, site="武汉365体育官网"))),
                 {"content-type": "text/html"}, MIRROR_URL, True, id="big5-undeclared-mirror"),
    pytest.param(lambda: big5_bytes(trad(page_2021(meta="big5"))), {"content-type": "text/html; charset=gb2312"},
                 MIRROR_URL, True, id="big5-bytes-header-says-gb2312"),
    pytest.param(lambda: trad(page_2021(meta="utf-8", site="manbetx官网")).encode("utf-8"),
                 {"content-type": "text/html; charset=utf-8"}, MIRROR_URL, True, id="utf8-traditional-mirror"),
    pytest.param(lambda: trad(page_2021(meta="utf-8")).encode("utf-8"), {"content-type": "text/html; charset=utf-8"},
                 "http://www.pingyin.gov.cn/fanti/art/2022/1/20/art_33187_4793011.html", None,
                 id="utf8-traditional-gov-fanti-edition"),
])
def test_traditional_copies(make, headers, url, mirror):
    rep = parse(url, make(), headers)
    _assert_trad(rep, mirror=mirror)


def _over_converted(html: str) -> str:
    """A mirror converter that over-converts: 面→麵, 制→製, 系→係, 范→範 even where the simplified form is right."""
    t = trad(html)
    return (t.replace("全面", "全麵").replace("體制機制", "體製機製").replace("一系列", "一係列")
            .replace("制發", "製發"))


def test_over_converted_mirror_facts_and_original_text():
    html = _over_converted(page_2021(meta="utf-8", site="manbetxbrf com"))
    assert "全麵推進" in html and "體製機製" in html and "製發件數" in html
    rep = parse(MIRROR_URL, html.encode("utf-8"), {"content-type": "text/html; charset=utf-8"})
    _assert_trad(rep, mirror=True)
    assert "全麵推進" in rep.body and "體製機製" in rep.body  # stored as printed, not repaired


def test_over_converted_mirror_hashes_like_the_original():
    orig = parse(GOV_URL, page_2021(meta="utf-8").encode("utf-8"), {"content-type": "text/html; charset=utf-8"})
    copy = parse(MIRROR_URL, _over_converted(page_2021(meta="big5", site="manbetxbrf com")).encode(
        "big5", errors="xmlcharrefreplace"), {"content-type": "text/html"})
    assert orig.body_hash and orig.body_hash == copy.body_hash
    assert copy.is_mirror is True and orig.is_mirror is False


def test_big5_mirror_hashes_like_the_simplified_original():
    orig = parse(GOV_URL, page_2021(meta="gbk").encode("gbk"), {"content-type": "text/html"})
    copy = parse(MIRROR_URL, big5_bytes(trad(page_2021(meta="big5", site="澳门金沙城中心"))),
                 {"content-type": "text/html"})
    assert orig.body_hash and orig.body_hash == copy.body_hash


def _pinyin_glossed(html: str) -> str:
    t = trad(html)
    return t.replace("年度報告</h1>", "年度報(bào)告</h1>").replace("堅持以公開", "堅(jian)持(chi)以公開")


def test_pinyin_gloss_mirror():
    html = _pinyin_glossed(page_2021(meta="utf-8", site="澳门金沙城中心_欧洲杯足球网"))
    rep = parse(MIRROR_URL, html.encode("utf-8"), {"content-type": "text/html; charset=utf-8"})
    assert rep.year == 2021
    assert rep.template == "t2021"
    assert rep.script == "traditional"
    assert rep.is_mirror is True
    got = table_facts(rep)
    assert got.get("apply.received_new.total") == 8
    assert got.get("active.permit.decisions") == 321


# ---------------------------------------------------------------------------------------------------------------
# C. Table cells and labels: full-width forms, odd spaces, entities, invisible characters.
# ---------------------------------------------------------------------------------------------------------------

def _fw(v) -> str:
    return str(v).translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))


def _zw(v) -> str:
    s = str(v)
    return "\u200b".join(s) if len(s) > 1 else s + "\u200b"


def _shy(v) -> str:
    s = str(v)
    return "&shy;".join(s) if len(s) > 1 else s


def _nbsp_pad(v) -> str:
    return f"&nbsp;{v}&nbsp;&nbsp;"


def _entity_label(s: str) -> str:
    return "".join(f"&#x{ord(c):X};" if "\u4e00" <= c <= "\u9fff" else c for c in s)


def _ideo_spaced(s: str) -> str:
    m = re.match(r"^([一二三四]、|（[一二三四五六七]）|\d\.)?(.*)$", s)
    marker, rest = m.group(1) or "", m.group(2)
    return marker + "\u3000".join(rest[:6]) + rest[6:]


def _halfwidth_brackets(s: str) -> str:
    return s.replace("（", "(").replace("）", ")")


def _en_em(s: str) -> str:
    return s[:2] + "&ensp;" + s[2:4] + "&emsp;" + s[4:] if len(s) > 4 else s


def _zw_label(s: str) -> str:
    return s[:3] + "\u200b" + s[3:5] + "\ufeff" + s[5:] if len(s) > 5 else s


def _br_label(s: str) -> str:
    return s[:4] + "<br>\n" + s[4:] if len(s) > 8 else s


def _spaced_head(s: str) -> str:
    return " ".join(s)


CELL_CASES = [
    pytest.param({"enc": "gbk", "cell": _fw}, id="fullwidth-digits-in-cells"),
    pytest.param({"enc": "utf-8", "cell": _zw}, id="zero-width-space-inside-numbers"),
    pytest.param({"enc": "gbk", "cell": _shy}, id="soft-hyphen-inside-numbers"),
    pytest.param({"enc": "utf-8", "cell": _nbsp_pad}, id="nbsp-around-numbers"),
    pytest.param({"enc": "gbk", "cell": lambda v: f"<span style='font-family:仿宋_GB2312'>\u3000{_fw(v)}\u3000</span>"},
                 id="ideographic-space-and-fullwidth-in-span"),
    pytest.param({"enc": "utf-8", "label": _ideo_spaced}, id="ideographic-spaces-inside-row-labels"),
    pytest.param({"enc": "gbk", "label": _halfwidth_brackets}, id="halfwidth-brackets-in-labels"),
    pytest.param({"enc": "utf-8", "label": _entity_label}, id="hex-entities-for-label-characters"),
    pytest.param({"enc": "gbk", "label": _en_em}, id="ensp-emsp-inside-labels"),
    pytest.param({"enc": "utf-8", "label": _zw_label}, id="zero-width-and-bom-inside-labels"),
    pytest.param({"enc": "gbk", "label": _br_label}, id="line-break-inside-label-cells"),
    pytest.param({"enc": "utf-8", "head": tuple(_spaced_head(h) for h in SEC3_HEAD)}, id="spaced-column-heads-zi-ran-ren"),
    pytest.param({"enc": "gbk", "head": tuple("\u3000".join(h) for h in SEC3_HEAD)}, id="ideographic-spaced-column-heads"),
    pytest.param({"enc": "utf-8", "head": tuple(_entity_label(h) for h in SEC3_HEAD), "cell": _fw},
                 id="entity-heads-and-fullwidth-cells"),
]


@pytest.mark.parametrize("variant", CELL_CASES)
def test_cell_and_label_normalisation(variant):
    variant = dict(variant)
    encoding = variant.pop("enc")
    html = page_2021(meta=encoding, **variant)
    rep = parse(GOV_URL, html.encode(encoding), {"content-type": "text/html"})
    assert_t2021(rep)


@pytest.mark.parametrize("quoted", [
    pytest.param("3.危及\"三安全一稳定\"", id="straight-quotes"),
    pytest.param("3.危及三安全一稳定", id="no-quotes"),
    pytest.param("3.危及＂三安全一稳定＂", id="fullwidth-quotes"),
    pytest.param("3.危及「三安全一稳定」", id="corner-brackets"),
    pytest.param("3.危及&ldquo;三安全一稳定&rdquo;", id="named-entity-quotes"),
])
def test_security_stability_row_quote_variants(quoted):
    rows = []
    for key, labels, vals in SEC3:
        if key == "apply.outcome.withheld.security_stability":
            labels, vals = (labels[0], labels[1], quoted), (0, 0, 0, 0, 0, 0, 0)
        rows.append((key, labels, vals))
    # put a 1 in security_stability instead of third_party, keeping the grid consistent
    rows = [(k, lab, (0, 0, 0, 0, 0, 0, 0) if k.endswith("third_party") else v) for k, lab, v in rows]
    rows = [(k, lab, (1, 0, 0, 0, 0, 0, 1) if k.endswith("security_stability") else v) for k, lab, v in rows]
    saved = SEC3[:]
    try:
        SEC3[:] = rows
        html = page_2021(meta="gbk")
    finally:
        SEC3[:] = saved
    rep = parse(GOV_URL, html.encode("gbk"), {"content-type": "text/html"})
    got = table_facts(rep)
    assert got.get("apply.outcome.withheld.security_stability.natural_person") == 1
    assert got.get("apply.outcome.withheld.security_stability.total") == 1
    assert got.get("apply.outcome.withheld.third_party.total") == 0


@pytest.mark.parametrize(("printed", "flag"), [
    pytest.param("－", "dash", id="fullwidth-hyphen-minus-cell"),
    pytest.param("—", "dash", id="em-dash-cell"),
    pytest.param("／", "slash", id="fullwidth-slash-cell"),
    pytest.param("无", "wu", id="wu-cell"),
    pytest.param("&nbsp;", "blank", id="nbsp-only-cell"),
    pytest.param("\u3000", "blank", id="ideographic-space-only-cell"),
])
def test_empty_cell_markers_in_gbk_page(printed, flag):
    html = page_2021(meta="gbk", cell=lambda v: printed if v == 0 else str(v))
    rep = parse(GOV_URL, html.encode("gbk"), {"content-type": "text/html"})
    facts = {f.key: f for f in rep.facts if f.source == "table"}
    f = facts.get("apply.received_new.research")
    assert f is not None and f.value == 0 and f.value_flag == flag
    f = facts.get("active.regulation.repealed")
    assert f is not None and f.value == 0 and f.value_flag == flag
    assert facts["apply.received_new.total"].value == 8
    assert facts["apply.received_new.total"].value_flag is None


def test_fullwidth_fee_amount_keeps_decimal():
    html = page_2021(meta="utf-8", cell=lambda v: "１２．５０" if v == 12.5 else str(v))
    rep = parse(GOV_URL, html.encode("utf-8"), {"content-type": "text/html; charset=utf-8"})
    f = facts_by_source(rep, "table").get("active.admin_fee.amount")
    assert f is not None and f.value == 12.5


# ---------------------------------------------------------------------------------------------------------------
# D. 2013-era prose reports: numbers written with full-width digits, odd spaces, invisible characters.
# ---------------------------------------------------------------------------------------------------------------

PROSE_AGENCY = "东阿县人民政府"
PROSE_TITLE = "东阿县人民政府2013年政府信息公开工作年度报告"
PROSE_URL = "http://www.donge.gov.cn/art/2014/3/28/art_4410_1127733.html"


def prose_page(active: str, received: str, *, meta="gbk", extra="") -> str:
    body = (
        "<p>本报告依据《中华人民共和国政府信息公开条例》编制，所列数据统计期限为2013年1月1日至12月31日。</p>"
        "<p>一、概述</p><p>2013年，我县进一步完善政府信息公开工作机制，按时更新公开指南和公开目录。</p>"
        f"<p>二、主动公开政府信息情况</p><p>{active}其中通过政府门户网站发布的占大多数。{extra}</p>"
        f"<p>三、依申请公开政府信息办理情况</p><p>{received}均已按期答复。</p>"
        "<p>四、政府信息公开的收费及减免情况</p><p>未收取任何费用。</p>"
        "<p>五、因政府信息公开申请行政复议、提起行政诉讼的情况</p><p>本年度未发生此类情况。</p>"
        "<p>六、存在的主要问题及改进措施</p><p>公开内容不够全面，下一步加强督查。</p>"
    )
    return portal_page(PROSE_TITLE, PROSE_AGENCY, body, meta=meta, published="2014-03-28")


PROSE_CASES = [
    pytest.param("全年主动公开政府信息１２３４条，", "全年共受理政府信息公开申请２６件，", 1234, 26, "gbk",
                 id="fullwidth-digits-in-prose"),
    pytest.param("全年主动公开政府信息1，234条，", "全年共受理政府信息公开申请26件，", 1234, 26, "gbk",
                 id="fullwidth-comma-thousands"),
    pytest.param("全年主动公开政府信息1,234条，", "全年共受理　政府信息公开申请　２６　件，", 1234, 26, "gbk",
                 id="ideographic-spaces-around-number"),
    pytest.param("全年主动公开政府信息1234&nbsp;条，", "全年共受理政府信息公开申请&nbsp;26&nbsp;件，", 1234, 26, "utf-8",
                 id="nbsp-between-number-and-unit"),
    pytest.param("全年主动公开政府信息1\u200b234条，", "全年共受理政府信息公开申请2\u200b6件，", 1234, 26, "utf-8",
                 id="zero-width-inside-prose-numbers"),
    pytest.param("全年主动公开政府信息12&shy;34条，", "全年共受理政府信息公开申请2&shy;6件，", 1234, 26, "gbk",
                 id="soft-hyphen-inside-prose-numbers"),
    pytest.param("全年主动公开政府信息&#49;&#50;&#51;&#52;条，", "全年共受理政府信息公开申请&#x32;&#x36;件，", 1234, 26,
                 "gbk", id="numeric-entities-for-digits"),
]


@pytest.mark.parametrize(("active", "received", "n_active", "n_received", "enc"), PROSE_CASES)
def test_prose_numbers(active, received, n_active, n_received, enc):
    rep = parse(PROSE_URL, prose_page(active, received, meta=enc).encode(enc), {"content-type": "text/html"})
    text = facts_by_source(rep, "text")
    assert "active.items_total" in text and text["active.items_total"].value == n_active
    assert "apply.received.total" in text and text["apply.received.total"].value == n_received
    assert rep.year == 2013
    assert rep.title == PROSE_TITLE
    assert rep.agency == PROSE_AGENCY
    assert rep.script == "simplified"


def test_prose_traditional_big5_mirror():
    html = trad(prose_page("全年主动公开政府信息1234条，", "全年共受理政府信息公开申请26件，", meta="big5"))
    rep = parse("http://www.zgwqmt.com/news/2014/0328/1127733.html", big5_bytes(html), {"content-type": "text/html"})
    text = facts_by_source(rep, "text")
    assert text.get("active.items_total") is not None and text["active.items_total"].value == 1234
    assert text.get("apply.received.total") is not None and text["apply.received.total"].value == 26
    assert rep.year == 2013
    assert rep.title == trad(PROSE_TITLE)
    assert rep.script == "traditional"
    assert rep.is_mirror is True
    assert "依申請公開政府信息辦理情況" in rep.body


def test_prose_traditional_approx_wan():
    html = trad(prose_page("全年主动公开政府信息1.5万余条，", "全年共受理政府信息公开申请26件，", meta="utf-8"))
    rep = parse("http://www.eshutan.com/zwgk/1127733.html", html.encode("utf-8"), {"content-type": "text/html"})
    f = facts_by_source(rep, "text").get("active.items_total")
    assert f is not None and f.value == 15000 and f.value_flag == "approx"
    assert rep.script == "traditional"


def test_prose_gbk_with_cp1252_quotes_around_number_phrase():
    html = prose_page("全年主动公开政府信息1234条，", "全年共受理政府信息公开申请26件，", meta="gb2312",
                      extra="开设\u2460政务公开\u2461专栏。")
    raw = html.encode("gbk").replace("\u2460".encode("gbk"), b"\x93").replace("\u2461".encode("gbk"), b"\x94")
    rep = parse(PROSE_URL, raw, {"content-type": "text/html"})
    text = facts_by_source(rep, "text")
    assert text.get("active.items_total") is not None and text["active.items_total"].value == 1234
    assert text.get("apply.received.total") is not None and text["apply.received.total"].value == 26
    assert rep.title == PROSE_TITLE


def test_year_first_traditional_title_without_zhengfu():
    # 2018年富陽區信息公開工作年度報告 shape: year first, no 政府, traditional.
    title = "2018年東阿縣信息公開工作年度報告"
    body = trad(
        "<p>本报告所列数据统计期限为2018年1月1日至12月31日。</p><p>一、概述</p>"
        "<p>2018年，全县主动公开政府信息3456条，受理政府信息公开申请14件。</p>"
    )
    html = portal_page(title, "東阿縣人民政府", body, meta="big5", published="2019-03-20", site="manbetxbrf com")
    rep = parse("http://www.manbetxbrf.com/art/2019/3/20/art_1229_301.html", big5_bytes(html),
                {"content-type": "text/html"})
    assert rep.year == 2018
    assert rep.title == title
    assert rep.script == "traditional"
    assert rep.is_mirror is True
    text = facts_by_source(rep, "text")
    assert text.get("active.items_total") is not None and text["active.items_total"].value == 3456


# Real mirror converters gloss characters with pinyin, sometimes twice: "政(zheng)(zheng)府(fu)(fu)信息公(gong)開".
def _gloss(text: str, chars: str) -> str:
    py = {"主": "zhu", "動": "dong", "公": "gong", "開": "kai", "政": "zheng", "府": "fu", "申": "shen", "請": "qing",
          "本": "ben", "年": "nian", "新": "xin", "收": "shou", "數": "shu", "量": "liang", "理": "li"}
    return "".join(f"{c}({py[c]})" if c in chars and c in py else c for c in text)


def test_pinyin_glosses_inside_prose_statistics():
    html = trad(prose_page("全年主动公开政府信息1234条，", "全年共受理政府信息公开申请26件，", meta="utf-8"))
    html = html.replace("全年主動公開政府信息1234條", _gloss("全年主動公開政府信息", "主動公開政府") + "1234條(tiao)")
    html = html.replace("全年共受理政府信息公開申請26件", "全年共受" + _gloss("理政府信息公開申請", "理公開申請") + "26件")
    assert "主(zhu)動(dong)公(gong)開(kai)" in html
    rep = parse("http://en.hongxingpaper.com/n2588035/c1127733/content.html", html.encode("utf-8"),
                {"content-type": "text/html; charset=utf-8"})
    text = facts_by_source(rep, "text")
    assert text.get("active.items_total") is not None and text["active.items_total"].value == 1234
    assert text.get("apply.received.total") is not None and text["apply.received.total"].value == 26
    assert rep.is_mirror is True and rep.script == "traditional"


def test_pinyin_glosses_inside_table_row_labels():
    html = trad(page_2021(meta="utf-8", site="免费菠萝视频app下载"))
    label = "一、本年新收政府信息公開申請數量"
    assert label in html
    html = html.replace(label, _gloss(label, "本年新收開申請數量"))
    rep = parse(MIRROR_URL, html.encode("utf-8"), {"content-type": "text/html; charset=utf-8"})
    got = table_facts(rep)
    assert got.get("apply.received_new.total") == 8
    assert got.get("apply.received_new.natural_person") == 5
    assert rep.script == "traditional" and rep.is_mirror is True


def test_pinyin_glossed_mirror_hashes_like_the_original():
    # docs/schema.md: body_hash is over the simplified, whitespace-free body without pinyin glosses.
    orig = parse(GOV_URL, page_2021(meta="utf-8").encode("utf-8"), {"content-type": "text/html; charset=utf-8"})
    copy = parse(MIRROR_URL, _pinyin_glossed(page_2021(meta="utf-8", site="澳门金沙城中心")).encode("utf-8"),
                 {"content-type": "text/html; charset=utf-8"})
    assert orig.body_hash and orig.body_hash == copy.body_hash


def test_traditional_task_count_is_not_an_items_total():
    # "6大類30條109項工作任務" counts tasks in a policy document, not published information items.
    html = trad(prose_page("全年主动公开政府信息1234条，", "全年共受理政府信息公开申请26件，", meta="big5",
                           extra="市政府印发若干意见，提出了6大类30条109项工作任务。"))
    rep = parse("https://jendow.com.tw/wiki/1127733", big5_bytes(html), {"content-type": "text/html"})
    items = [f.value for f in rep.facts if f.key == "active.items_total"]
    assert items == [1234]
