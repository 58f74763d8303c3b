"""Eleventh accuracy probe of `parse_report`: the row and column LABELS of the t2019/t2021 tables as real provinces and
counties print them (spec 1(b), 1(c), 2.1-2.3, 2.7).

Probes 3 and 8 test the SHAPES of the tables; this one keeps the standard shapes and varies the words: list markers
changed or missing, 其中： prefixes, labels broken by <br> or spread over two cells, trailing 数/数量/件数, half- and
full-width brackets, every quote style around 三安全一稳定, letter-spaced words, HTML entities, common typos and
abbreviations, column headers of section 三 and section 四 in their variant forms, section 二 captions/headers/rows.
Each page is served with some portal chrome (Hanweb utf-8, TRS in GBK, Word-export markup) and the test asserts the exact
canonical keys and values a careful human reader would record.
"""

from __future__ import annotations

import re

import pytest
from test_probe_accuracy import chrome_page, fact, facts, one, p, t2021_body, table, td
from test_probe_accuracy_3 import (
    FULL19,
    FULL21,
    ORG,
    SEC2_19,
    SEC2_19_EXPECTED,
    SEC2_21_EXPECTED,
    expected_values,
    grid3,
    header_rows,
    rows19,
    rows21,
    sec2_21,
    sec2_2019_vals,
    t2019_doc,
    table_values,
)

from pipelines.records import Report

COLS7 = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
TITLE21 = "某某县人民政府办公室2021年政府信息公开工作年度报告"
TITLE19 = "某某县人民政府2019年政府信息公开工作年度报告"

# ---------------------------------------------------------------------------------------------------------------
# three kinds of portal pages (spec 3.4 CMS chrome, 3.6 encodings)
# ---------------------------------------------------------------------------------------------------------------


def _trs_gbk_page(title: str, content: str, date: str) -> bytes:
    doc = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title><link rel="stylesheet" href="/css/xxgk.css"></head><body>
<div id="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<table class="xxgk_table" width="100%"><tr><td>索引号：</td><td>11330000002482090X/2022-00012</td>
<td>主题分类：</td><td>综合政务</td></tr><tr><td>发布机构：</td><td>某某县人民政府办公室</td><td>成文日期：</td><td>{date}</td></tr>
<tr><td>名　　称：</td><td colspan="3">{title}</td></tr></table>
<div class="article_title">{title}</div><div class="article_date">发布时间：{date}</div>
<div class="TRS_Editor"><style>.TRS_Editor P{{margin-top:5px;font-size:12pt;}}</style>{content}</div>
<div class="bottom">版权所有：某某县人民政府 地址：某某县人民路1号 网站标识码：3307820001</div>
</body></html>"""
    return doc.encode("gbk")


def _wordify(html_: str) -> str:
    """Word → CMS paste: every cell's text inside <p class=MsoNormal><span …>."""
    return re.sub(r"<td([^>]*)>(.*?)</td>",
                  lambda m: (f'<td{m.group(1)} valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                             f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:'
                             f'10.5pt;font-family:仿宋_GB2312">{m.group(2)}</span></p></td>'),
                  html_, flags=re.S)


def _word_page(title: str, content: str, date: str) -> bytes:
    content = _wordify(content).replace('<table border="1">',
                                        '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">')
    doc = f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}-某某市人民政府门户网站</title>
