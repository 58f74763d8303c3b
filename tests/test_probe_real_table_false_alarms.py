"""Black-box probe: false alarms of the text-table reader on ordinary reports whose statistics are HTML tables.

Each case is a realistic portal page carrying the complete t2021 (or t2019) HTML tables plus some prose that a
text-table reader could misread as a table: numbered lists with numbers, year-by-year comparisons, figures in
六、其他需要报告的事项, contact blocks, 附件 lists, captions and notes under a table, alt text, and a pasted text copy
of a table with a typo. Patterns come from real reports (contact lines with 邮编/电话/传真, "N大类N条N项" task counts, county
and township totals "其中市本级…县区…"), written in our own words. A careful reader records the HTML tables'
values only: the set of table facts must equal the clean page's, and no consistency check may fail.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report
from tests.test_probe_accuracy import (
    chrome_page,
    meta_block,
    p,
    sec2_2019,
    sec2_2021,
    sec3_2019,
    sec3_2021,
    sec4,
)

URL = "http://www.example.gov.cn/art/2022/1/20/art_1234_5678.html"
URL19 = "http://www.example.gov.cn/art/2020/1/20/art_1234_5679.html"
HOOKS = ("overview", "after_s2", "after_s3", "after_s4", "sec5", "sec6", "tail")


def body2021(noise: dict[str, str], agency: str = "青石县人民政府") -> str:
    n = {h: noise.get(h, "") for h in HOOKS}
    return "".join([
        p("本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"),
        p("一、总体情况"),
        p(f"2021年，{agency}坚持以公开为常态、不公开为例外，全面推进政务公开工作。"),
        n["overview"],
        p("二、主动公开政府信息情况"), sec2_2021(), n["after_s2"],
        p("三、收到和处理政府信息公开申请情况"), sec3_2021(), n["after_s3"],
        p("四、政府信息公开行政复议、行政诉讼情况"), sec4(), n["after_s4"],
        p("五、存在的主要问题及改进情况"), p("一是公开内容不够全面；二是解读形式单一。下一步将加强培训。"), n["sec5"],
        p("六、其他需要报告的事项"), p("本年度未收取信息处理费。"), n["sec6"],
        n["tail"],
    ])


def body2019(noise: dict[str, str], agency: str = "青石县人民政府") -> str:
    n = {h: noise.get(h, "") for h in HOOKS}
    return "".join([
        p("本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。"),
        p("一、总体情况"), p(f"2019年，{agency}认真贯彻落实新修订的《中华人民共和国政府信息公开条例》。"), n["overview"],
        p("二、主动公开政府信息情况"), sec2_2019(), n["after_s2"],
        p("三、收到和处理政府信息公开申请情况"), sec3_2019(), n["after_s3"],
        p("四、政府信息公开行政复议、行政诉讼情况"), sec4([0] * 15), n["after_s4"],
        p("五、存在的主要问题及改进情况"), p("主动公开的深度和广度有待加强。"), n["sec5"],
        p("六、其他需要报告的事项"), p("无其他需要报告的事项。"), n["sec6"],
        n["tail"],
    ])


def page(body: str, year: int = 2021) -> bytes:
    title = f"青石县人民政府{year}年政府信息公开工作年度报告"
    meta = meta_block("11330000002482000X/2022-00012", "青石县人民政府办公室", f"{year + 1}-01-20")
    return chrome_page(title, body, meta=meta, date=f"{year + 1}-01-20")


def parse(url: str, body: bytes) -> Report:
    return parse_report([Fetched(url=url, body=body, headers={"content-type": "text/html; charset=utf-8"})])


def table_facts(r: Report) -> dict[str, set[float | None]]:
    out: dict[str, set[float | None]] = {}
    for f in r.facts:
        if f.source == "table":
            out.setdefault(f.key, set()).add(f.value)
    return out


def failing(r: Report) -> set[str]:
    return {c.rule for c in r.checks if not c.passed}


_CLEAN: dict[int, Report] = {}


def clean(year: int) -> Report:
    if year not in _CLEAN:
        b = body2021({}) if year == 2021 else body2019({})
        _CLEAN[year] = parse(URL if year == 2021 else URL19, page(b, year))
    return _CLEAN[year]


# pins on the clean pages: the HTML values a human reads off the tables
CLEAN_PINS = {
    2021: {"apply.received_new.total": 14, "apply.outcome.total.total": 13, "apply.carried_out.total": 3,
           "apply.outcome.granted.natural_person": 5, "active.permit.decisions": 1260,
           "active.penalty.decisions": 56, "active.coercion.decisions": 4, "active.normative.in_force": 25,
           "active.admin_fee.amount": 0, "review.total": 2},
    2019: {"apply.received_new.total": 7, "apply.outcome.total.total": 6, "active.permit.items_prev": 120,
           "active.permit.items_delta": -8, "active.permit.decisions": 980, "active.normative.public_total": 37,
           "active.procurement.projects": 12},
}


@pytest.mark.parametrize("year", [2021, 2019])
def test_clean_page_reads_html_tables(year: int) -> None:
    r = clean(year)
    tf = table_facts(r)
    assert {k: tf.get(k) for k in CLEAN_PINS[year]} == {k: {float(v)} for k, v in CLEAN_PINS[year].items()}
    assert all(len(v) == 1 for v in tf.values())
    assert r.checks and failing(r) == set()


def _sec3_rows(typo: int) -> list[list[str]]:
    """The section-三 grid as label + 7 values (the HTML table's data) with one total cell changed to `typo`."""
    vals = {"apply.received_new": ["10", "3", "0", "0", "1", "0", str(typo)],
            "apply.carried_in": ["2", "0", "0", "0", "0", "0", "2"],
            "apply.outcome.granted": ["5", "1", "0", "0", "1", "0", "7"],
            "apply.outcome.total": ["10", "2", "0", "0", "1", "0", "13"],
            "apply.carried_out": ["2", "1", "0", "0", "0", "0", "3"]}
    labels = {"apply.received_new": "一、本年新收政府信息公开申请数量", "apply.carried_in": "二、上年结转政府信息公开申请数量",
              "apply.outcome.granted": "（一）予以公开", "apply.outcome.total": "（七）总计",
              "apply.carried_out": "四、结转下年度继续办理"}
    return [[labels[k], *v] for k, v in vals.items()]


SEC3_HEAD = ["申请人情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
SEC3_ONE_PER_LINE = "".join(p(c) for c in SEC3_HEAD) + "".join(p(c) for row in _sec3_rows(41) for c in row)
SEC3_PIPE = p(" | ".join(SEC3_HEAD)) + "".join(p(" | ".join(row)) for row in _sec3_rows(41))


PIPE_COPY_TYPO = (
    "<p>信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数</p><p>规章 | 0 | 0 | 0</p>"
    "<p>行政规范性文件 | 3 | 1 | 52</p>"
)
ONE_PER_LINE_COPY = "".join(p(x) for x in [
    "第二十条第（五）项", "信息内容", "本年处理决定数量", "行政许可", "1206"])
SPACE_ROWS_COPY = (
    "<p>一、本年新收政府信息公开申请数量 10 3 0 0 1 0 41</p>"
    "<p>二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2</p>"
    "<p>（七）总计 10 2 0 0 1 0 31</p><p>四、结转下年度继续办理 2 1 0 0 0 0 3</p>"
)
CASES: list = [
    # --- numbered lists with numbers (real: "一是…二是…", "6大类30条109项") ------------------------------
    pytest.param(2021, {"overview": p("（一）主动公开。1.公开规范性文件3件；2.公开行政许可信息1260条；3.公开行政处罚信息56条；"
                                      "4.发布政策解读12篇。")}, id="numbered-list-semicolons-overview"),
    pytest.param(2021, {"overview": "".join(p(x) for x in ["1. 政府网站发布信息 1520 条", "2. 政务微博发布信息 320 条",
                                                            "3. 政务微信发布信息 288 条", "4. 召开新闻发布会 6 场"])},
                 id="numbered-list-one-line-each"),
    pytest.param(2021, {"overview": p("本县细化出5大类26条88项公开任务，逐项明确责任单位和完成时限。")}, id="tasks-n-categories-n-items"),
    pytest.param(2021, {"overview": p("一是公开财政预决算信息86条；二是公开重大建设项目信息45条；三是公开公共资源配置信息132条。")},
                 id="yishi-ershi-list"),
    pytest.param(2021, {"overview": "<ol><li>主动公开政府文件 28 件</li><li>政策解读 15 篇</li><li>回应关切 9 次</li></ol>"},
                 id="ol-list-with-counts"),
    pytest.param(2021, {"sec5": "".join(p(x) for x in ["（一）存在问题", "1 公开栏目更新不及时 3 个", "2 解读形式单一 2 项",
                                                       "（二）改进措施", "1 开展培训 4 次", "2 督查 12 次"])},
                 id="problems-list-space-numbers"),
    # --- year-by-year comparisons ---------------------------------------------------------------------------
    pytest.param(2021, {"overview": p("2019年 120 2020年 135 2021年 150")}, id="year-by-year-one-line"),
    pytest.param(2021, {"overview": "".join(p(x) for x in ["年度 申请数 答复数", "2019年 8 8", "2020年 11 11", "2021年 14 13"])},
                 id="year-comparison-space-table"),
    pytest.param(2021, {"overview": p("全年收到政府信息公开申请14件，比2020年的11件增长27.3%，比2019年的8件增长75%。")},
                 id="year-comparison-sentence"),
    pytest.param(2021, {"overview": "".join(p(x) for x in ["年份 | 主动公开 | 依申请", "2020 | 1380 | 11",
                                                           "2021 | 1520 | 14"])}, id="year-comparison-pipe-rows"),
    # --- figures in 六、其他需要报告的事项 -----------------------------------------------------------------------
    pytest.param(2021, {"sec6": p("本年度办理人大代表建议18件、政协委员提案25件，办复率100%。")}, id="sec6-proposals"),
    pytest.param(2021, {"sec6": "".join(p(x) for x in ["人大代表建议 18 件", "政协委员提案 25 件", "办结 43 件"])},
                 id="sec6-proposals-lines"),
    pytest.param(2021, {"sec6": p("收取信息处理费 0 元。政务公开工作要点确定的 24 项任务已全部完成。")}, id="sec6-fee-and-tasks"),
    pytest.param(2021, {"sec6": "".join(p(x) for x in ["信息内容", "建议提案", "数量", "人大建议", "18", "政协提案", "25"])},
                 id="sec6-one-cell-per-line-under-xinxi-neirong"),
    pytest.param(2021, {"sec6": p("重点领域公开：1.乡村振兴 36 条 2.生态环境 52 条 3.教育 41 条 4.卫生健康 77 条")},
                 id="sec6-key-areas-counts"),
    # --- contact blocks and footers --------------------------------------------------------------------------
    pytest.param(2021, {"tail": p("联系地址：青石县府前路 88 号，邮编：321000，电话：0579-8812 3456，传真：0579-88123457。")},
                 id="contact-inline"),
    pytest.param(2021, {"tail": "".join(p(x) for x in ["联系人：王某", "联系电话：0579 88123456", "邮政编码：321000",
                                                       "电子邮箱：xxgk@qs.gov.cn"])}, id="contact-lines"),
    pytest.param(2021, {"overview": p("本报告电子版可在青石县人民政府门户网站下载。如有疑问，请与县政府办公室联系（地址：府前路 88 号，"
                                      "邮编：321000，电话：0579-88123456）。")}, id="contact-in-preamble"),
    pytest.param(2021, {"tail": p("青石县人民政府办公室") + p("2022年1月20日")}, id="signature-date"),
    pytest.param(2021, {"tail": "<table class='contact'><tr><td>电话</td><td>0579-88123456</td></tr>"
                                "<tr><td>邮编</td><td>321000</td></tr></table>"}, id="contact-html-table"),
    # --- 附件 lists -----------------------------------------------------------------------------------------------
    pytest.param(2021, {"tail": p("附件：1.青石县2021年政府信息公开工作年度报告.pdf 2.统计表.xls")}, id="attachment-list-inline"),
    pytest.param(2021, {"tail": "".join(p(x) for x in ["附件：", "1. 年度报告（PDF，356 KB）", "2. 数据表（XLS，48 KB）"])},
                 id="attachment-list-sizes"),
    pytest.param(2021, {"tail": p("相关附件：") + "<ul><li><a href='/u/2022/1.docx'>2021年报 2 | 1.2M</a></li></ul>"},
                 id="attachment-with-pipe"),
    # --- captions and notes printed under the HTML table --------------------------------------------------------
    pytest.param(2021, {"after_s3": p("注：本表数据统计期限为2021年1月1日至2021年12月31日，单位：件。")}, id="note-under-sec3"),
    pytest.param(2021, {"after_s2": p("（注：行政事业性收费单位为万元，本年度 0 万元。）")}, id="note-under-sec2"),
    pytest.param(2021, {"after_s4": p("说明：本年度行政复议 2 件、行政诉讼 2 件，均已审结或正在审理。")}, id="note-under-sec4"),
    pytest.param(2021, {"after_s3": p("表1 收到和处理政府信息公开申请情况（单位：件）")}, id="caption-after-sec3"),
    pytest.param(2021, {"after_s3": p("备注：1.“总计”列为自然人与法人或其他组织之和；2.本年新收 14 件中网络申请 9 件。")},
                 id="numbered-remarks-under-sec3"),
    # --- alt text and images ------------------------------------------------------------------------------------
    pytest.param(2021, {"after_s3": "<p><img src='/u/2022/t3.png' alt='一、本年新收政府信息公开申请数量 10 3 0 0 1 0 14'></p>"},
                 id="alt-text-row-copy-same"),
    pytest.param(2021, {"after_s3": "<p><img src='/u/2022/t3.png' alt='本年新收政府信息公开申请数量 | 41'></p>"},
                 id="alt-text-pipe-typo"),
    pytest.param(2021, {"after_s2": "<p><img src='/u/2022/t2.png' title='行政许可 1206' alt='行政许可 1206'></p>"},
                 id="img-title-permit-typo"),
    # --- text copy of the same table pasted again with a typo -------------------------------------------------
    pytest.param(2021, {"after_s2": PIPE_COPY_TYPO}, id="pipe-copy-sec2-typo"),
    pytest.param(2021, {"tail": PIPE_COPY_TYPO}, id="pipe-copy-sec2-typo-tail"),
    pytest.param(2021, {"after_s2": ONE_PER_LINE_COPY}, id="one-per-line-copy-permit-typo"),
    pytest.param(2021, {"after_s3": SPACE_ROWS_COPY}, id="space-rows-copy-sec3-typo"),
    pytest.param(2021, {"tail": SPACE_ROWS_COPY}, id="space-rows-copy-sec3-typo-tail"),
    pytest.param(2021, {"after_s4": p("行政复议 结果维持 结果纠正 其他结果 尚未审结 总计") + p("1 0 0 1 3")},
                 id="space-copy-sec4-typo"),
    pytest.param(2021, {"after_s2": "".join(p(x) for x in ["第二十条第（八）项", "信息内容 | 本年收费金额（单位：万元）",
                                                           "行政事业性收费 | 12.5"])}, id="pipe-copy-fee-typo"),
    # --- figures in the overview next to table-like labels ----------------------------------------------------
    pytest.param(2021, {"overview": p("其中，县本级公开政府信息 820 条，乡镇（街道）公开政府信息 700 条。")},
                 id="scope-split-counts"),
    pytest.param(2021, {"overview": p("行政许可 1260 件、行政处罚 56 件、行政强制 4 件已全部在网站公示。")},
                 id="overview-repeats-sec2-same"),
    pytest.param(2021, {"overview": p("全年办理行政许可事项 2380 件（含乡镇便民服务中心代办件）。")},
                 id="overview-permit-other-scope"),
    pytest.param(2021, {"overview": "".join(p(x) for x in ["信息内容", "本年新增", "栏目", "12", "专题", "3"])},
                 id="platform-one-cell-per-line"),
    pytest.param(2021, {"overview": p("政府信息管理：清理规范性文件 36 件，其中废止 5 件、修改 2 件、继续有效 29 件。")},
                 id="overview-normative-cleanup"),
    pytest.param(2021, {"overview": p("培训 | 4 次 | 180 人次")}, id="training-pipe-line"),
    # --- t2019 pages ------------------------------------------------------------------------------------------
    pytest.param(2019, {"overview": p("2017年 86 2018年 95 2019年 102")}, id="t2019-year-by-year"),
    pytest.param(2019, {"after_s2": "".join(p(x) for x in ["信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
                                                           "行政许可 | 120 | -8 | 890"])}, id="t2019-pipe-copy-permit-typo"),
    pytest.param(2019, {"tail": p("联系电话：0571-87051234 邮编：310000")}, id="t2019-contact"),
    pytest.param(2019, {"sec6": p("2019年共采购项目 12 个，采购总金额 365.8 万元。")}, id="t2019-sec6-procurement-typo"),
    pytest.param(2019, {"after_s3": p("一、本年新收政府信息公开申请数量 6 1 0 0 0 0 17")}, id="t2019-space-row-copy-typo"),
    # --- more shapes seen in real reports (category breakdowns, channel splits, sec3 labels in prose) -----------
    pytest.param(2021, {"overview": p("全年主动公开政府信息1520条，其中：概况类信息9条，政务动态信息860条，解读回应120条，其他531条。")},
                 id="category-breakdown-qizhong"),
    pytest.param(2021, {"overview": p("门户网站公开 980 条，微信公众号公开 540 条。")}, id="channel-split-spaces"),
    pytest.param(2021, {"overview": "".join(p(x) for x in ["工作动态 50 条", "通知公告 9 条", "政策文件 6 条", "政策解读 4 条"])},
                 id="category-lines-space-numbers"),
    pytest.param(2021, {"overview": p("依申请公开方面：（一）予以公开 7 件；（二）部分公开 1 件；（四）无法提供 3 件；其余为重复申请 1 件。")},
                 id="sec3-labels-in-prose-same"),
    pytest.param(2021, {"overview": p("受理的申请中，1.信访举报投诉类申请 2 件已转信访部门办理；2.重复申请 3 件已告知。")},
                 id="sec3-sublabels-in-prose-other-values"),
    pytest.param(2021, {"overview": p("全年共收到依申请公开 14 件，上年结转 2 件，法定期限内予以答复 13 件，结转下年 3 件。")},
                 id="apply-summary-consistent"),
    pytest.param(2021, {"after_s4": p("行政复议 | 行政诉讼") + p("2 | 2")}, id="sec4-summary-pipe-under-table"),
    pytest.param(2021, {"overview": p("（地址：青石县府前路 88 号；邮编：321000；电话：0579-88123456；传真：0579-88123457；"
                                      "电子邮箱：xxgk@qs.gov.cn）")}, id="contact-semicolons-preamble"),
    pytest.param(2021, {"after_s2": "".join(p(x) for x in ["信息内容", "本年处理决定数量", "行政许可（含乡镇代办）", "2380"])},
                 id="one-per-line-variant-label-other-scope"),
    pytest.param(2019, {"overview": p("本年全县主动公开信息共286条，其中在门户网站发布193条，其中机构信息类5条、领导分工类8条。")},
                 id="t2019-breakdown-qizhong"),
    pytest.param(2019, {"after_s2": "".join(p(x) for x in ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量",
                                                           "规范性文件", "4", "4", "73"])},
                 id="t2019-one-cell-per-line-copy-typo"),
    # --- whole text copies of section 三 (as on pages that print the grid one cell per line) ----------------
    pytest.param(2021, {"after_s3": SEC3_ONE_PER_LINE}, id="sec3-one-cell-per-line-copy-typo"),
    pytest.param(2021, {"tail": SEC3_ONE_PER_LINE}, id="sec3-one-cell-per-line-copy-typo-tail"),
    pytest.param(2021, {"after_s3": SEC3_PIPE}, id="sec3-pipe-copy-typo"),
    pytest.param(2021, {"after_s2": p("三、收到和处理政府信息公开申请情况（文字版）") + SEC3_PIPE},
                 id="sec3-pipe-copy-with-heading-before-html"),
    pytest.param(2021, {"sec6": p("附：统计表文字版") + SEC3_ONE_PER_LINE + PIPE_COPY_TYPO + ONE_PER_LINE_COPY},
                 id="sec6-appendix-text-copies"),
    # --- comparison tables with other years' figures under 信息内容 -----------------------------------------
    pytest.param(2021, {"sec6": p("附：2020年主动公开情况（对比）") + p("信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量")
                        + p("规范性文件 | 5 | 5 | 40")}, id="last-year-2019-format-pipe-table"),
    pytest.param(2021, {"overview": p("信息内容 | 2020年 | 2021年") + p("行政许可 | 1100 | 1260") + p("行政处罚 | 61 | 56")},
                 id="xinxi-neirong-year-columns"),
    pytest.param(2021, {"overview": "".join(p(x) for x in ["信息内容", "2020年", "2021年", "行政许可", "1100", "1260",
                                                           "行政处罚", "61", "56"])}, id="xinxi-neirong-year-columns-one-per-line"),
    pytest.param(2021, {"overview": p("行政许可 2020年 1100 2021年 1260")}, id="permit-year-pairs-line"),
    pytest.param(2021, {"after_s2": "<p>行政规范性文件&nbsp;&nbsp;3&nbsp;&nbsp;1&nbsp;&nbsp;52</p>"}, id="nbsp-row-copy-typo"),
    pytest.param(2021, {"after_s2": p("规章　0　0　0") + p("行政规范性文件　3　1　52")}, id="ideographic-space-rows-typo"),
    pytest.param(2021, {"after_s3": p("（三）不予公开 1 0 0 0 0 0 1") + p("（四）无法提供 2 1 0 0 0 0 3")},
                 id="category-subtotal-rows-copy-consistent"),
    pytest.param(2021, {"sec6": p("信息内容 | 本年新公开数量") + p("行政规范性文件 | 3")},
                 id="sec6-2019-column-name-on-2021-row"),
    # --- several kinds together ------------------------------------------------------------------------------
    pytest.param(2021, {"overview": p("2020年 11 2021年 14"), "after_s2": PIPE_COPY_TYPO, "after_s3": SPACE_ROWS_COPY,
                        "sec6": p("人大代表建议 18 件 政协委员提案 25 件"),
                        "tail": p("电话：0579-88123456 邮编：321000")}, id="all-noise-together"),
]


@pytest.mark.parametrize(("year", "noise"), CASES)
def test_prose_does_not_change_table_facts(year: int, noise: dict[str, str]) -> None:
    body = body2021(noise) if year == 2021 else body2019(noise)
    r = parse(URL if year == 2021 else URL19, page(body, year))
    base = table_facts(clean(year))
    got = table_facts(r)
    changed = {k: (base.get(k), got.get(k)) for k in set(base) | set(got) if base.get(k) != got.get(k)}
    assert changed == {}, "table facts changed by prose (key: (html, parsed))"
    assert r.template == ("t2021" if year == 2021 else "t2019")
    assert r.checks and failing(r) == set()


def test_inconsistent_overview_fires_r10_only_and_keeps_table() -> None:
    """Control: when the prose really contradicts the table (15 vs 14), R10 reports it; the table value stays."""
    noise = {"overview": p("全年共收到政府信息公开申请 15 件，上年结转 2 件。")}
    r = parse(URL, page(body2021(noise)))
    assert table_facts(r) == table_facts(clean(2021))
    assert {rule.split(".")[0] for rule in failing(r)} == {"R10"}