</head><body><header><nav><a href="/">首页</a><a href="/zwgk">政府信息公开</a></nav></header>
<main><div class="bt">{title}</div><div class="fbsj"><span>发布时间：{date}</span><span>信息来源：某某县政府办</span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">{content}</div></main>
<footer>主办单位：某某市人民政府办公室 ICP备案编号：湘ICP备12345678号</footer></body></html>"""
    return doc.encode("utf-8")


def page(kind: str, title: str, content: str, date: str) -> bytes:
    if kind == "trs_gbk":
        return _trs_gbk_page(title, content, date)
    if kind == "word":
        return _word_page(title, content, date)
    return chrome_page(title, content, date=date)


KINDS = ("hanweb", "trs_gbk", "word")


def rep21(kind: str = "hanweb", **kw) -> Report:
    content = t2021_body("某某县人民政府办公室", **kw)
    return one("http://www.example.gov.cn/zwgk/xxgknb/202201/t20220125_1234.html",
               page(kind, TITLE21, content, "2022-01-25"))


def rep19(kind: str = "hanweb", **kw) -> Report:
    return one("http://www.example.gov.cn/zwgk/xxgknb/202001/t20200120_5678.html",
               page(kind, TITLE19, t2019_doc(**kw), "2020-01-20"))


def sub(mapping: dict[str, str]):
    return lambda s: mapping.get(s, s)


def row_values(r: Report, key: str) -> list[object]:
    f = facts(r, "table")
    return [f.get(f"{key}.{c}") for c in COLS7]


# ---------------------------------------------------------------------------------------------------------------
# 1. section 三 row labels, one row changed at a time (spec 2.2 rows; 2.7 normalisation steps 2-5 and variants)
# ---------------------------------------------------------------------------------------------------------------

R1 = "一、本年新收政府信息公开申请数量"
R2 = "二、上年结转政府信息公开申请数量"
R4 = "四、结转下年度继续办理"
SS = "3.危及“三安全一稳定”"

ROW_VARIANTS21 = [
    # (row key, label as the template prints it, label as the report prints it, id)
    ("apply.received_new", R1, "一、本年新收政府信息公开申请数", "received_shu"),
    ("apply.received_new", R1, "一、本年新收政府信息公开申请件数", "received_jianshu"),
    ("apply.received_new", R1, "本年新收政府信息公开申请数量", "received_no_marker"),
    ("apply.received_new", R1, "一、本年新收<br>政府信息公开申请数量", "received_br"),
    ("apply.received_new", R1, "一、本 年 新 收 政 府 信 息 公 开 申 请 数 量", "received_spaced"),
    ("apply.received_new", R1, "一、本年新收政府信息公开申请数量&nbsp;", "received_nbsp"),
    ("apply.received_new", R1, "(一)本年新收政府信息公开申请数量", "received_paren_marker"),
    ("apply.carried_in", R2, "二、上年结转政府信息公开申请数", "carried_in_shu"),
    ("apply.carried_in", R2, "上年结转政府信息公开申请数量", "carried_in_no_marker"),
    ("apply.carried_in", R2, "二、上年度结转政府信息公开申请数量", "carried_in_niandu"),
    ("apply.carried_in", R2, "二、上年结转<br/>政府信息公开申请数量", "carried_in_br"),
    ("apply.carried_in", R2, "二、上年结转政府信息公开申请件数", "carried_in_jianshu"),
    ("apply.outcome.granted", "（一）予以公开", "予以公开", "granted_no_marker"),
    ("apply.outcome.granted", "（一）予以公开", "(一) 予以公开", "granted_halfwidth_space"),
    ("apply.outcome.granted", "（一）予以公开", "（一）予 以 公 开", "granted_spaced"),
    ("apply.outcome.granted", "（一）予以公开", "（一）予以公开数", "granted_shu"),
    ("apply.outcome.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
     "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "partial_halfwidth"),
    ("apply.outcome.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
     "（二）部分公开<br>（区分处理的，只计这一情形，不计其他情形）", "partial_br"),
    ("apply.outcome.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
     "部分公开（区分处理的，只计这一情形，不计其他情形）", "partial_no_marker"),
    ("apply.outcome.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
     "（二）部分公开（区分处理的只计这一情形，不计其他情形）", "partial_comma_dropped"),
    ("apply.outcome.withheld.state_secret", "1.属于国家秘密", "1．属于国家秘密", "secret_fullwidth_dot"),
    ("apply.outcome.withheld.state_secret", "1.属于国家秘密", "属于国家秘密", "secret_no_marker"),
    ("apply.outcome.withheld.state_secret", "1.属于国家秘密", "1. 属于国家秘密", "secret_space"),
    ("apply.outcome.withheld.law_prohibited", "2.其他法律行政法规禁止公开", "2.其他法律、行政法规禁止公开",
     "law_dun"),
    ("apply.outcome.withheld.law_prohibited", "2.其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开的",
     "law_de"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及‘三安全一稳定’", "quotes_single_curly"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及「三安全一稳定」", "quotes_corner"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及＂三安全一稳定＂", "quotes_fullwidth"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及”三安全一稳定”", "quotes_two_closing"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及“三安全一稳定\"", "quotes_mixed"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及&quot;三安全一稳定&quot;", "quotes_entity_quot"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及&ldquo;三安全一稳定&rdquo;", "quotes_entity_ldquo"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及'三安全一稳定'", "quotes_ascii_single"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及<br>“三安全一稳定”", "quotes_br"),
    ("apply.outcome.withheld.third_party", "4.保护第三方合法权益", "4．保护第三方合法权益", "third_fullwidth_dot"),
    ("apply.outcome.withheld.third_party", "4.保护第三方合法权益", "保护第三方合法权益", "third_no_marker"),
    ("apply.outcome.withheld.internal_affairs", "5.属于三类内部事务信息", "5.属于“三类内部事务信息”",
     "internal_quoted"),
    ("apply.outcome.withheld.internal_affairs", "5.属于三类内部事务信息", "5.属于三类内部<br>事务信息", "internal_br"),
    ("apply.outcome.withheld.process_info", "6.属于四类过程性信息", "6.属于“四类过程性信息”", "process_quoted"),
    ("apply.outcome.withheld.process_info", "6.属于四类过程性信息", "6.属于四类过程性 信息", "process_space"),
    ("apply.outcome.withheld.enforcement_file", "7.属于行政执法案卷", "7.属于行政执法案卷信息", "enforcement_xinxi"),
    ("apply.outcome.withheld.enforcement_file", "7.属于行政执法案卷", "⑦属于行政执法案卷", "enforcement_circled"),
    ("apply.outcome.withheld.admin_query", "8.属于行政查询事项", "8.属于行政查询 事项", "query_space"),
    ("apply.outcome.withheld.admin_query", "8.属于行政查询事项", "8、属于行政查询事项", "query_dun"),
    ("apply.outcome.unavailable.not_held", "1.本机关不掌握相关政府信息", "1.本机关不掌握相关的政府信息",
     "not_held_de"),
    ("apply.outcome.unavailable.not_held", "1.本机关不掌握相关政府信息", "1.本机关不掌握<br>相关政府信息",
     "not_held_br"),
    ("apply.outcome.unavailable.needs_creation", "2.没有现成信息需要另行制作", "2.没有现成信息，需要另行制作",
     "creation_comma"),
    ("apply.outcome.unavailable.needs_creation", "2.没有现成信息需要另行制作", "2.没有现成信息需另行制作",
     "creation_short"),
    ("apply.outcome.unavailable.unclear", "3.补正后申请内容仍不明确", "3.补正后申请内容仍然不明确", "unclear_reng_ran"),
    ("apply.outcome.unavailable.unclear", "3.补正后申请内容仍不明确", "（3）补正后申请内容仍不明确", "unclear_paren3"),
    ("apply.outcome.not_processed.petition", "1.信访举报投诉类申请", "1.信访、举报、投诉类申请", "petition_dun"),
    ("apply.outcome.not_processed.petition", "1.信访举报投诉类申请", "1.信访举报投诉类<br>申请", "petition_br"),
    ("apply.outcome.not_processed.duplicate", "2.重复申请", "2. 重复申请", "duplicate_space"),
    ("apply.outcome.not_processed.duplicate", "2.重复申请", "②重复申请", "duplicate_circled"),
    ("apply.outcome.not_processed.publication", "3.要求提供公开出版物", "3.要求提供公开出版物的", "publication_de"),
    ("apply.outcome.not_processed.mass_repeat", "4.无正当理由大量反复申请", "4.无正当理由的大量反复申请",
     "mass_de"),
    ("apply.outcome.not_processed.confirm_reissue", "5.要求行政机关确认或重新出具已获取信息",
     "5.要求行政机关确认或者重新出具已获取信息", "confirm_huozhe"),
    ("apply.outcome.not_processed.confirm_reissue", "5.要求行政机关确认或重新出具已获取信息",
     "5.要求行政机关确认或重新出具<br>已获取信息", "confirm_br"),
    ("apply.outcome.other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "1.申请人无正当理由逾期不补正、<br>行政机关不再处理其政府信息公开申请", "no_correction_br"),
    ("apply.outcome.other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "1.申请人无正当理由逾期不补正", "no_correction_short"),
    ("apply.outcome.other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请", "fee_unpaid_comma"),
    ("apply.outcome.other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳费用", "fee_unpaid_short"),
    ("apply.outcome.other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳信息处理费、行政机关不再处理其政府信息公开申请", "fee_unpaid_xinxi_chulifei"),
    ("apply.outcome.other.misc", "3.其他", "3.其它", "misc_qita_typo"),
    ("apply.outcome.other.misc", "3.其他", "3. 其 他", "misc_spaced"),
    ("apply.outcome.total", "（七）总计", "（七）总 计", "total_spaced"),
    ("apply.outcome.total", "（七）总计", "总计", "total_no_marker"),
    ("apply.outcome.total", "（七）总计", "(七)合 计", "total_heji_spaced"),
    ("apply.carried_out", R4, "四、结转下年度继续办理数量", "carried_out_shuliang"),
    ("apply.carried_out", R4, "结转下年度继续办理", "carried_out_no_marker"),
    ("apply.carried_out", R4, "四、结转下年度<br>继续办理", "carried_out_br"),
    ("apply.carried_out", R4, "四、结转下年度继续办理的政府信息公开申请数量", "carried_out_long"),
    ("apply.carried_out", R4, "四、结转下一年度继续办理", "carried_out_xiayi"),
    ("apply.received_new", R1, "一、本年度新收政府信息公开申请数量", "received_niandu"),
    ("apply.carried_in", R2, "二、上年结转政府信息公开申请", "carried_in_no_shuliang"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及国家安全、公共安全、经济安全和社会稳定",
     "ss_spelled_out"),
    ("apply.outcome.withheld.internal_affairs", "5.属于三类内部事务信息", "5.属于内部事务信息", "internal_no_sanlei"),
    ("apply.outcome.withheld.process_info", "6.属于四类过程性信息", "6.属于过程性信息", "process_no_silei"),
    ("apply.outcome.unavailable.not_held", "1.本机关不掌握相关政府信息", "1.本机关不掌握相关信息", "not_held_no_zhengfu"),
    ("apply.outcome.not_processed.petition", "1.信访举报投诉类申请", "1.信访举报投诉类", "petition_no_shenqing"),
]


@pytest.mark.parametrize(("i", "key", "orig", "variant"),
                         [(i, k, o, v) for i, (k, o, v, _id) in enumerate(ROW_VARIANTS21)],
                         ids=[x[3] for x in ROW_VARIANTS21])
def test_t2021_row_label_variant(i: int, key: str, orig: str, variant: str) -> None:
    # spec 2.2 (row keys) + 2.7 (normalise: NFKC, delete whitespace/quotes, strip list markers; variants seen)
    html_ = grid3(FULL21, rows21(), label=sub({orig: variant}))
    assert variant in html_ and f">{orig}<" not in html_
    r = rep21(KINDS[i % 3], s3=html_)
    assert r.template == "t2021"
    assert row_values(r, key) == FULL21[key]
    assert table_values(r, FULL21) == expected_values(FULL21)


# --- category labels (level 2 with rowspan over the children): the children keep their category ------------------

CAT_VARIANTS = [
    ("（三）不予公开", "(三) 不予公开", "apply.outcome.withheld."),
    ("（三）不予公开", "不予公开", "apply.outcome.withheld."),
    ("（四）无法提供", "（四）无法提供的", "apply.outcome.unavailable."),
    ("（四）无法提供", "（四）无 法 提 供", "apply.outcome.unavailable."),
    ("（五）不予处理", "（五）不予处理的", "apply.outcome.not_processed."),
    ("（五）不予处理", "(五)<br>不予处理", "apply.outcome.not_processed."),
    ("（六）其他处理", "（六）其它处理", "apply.outcome.other."),
    ("（六）其他处理", "其他处理", "apply.outcome.other."),
]


@pytest.mark.parametrize(("i", "orig", "variant", "prefix"),
                         [(i, *c) for i, c in enumerate(CAT_VARIANTS)],
                         ids=["withheld_halfwidth", "withheld_no_marker", "unavailable_de", "unavailable_spaced",
                              "not_processed_de", "not_processed_br", "other_qita_typo", "other_no_marker"])
def test_t2021_category_label_variant(i: int, orig: str, variant: str, prefix: str) -> None:
    # spec 2.2: level-3 rows 1./2./3. are identified under their category (level 2); 2.7 variants of the category words
    html_ = grid3(FULL21, rows21(), label=sub({orig: variant}))
    assert variant in html_ and f">{orig}<" not in html_
    r = rep21(KINDS[(i + 1) % 3], s3=html_)
    exp = {k: v for k, v in FULL21.items() if k.startswith(prefix)}
    assert exp
    assert {k: row_values(r, k) for k in exp} == exp
    assert table_values(r, FULL21) == expected_values(FULL21)


# --- whole-grid label styles ------------------------------------------------------------------------------------

def _no_markers(s: str) -> str:  # spec 2.7 step 5: markers may be missing altogether
    return re.sub(r"^(?:[一二三四]、|（[一二三四五六七]）|\d\.)", "", s)


def _qizhong(s: str) -> str:  # "其中：" before the first child of each category
    return re.sub(r"^1\.", "其中：1.", s)


def _fullwidth_digits(s: str) -> str:  # １．属于国家秘密 (full-width digit and dot, NFKC step 2)
    return re.sub(r"^(\d)\.", lambda m: chr(ord(m.group(1)) + 0xFEE0) + "．", s)


def _ideographic_space(s: str) -> str:  # \u3000 between marker and words
    return re.sub(r"^([一二三四]、|（[一二三四五六七]）|\d\.)", "\\1\u3000", s)


def _half_brackets_spaced(s: str) -> str:
    return s.replace("（", " ( ").replace("）", " ) ")


@pytest.mark.parametrize(("i", "fn"), list(enumerate([_no_markers, _qizhong, _fullwidth_digits, _ideographic_space,
                                                      _half_brackets_spaced])),
                         ids=["no_markers", "qizhong", "fullwidth_digits", "ideographic_space", "half_brackets_spaced"])
def test_t2021_whole_grid_label_style(i: int, fn) -> None:
    # spec 2.7 steps 2, 3, 5 applied to every label of section 三
    html_ = grid3(FULL21, rows21(), label=fn)
    assert html_ != grid3(FULL21, rows21())
    r = rep21(KINDS[i % 3], s3=html_)
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_t2021_marker_in_its_own_cell() -> None:
    # Word tables where the numbering sits in a narrow cell of its own: "一、" | "本年新收…" (spec 2.7 step 5)
    html_ = grid3(FULL21, rows21())
    for lab in (R1, R2, R4):
        assert f'<td colspan="3">{lab}</td>' in html_
        html_ = html_.replace(f'<td colspan="3">{lab}</td>',
                              f'<td>{lab[:2]}</td><td colspan="2">{lab[2:]}</td>')
    r = rep21("trs_gbk", s3=html_)
    assert row_values(r, "apply.received_new") == FULL21["apply.received_new"]
    assert row_values(r, "apply.carried_in") == FULL21["apply.carried_in"]
    assert row_values(r, "apply.carried_out") == FULL21["apply.carried_out"]


def test_t2021_level1_label_of_outcomes_spaced_and_broken() -> None:
    # "三、本年度办理结果" letter-spaced and broken over lines inside its tall rowspan cell (spec 2.7 step 3)
    r = rep21("word", s3=grid3(FULL21, rows21(), label=sub({"三、本年度办理结果": "三、<br>本<br>年<br>度<br>办<br>理<br>结<br>果"})))
    assert table_values(r, FULL21) == expected_values(FULL21)


# ---------------------------------------------------------------------------------------------------------------
# 2. t2019 grid: the single （六）其他处理 row and row variants (spec 1(b), 2.2 apply.outcome.other)
# ---------------------------------------------------------------------------------------------------------------

ROW_VARIANTS19 = [
    ("apply.outcome.other", "（六）其他处理", "（六）其它处理", "other_qita"),
    ("apply.outcome.other", "（六）其他处理", "(六)其他处理", "other_halfwidth"),
    ("apply.outcome.other", "（六）其他处理", "其他处理", "other_no_marker"),
    ("apply.outcome.withheld.security_stability", SS, "3.危及\"三安全一稳定\"", "ss_ascii"),
    ("apply.outcome.unavailable.not_held", "1.本机关不掌握相关政府信息", "①本机关不掌握相关政府信息", "not_held_circled"),
    ("apply.received_new", R1, "一、本年新收政府信息公开申请数", "received_shu"),
    ("apply.carried_out", R4, "四、结转下年度继续办理数量", "carried_out_shuliang"),
]


@pytest.mark.parametrize(("i", "key", "orig", "variant"),
                         [(i, k, o, v) for i, (k, o, v, _id) in enumerate(ROW_VARIANTS19)],
                         ids=[x[3] for x in ROW_VARIANTS19])
def test_t2019_row_label_variant(i: int, key: str, orig: str, variant: str) -> None:
    # spec 1(b): 2019 has （六）其他处理 as one row → apply.outcome.other (2.2); 2.7 variants
    html_ = grid3(FULL19, rows19(), label=sub({orig: variant}))
    assert variant in html_ and f">{orig}<" not in html_
    r = rep19(KINDS[i % 3], s3=html_)
    assert r.template == "t2019"
    assert row_values(r, key) == FULL19[key]
    assert table_values(r, FULL19) == expected_values(FULL19)
    assert not any(k.startswith("apply.outcome.other.no_correction") for k in facts(r, "table"))


# ---------------------------------------------------------------------------------------------------------------
# 3. section 三 column headers (spec 1(c) header structure, 2.0 column suffixes, 2.7 variants)
# ---------------------------------------------------------------------------------------------------------------

HEAD_VARIANTS = [
    # (org labels, natural person, total, org block label, id)
    (ORG, "自然人", "总计", "法人或者其他组织", "org_block_huozhe"),
    (ORG, "自然人", "总计", "法人和其他组织", "org_block_he"),
    (ORG, "自然人", "总计", "法人及其他组织", "org_block_ji"),
    (ORG, "自然人", "总计", "法人或<br>其他组织", "org_block_br"),
    (ORG, "自然人", "合计", "法人或其他组织", "total_heji"),
    (ORG, "自 然 人", "合 计", "法 人 或 其 他 组 织", "spaced_np_heji_block"),
    (("企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), "自然人", "总计", "法人或其他组织", "business_qiye"),
    (("商业企业", "科研机构", "公益组织", "法律服务机构", "其他"), "自然人", "总计", "法人或其他组织",
     "nonprofit_gongyi"),
    (("商业企业", "科研机构", "社会公益组织", "法律服务组织", "其他"), "自然人", "总计", "法人或其他组织",
     "legal_zuzhi"),
    (("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其它"), "自然人", "总计", "法人或其他组织",
     "other_qita_typo"),
    (("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他组织"), "自然人", "总计", "法人或其他组织",
     "other_zuzhi"),
    (("企业", "科研机构", "公益组织", "法律服务组织", "其它"), "自然人", "合计", "法人或其他组织", "all_short_forms"),
    (("商业<br>企业", "科研<br>机构", "社会公益<br>组织", "法律服务<br>组织", "其它"), "自然人", "总计",
     "法人或其他组织", "br_with_variants"),
    (("商 业 企 业", "科 研 机 构", "公 益 组 织", "法 律 服 务 机 构", "其 他"), "自 然 人", "总 计",
     "法人或其他组织", "spaced_gongyi"),
]


@pytest.mark.parametrize(("i", "org", "np_", "tot", "block"),
                         [(i, *h[:4]) for i, h in enumerate(HEAD_VARIANTS)], ids=[h[4] for h in HEAD_VARIANTS])
def test_section3_column_header_variant(i: int, org, np_: str, tot: str, block: str) -> None:
    # spec 2.0: suffixes natural_person/business/research/nonprofit/legal_service/other_org/total; 2.7 header variants
    head = header_rows("std", org=org, np_label=np_, tot_label=tot, org_label=block)
    r = rep21(KINDS[i % 3], s3=grid3(FULL21, rows21(), head_rows=head))
    assert row_values(r, "apply.received_new") == FULL21["apply.received_new"]
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_section3_header_heji_with_total_row_heji() -> None:
    # both the 总计 column and the （七）总计 row printed as 合计: column total and row total must not be confused
    head = header_rows("std", tot_label="合计")
    r = rep21("trs_gbk", s3=grid3(FULL21, rows21(), head_rows=head, label=sub({"（七）总计": "（七）合计"})))
    assert row_values(r, "apply.outcome.total") == FULL21["apply.outcome.total"]
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_section3_header_applicant_caption_variant() -> None:
    # "申请人情况" printed as "申 请 人 情 况" and the corner note in half-width brackets
    corner = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)"
    head = [td(corner, 3, 3) + td("申 请 人 情 况", 1, 7),
            td("自然人", 2) + td("法人或其他组织", 1, 5) + td("总计", 2), "".join(td(x) for x in ORG)]
    r = rep21("word", s3=grid3(FULL21, rows21(), head_rows=head))
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_t2019_header_variants_combined() -> None:
    head = header_rows("std", org=("商业企业", "科研机构", "公益组织", "法律服务组织", "其它"), tot_label="合计",
                       org_label="法人或者其他组织")
    r = rep19("hanweb", s3=grid3(FULL19, rows19(), head_rows=head))
    assert table_values(r, FULL19) == expected_values(FULL19)


# ---------------------------------------------------------------------------------------------------------------
# 4. section 四 headers (spec 1(c) section 四, 2.3, 2.7 结果维持… variants)
# ---------------------------------------------------------------------------------------------------------------

S4_VALUES = [3, 1, 2, 1, 7, 2, 1, 0, 1, 4, 1, 2, 1, 0, 4]
S4_KEYS = [f"review.{c}" for c in ("upheld", "corrected", "other", "pending", "total")] + [
    f"litigation.{b}.{c}" for b in ("direct", "after_review") for c in ("upheld", "corrected", "other", "pending", "total")]


def sec4_labels(heads5: tuple[str, ...], review: str = "行政复议", lit: str = "行政诉讼", direct: str = "未经复议直接起诉",
                after: str = "复议后起诉", heads_lit: tuple[str, ...] | None = None) -> str:
    heads_lit = heads_lit or heads5
    return table([
        [td(review, 1, 5), td(lit, 1, 10)],
        [*(td(w, 2) for w in heads5), td(direct, 1, 5), td(after, 1, 5)],
        [*(td(w) for w in heads_lit * 2)],
        [*(td(v) for v in S4_VALUES)],
    ])


S4_VARIANTS = [
    (dict(heads5=("结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总 计")), "spaced_seed003"),
    (dict(heads5=("维持", "纠正", "其他", "尚未审结", "总计")), "short_words"),
    (dict(heads5=("结果维持", "结果纠正", "其他结果", "尚未审结", "合计")), "heji"),
    (dict(heads5=("结果维持", "结果纠正", "其它结果", "尚未审结", "总计")), "qita_typo"),
    (dict(heads5=("结果维持", "结果纠正", "其他结果", "未审结", "总计")), "weishenjie"),
    (dict(heads5=("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), review="政府信息公开行政复议",
          lit="政府信息公开行政诉讼"), "long_group_names"),
    (dict(heads5=("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), direct="未经复议直接起诉的",
          after="经复议后起诉"), "direct_de_after_jing"),
    (dict(heads5=("结果维持", "结果纠正", "其他结果", "尚未审结", "总计"), direct="未 经 复 议 直 接 起 诉",
          after="复 议 后 起 诉"), "groups_spaced"),
    (dict(heads5=("结果<br>维持", "结果<br>纠正", "其他<br>结果", "尚未<br>审结", "合计"), review="行 政 复 议",
          lit="行 政 诉 讼"), "br_heji_spaced_groups"),
]


@pytest.mark.parametrize(("i", "kw"), [(i, v[0]) for i, v in enumerate(S4_VARIANTS)], ids=[v[1] for v in S4_VARIANTS])
def test_section4_header_variant(i: int, kw: dict) -> None:
    # spec 2.3: 15 cells review.* / litigation.direct.* / litigation.after_review.*
    r = rep21(KINDS[i % 3], s4=sec4_labels(**kw))
    f = facts(r, "table")
    assert {k: f.get(k) for k in S4_KEYS} == dict(zip(S4_KEYS, S4_VALUES, strict=True))
    assert facts(r, "derived").get("litigation.total") == 8


def test_section4_t2019_header_variant() -> None:
    r = rep19("trs_gbk", s4=sec4_labels(("维持", "纠正", "其他", "尚未审结", "合计")))
    f = facts(r, "table")
    assert {k: f.get(k) for k in S4_KEYS} == dict(zip(S4_KEYS, S4_VALUES, strict=True))


# ---------------------------------------------------------------------------------------------------------------
# 5. section 二 labels (spec 1(b)/1(c) section 二 tables, 2.1 keys, 2.7 header variants)
# ---------------------------------------------------------------------------------------------------------------

SEC2_21_VARIANTS = [
    ({"<td>规章</td>": "<td>规 章</td>"}, "guizhang_spaced"),
    ({"<td>行政规范性文件</td>": "<td>规范性文件</td>"}, "normative_2019_name"),
    ({"<td>行政规范性文件</td>": "<td>行政规范性<br>文件</td>"}, "normative_br"),
    ({"<td>本年制发件数</td>": "<td>本年制发件数（件）</td>", "<td>本年废止件数</td>": "<td>本年废止件数（件）</td>",
      "<td>现行有效件数</td>": "<td>现行有效件数（件）</td>"}, "headers_with_unit"),
    ({"<td>本年制发件数</td>": "<td>本年制发数量</td>", "<td>本年废止件数</td>": "<td>本年废止数量</td>",
      "<td>现行有效件数</td>": "<td>现行有效数量</td>"}, "headers_shuliang"),
    ({"<td>本年制发件数</td>": "<td>本年 制发件数</td>", "<td>本年废止件数</td>": "<td>本年废止 件数</td>",
      "<td>现行有效件数</td>": "<td>现行有效<br>件数</td>"}, "headers_spaced_br"),
    ({"<td>本年处理决定数量</td>": "<td>本年处理决定数</td>"}, "decisions_shu"),
    ({"<td>本年处理决定数量</td>": "<td>本年处理决定<br>数量（件）</td>"}, "decisions_br_unit"),
    ({"<td>本年收费金额（单位：万元）</td>": "<td>本年收费金额(单位:万元)</td>"}, "fee_halfwidth"),
    ({"<td>本年收费金额（单位：万元）</td>": "<td>本年收费金额（万元）</td>"}, "fee_short_unit"),
    ({"<td>行政事业性收费</td>": "<td>行 政 事 业 性 收 费</td>", "<td>行政许可</td>": "<td>行政许可 </td>",
      "<td>行政处罚</td>": "<td>行政&nbsp;处罚</td>"}, "rows_spaced_nbsp"),
    ({"第二十条第（": "第二十条第(", "）项": ")项"}, "captions_halfwidth"),
    ({"第二十条第（": "《条例》第二十条第（"}, "captions_tiaoli"),
    ({"<td>信息内容</td>": "<td>信 息 内 容</td>"}, "xinxi_neirong_spaced"),
    ({"<td>本年处理决定数量</td>": "<td>处理决定数量</td>"}, "decisions_2019_word"),
    ({"<td>规章</td>": "<td>规章（件）</td>", "<td>行政规范性文件</td>": "<td>行政规范性文件（件）</td>"},
     "row_unit_suffix"),
]


@pytest.mark.parametrize(("i", "repl"), [(i, v[0]) for i, v in enumerate(SEC2_21_VARIANTS)],
                         ids=[v[1] for v in SEC2_21_VARIANTS])
def test_section2_t2021_label_variant(i: int, repl: dict[str, str]) -> None:
    # spec 1(c) section 二 table + 2.1 keys (行政规范性文件 ≡ 规范性文件 per 1(c) "same concept, new name")
    s2 = sec2_21()
    for a, b in repl.items():
        assert a in s2
        s2 = s2.replace(a, b)
    r = rep21(KINDS[i % 3], s2=s2)
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_21_EXPECTED} == pytest.approx(SEC2_21_EXPECTED)
    assert not any(k.endswith((".published_new", ".public_total", ".items_prev")) for k in f)


SEC2_19_VARIANTS = [
    ({"<td>本年新制作数量</td>": "<td>本年新 制作数量</td>", "<td>上一年项目数量</td>": "<td>上一年项目 数量</td>",
      "<td>处理决定数量</td>": "<td>处理决定 数量</td>"}, "spaced_spec_examples"),
    ({"<td>对外公开总数量</td>": "<td>对外公开总数</td>", "<td>本年新公开数量</td>": "<td>本年新公开数</td>"},
     "shu_not_shuliang"),
    ({"<td>本年增/减</td>": "<td>本年增／减</td>"}, "fullwidth_slash"),
    ({"<td>本年增/减</td>": "<td>本年增<br>/减</td>", "<td>上一年项目数量</td>": "<td>上一年<br>项目数量</td>"},
     "br_headers"),
    ({"<td>规范性文件</td>": "<td>规范性文件(行政机关制定发布的决定、公告、通知等)</td>"}, "hubei_long_parenthetical"),
    ({"<td>其他对外管理服务事项</td>": "<td>其他对外管理<br>服务事项</td>", "<td>行政事业性收费</td>":
      "<td>行政事业性 收费</td>"}, "rows_br_spaced"),
    ({"<td>本年新制作数量</td>": "<td>本年新制作数量（件）</td>", "<td>处理决定数量</td>": "<td>处理决定数量（件）</td>"},
     "headers_with_unit"),
    ({"第二十条第（": "第二十条第(", "）项": ")项"}, "captions_halfwidth"),
]


@pytest.mark.parametrize(("i", "repl"), [(i, v[0]) for i, v in enumerate(SEC2_19_VARIANTS)],
                         ids=[v[1] for v in SEC2_19_VARIANTS])
def test_section2_t2019_label_variant(i: int, repl: dict[str, str]) -> None:
    # spec 1(b) section 二, 2.1 t2019 column keys; 2.7 "本年新 制作数量", Hubei parenthetical
    s2 = sec2_2019_vals(SEC2_19)
    for a, b in repl.items():
        assert a in s2
        s2 = s2.replace(a, b)
    r = rep19(KINDS[(i + 2) % 3], s2=s2)
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_19_EXPECTED} == SEC2_19_EXPECTED
    assert "active.normative.in_force" not in f and "active.admin_fee.amount" not in f


def test_section2_t2021_regulation_row_without_number_header() -> None:
    # 2021 header printed with the 2019-ish word "本年制发件数" kept but 信息内容 header omitted (blank corner cell)
    s2 = sec2_21().replace("<td>信息内容</td>", "<td></td>")
    r = rep21("word", s2=s2)
    f = facts(r, "table")
    assert {k: f.get(k) for k in SEC2_21_EXPECTED} == pytest.approx(SEC2_21_EXPECTED)


# ---------------------------------------------------------------------------------------------------------------
# 6. 信息处理费 in section 六 (spec 1(c) 六 covers 信息处理费; 2.5 fee.info_processing)
# ---------------------------------------------------------------------------------------------------------------

def _with_six(text: str) -> str:
    body = t2021_body("某某县人民政府办公室")
    return body.replace(p("本年度未收取信息处理费。"), p(text))


@pytest.mark.parametrize(("i", "text", "value"), [
    (0, "依据《政府信息公开信息处理费管理办法》，本机关2021年度未产生信息处理费。", 0),
    (1, "2021年度，本机关没有产生政府信息公开信息处理费。", 0),
    (2, "本年度共收取政府信息公开信息处理费200元。", 200),
], ids=["wei_chansheng", "meiyou_chansheng", "200_yuan"])
def test_info_processing_fee_prose(i: int, text: str, value: float) -> None:
    content = _with_six(text)
    assert text in content
    r = one("http://www.example.gov.cn/zwgk/xxgknb/202201/t20220125_9.html",
            page(KINDS[i % 3], TITLE21, content, "2022-01-25"))
    f = fact(r, "fee.info_processing")
    assert f is not None and f.value == value


@pytest.mark.parametrize(("i", "text", "value"), [
    (0, "本机关未向申请人收取信息处理费。", 0),
    (1, "本年度收取信息处理费共计0元。", 0),
    (2, "2021年，本机关共收取信息处理费1500元。", 1500),
], ids=["wei_xiang_shenqingren", "gongji_0_yuan", "1500_yuan"])
def test_info_processing_fee_prose_more(i: int, text: str, value: float) -> None:
    # spec 2.5 fee.info_processing: "信息处理费 X元; 没有产生/未收取信息处理费 (→ 0)"
    content = _with_six(text)
    assert text in content
    r = one("http://www.example.gov.cn/zwgk/xxgknb/202201/t20220125_10.html",
            page(KINDS[(i + 1) % 3], TITLE21, content, "2022-01-25"))
    f = fact(r, "fee.info_processing")
    assert f is not None and f.value == value


# ---------------------------------------------------------------------------------------------------------------
# 7. labels split over two cells instead of one colspan=2 cell (spec 2.2 "row label split over up to three cells")
# ---------------------------------------------------------------------------------------------------------------

SPLIT2 = [
    ("apply.outcome.granted", '<td colspan="2">（一）予以公开</td>', "<td>（一）</td><td>予以公开</td>", "granted_marker_cell"),
    ("apply.outcome.partial", '<td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>',
     "<td>（二）部分公开</td><td>（区分处理的，只计这一情形，不计其他情形）</td>", "partial_note_cell"),
    ("apply.outcome.total", '<td colspan="2">（七）总计</td>', "<td>（七）总计</td><td></td>", "total_empty_second"),
    ("apply.outcome.granted", '<td colspan="2">（一）予以公开</td>', "<td>（一）予以公开</td><td>&nbsp;</td>",
     "granted_nbsp_second"),
]


@pytest.mark.parametrize(("i", "key", "a", "b"), [(i, *x[:3]) for i, x in enumerate(SPLIT2)], ids=[x[3] for x in SPLIT2])
def test_t2021_level2_label_in_two_cells(i: int, key: str, a: str, b: str) -> None:
    html_ = grid3(FULL21, rows21())
    assert a in html_
    r = rep21(KINDS[i % 3], s3=html_.replace(a, b))
    assert row_values(r, key) == FULL21[key]
    assert table_values(r, FULL21) == expected_values(FULL21)


# ---------------------------------------------------------------------------------------------------------------
# 8. more combinations seen in county reports (spec 2.2, 2.7)
# ---------------------------------------------------------------------------------------------------------------

COUNTY_STYLE = {  # one real-looking county grid: several of the variants at once
    R1: "一、本年新收政府信息<br>公开申请数量",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": "(二)部分公开<br>(区分处理的,只计这一情形,不计其他情形)",
    "（三）不予公开": "(三)不予<br>公开",
    SS: "3.危及&ldquo;三安全一稳定&rdquo;",
    "2.其他法律行政法规禁止公开": "2.其他法律、行政法规禁止公开",
    "1.信访举报投诉类申请": "1.信访、举报、投诉类申请",
    "5.要求行政机关确认或重新出具已获取信息": "5.要求行政机关确认或重新出具已获取的信息",
    "3.其他": "3.其它",
    "（七）总计": "(七)总 计",
    R4: "四、结转下年度<br>继续办理",
}


@pytest.mark.parametrize("kind", KINDS)
def test_t2021_county_style_combined_variants(kind: str) -> None:
    r = rep21(kind, s3=grid3(FULL21, rows21(), label=sub(COUNTY_STYLE),
                              head_rows=header_rows("std", org=("商业<br>企业", "科研<br>机构", "社会公益组织",
                                                                "法律服务机构", "其它"), tot_label="合计")))
    assert table_values(r, FULL21) == expected_values(FULL21)


def test_t2021_withheld_children_without_numbers_and_quotes() -> None:
    # children of （三）不予公开 printed without 1.-8. and 三安全一稳定 without quotes (spec 2.7 steps 4, 5)
    m = {o: re.sub(r"^\d\.", "", o) for _k, _l2, o, cat in rows21() if cat == "withheld"}
    m[SS] = "危及三安全一稳定"
    r = rep21("trs_gbk", s3=grid3(FULL21, rows21(), label=sub(m)))
    exp = {k: v for k, v in FULL21.items() if k.startswith("apply.outcome.withheld.")}
    assert {k: row_values(r, k) for k in exp} == exp


def test_t2019_normative_printed_with_2021_name() -> None:
    # a 2019 report whose (一) table already says 行政规范性文件: same concept (spec 1(c) table "same concept, new name")
    s2 = sec2_2019_vals(SEC2_19).replace("<td>规范性文件</td>", "<td>行政规范性文件</td>")
    r = rep19("word", s2=s2)
    f = facts(r, "table")
    assert (f.get("active.normative.issued"), f.get("active.normative.published_new"),
            f.get("active.normative.public_total")) == (6, 6, 88)
