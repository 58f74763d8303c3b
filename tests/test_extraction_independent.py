"""Independent extraction tests: real-world HTML variants through `parse_report` (metadata, tables, checks).

Pages are built by tests/independent_pages.py from value dicts, so every expected fact is exact; each case
then applies the quirks of one publishing route (Word, WPS, Excel paste, CMS paging, mirrors, aggregators).
"""

from __future__ import annotations

import random
import re

import opencc
import pytest
from independent_pages import (
    COLUMNS,
    E2014_ROWS,
    Page,
    e2014_table,
    e2014_table_grouped,
    e2014_table_numbered,
    e2014_table_side_by_side,
    e2014_values,
    excel_td,
    plain,
    report_paragraphs,
    section2_t2019,
    section2_t2021,
    section3_table,
    section3_values,
    section4_table,
    section4_values,
    word_page,
    wps_td,
)

from pipelines.metadata import agency_type
from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

T2S = opencc.OpenCC("t2s")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def t2021_section2(seed: int) -> dict[str, float]:
    rnd = random.Random(seed)
    keys = [f"active.{s}.{c}" for s in ("regulation", "normative") for c in ("issued", "repealed", "in_force")]
    keys += ["active.permit.decisions", "active.penalty.decisions", "active.coercion.decisions"]
    values: dict[str, float] = {k: rnd.choice((0, 2, 7, 35, 1208)) for k in keys}
    values["active.admin_fee.amount"] = 7.522
    return values


def t2019_section2(hubei: bool) -> dict[str, float]:
    values: dict[str, float] = {
        "active.regulation.issued": 0, "active.regulation.published_new": 0, "active.regulation.public_total": 3,
        "active.normative.issued": 12, "active.normative.published_new": 11, "active.normative.public_total": 96,
        "active.permit.items_prev": 402, "active.permit.items_delta": 1036, "active.permit.decisions": 25871,
        "active.other_service.items_prev": 57, "active.other_service.items_delta": -8,
        "active.other_service.decisions": 310,
        "active.penalty.items_prev": 1880, "active.penalty.items_delta": 0, "active.penalty.decisions": 64,
        "active.coercion.items_prev": 31, "active.coercion.items_delta": -2, "active.coercion.decisions": 5,
        "active.admin_fee.items_prev": 9, "active.admin_fee.items_delta": -1,
        "active.procurement.projects": 14, "active.procurement.amount": 386.5}
    if hubei:
        values |= {"active.other_doc.issued": 120, "active.other_doc.published_new": 118,
                   "active.other_doc.public_total": 1503}
    return values


def signed(key: str, value: float) -> str:
    """2019 本年增/减 printed with its sign (+1036 / -8)."""
    return f"{value:+g}" if key.endswith("items_delta") and value else f"{value:g}"


def odd_cells(key: str, value: float) -> str:
    """Units inside cells, full-width digits, zero printed as blank, "/" or "0" depending on the column."""
    if value == 0:
        return {"business": "", "research": "/", "nonprofit": "—"}.get(key.rsplit(".", 1)[1], "0")
    if key.endswith(".natural_person"):
        return f"{value:g}件"
    if key.endswith(".total"):
        return f"{value:g}".translate(FULL_WIDTH)
    return f"&nbsp;{value:g}&nbsp;"


def t2021_page(url: str, title: str, *, seed: int, style: str = "standard", show=plain, subtotals: bool = False,
               blank_categories: bool = False,
               td=None, split2: bool = False, period_year: int | None = None, head_title: str | None = None,
               heading: bool = True, meta: dict | None = None, flat_s4: bool = False) -> Page:
    td_kw = {"td": td} if td else {}
    s2, f2 = section2_t2021(t2021_section2(seed), show, split=split2, **td_kw)
    s3, f3 = section3_table(section3_values(seed, "t2021"), "t2021", style=style, show=show, subtotals=subtotals,
                            blank_categories=blank_categories,
                            **td_kw)
    s4, f4 = section4_table(section4_values(seed), show, **td_kw, flat_header=flat_s4)
    html = word_page(title, report_paragraphs(2021, {"二": s2, "三": s3, "四": s4}, period_year=period_year),
                     head_title=head_title, heading=heading)
    return Page(url, html, f2 | f3 | f4, meta or {})


def t2019_page(url: str, title: str, *, seed: int, hubei: bool, year: int, meta: dict,
               jilin_total: int | None = None) -> Page:
    s2, f2 = section2_t2019(t2019_section2(hubei), signed, hubei=hubei, jilin_total=jilin_total)
    s3, f3 = section3_table(section3_values(seed, "t2019"), "t2019")
    s4, f4 = section4_table(section4_values(seed))
    html = word_page(title, report_paragraphs(year, {"二": s2, "三": s3, "四": s4}))
    return Page(url, html, f2 | f3 | f4, meta)


def e2014_page(url: str, title: str, *, seed: int, five_columns: bool, meta: dict, grouped: bool | str = False,
               folded: bool = False, numbered: bool = False, show=plain) -> Page:
    values = e2014_values(seed)
    tab, facts = (e2014_table_grouped(values, show, spanning_header=grouped == "spanning") if grouped else e2014_table_side_by_side(values, show) if folded
                  else e2014_table_numbered(values, show) if numbered
                  else e2014_table(values, five_columns=five_columns, show=show))
    paragraphs = [
        "本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自2016年1月1日起至"
        "2016年12月31日止。",
        "一、概述", "本年度，我局认真贯彻落实政府信息公开各项工作要求。",
        "二、主动公开政府信息情况", "依托门户网站及时公开各类政府信息。",
        "三、依申请公开政府信息办理情况", "严格按照规定办理各类申请。",
        "四、存在的主要问题及改进措施", "公开内容不够全面。",
        "附表：政府信息公开情况统计表", tab]
    return Page(url, word_page(title, paragraphs), facts, meta)


def t2021_meta(agency: str, agency_type: str, **extra) -> dict:
    return {"year": 2021, "template": "t2021", "agency": agency, "agency_type": agency_type, "edition": None,
            "script": "simplified", "is_mirror": False, "tables_missing": False} | extra


def _pages() -> dict[str, Page]:
    pages = {
        "word_t2021_standard": t2021_page(
            "http://www.jiangshan.gov.cn/art/2022/1/20/art_1229_123.html", "江山市人民政府2021年政府信息公开工作年度报告",
            seed=1, meta=t2021_meta("江山市人民政府", "gov_self")),
        "word_t2021_odd_cells": t2021_page(
            "http://www.jiangshan.gov.cn/art/2022/1/21/art_1229_124.html", "江山市教育局2021年政府信息公开工作年度报告",
            seed=2, show=odd_cells, meta=t2021_meta("江山市教育局", "department")),
        "word_t2021_natural_rowspan3": t2021_page(
            "http://www.sxxz.gov.cn/zwgk/xxgknb/202201/t20220118_88.html", "新昌县城南乡2021年政府信息公开工作年度报告",
            seed=3, style="natural3", meta=t2021_meta("新昌县城南乡", "township")),
        "word_t2021_subtotals": t2021_page(
            "http://www.yuhang.gov.cn/art/2022/1/25/art_77_1.html", "余杭区人民政府办公室2021年政府信息公开工作年度报告",
            seed=4, subtotals=True, meta=t2021_meta("余杭区人民政府办公室", "gov_office")),
        "wps_t2021_split_tables": t2021_page(
            "http://www.gaoxin.gov.cn/xxgk/nb/2022/0120/1.html", "河源市高新区管委会2021年政府信息公开工作年度报告",
            seed=5, td=wps_td, split2=True, style="unmerged",
            meta=t2021_meta("河源市高新区管委会", "zone")),
        "word_t2021_legal_subtotal_column": t2021_page(
            "http://www.lishui.gov.cn/art/2022/1/28/art_1_9.html", "丽水市统计局2021年政府信息公开工作年度报告",
            seed=6, style="subtotal", meta=t2021_meta("丽水市统计局", "department")),
        "title_only_in_head": t2021_page(
            "http://www.fuyang.gov.cn/art/2022/1/10/art_1_2.html", "富阳区卫生健康局2021年政府信息公开工作年度报告",
            seed=7, heading=False,
            head_title="富阳区卫生健康局2021年政府信息公开工作年度报告_杭州市富阳区人民政府门户网站",
            meta=t2021_meta("富阳区卫生健康局", "department")),
        "period_differs_from_title": t2021_page(
            "http://www.anji.gov.cn/art/2022/2/7/art_5_6.html", "安吉县民政局2022年政府信息公开工作年度报告",
            seed=8, period_year=2021, meta=t2021_meta("安吉县民政局", "department", year_source="period")),
        "t2019_hubei": t2019_page(
            "http://www.wuhan.gov.cn/zwgk/xxgknb/202101/t20210125_1.shtml", "武汉市生态环境局2020年政府信息公开工作年度报告",
            seed=9, hubei=True, year=2020,
            meta={"year": 2020, "template": "t2019", "agency": "武汉市生态环境局", "agency_type": "department",
                  "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False}),
        "t2019_plain": t2019_page(
            "http://www.xiongxian.gov.cn/zwgkcontent-888-562.html", "雄县人民政府2019年政府信息公开工作年度报告",
            seed=10, hubei=False, year=2019,
            meta={"year": 2019, "template": "t2019", "agency": "雄县人民政府", "agency_type": "gov_self",
                  "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False}),
        "e2014_three_columns": e2014_page(
            "http://www.shulan.gov.cn/xxgk/nb/201703/t20170301_5.html", "舒兰市国土资源局2016年政府信息公开工作年度报告",
            seed=11, five_columns=False,
            meta={"year": 2016, "template": "e2014", "agency": "舒兰市国土资源局", "agency_type": "department",
                  "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False}),
        "e2014_five_columns": e2014_page(
            "http://www.taizhou.gov.cn/xxgk/nb/201703/t20170302_6.html", "泰州市人民政府2016年政府信息公开工作年度报告",
            seed=12, five_columns=True,
            meta={"year": 2016, "template": "e2014", "agency": "泰州市人民政府", "agency_type": "gov_self",
                  "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False}),
        "edition_in_title": t2021_page(
            "https://www.shhuangpu.gov.cn/zw/009001/009001019/20220125/a1.html", "上海市黄浦区人民政府2021年政府信息公开工作年度报告（超链版）",
            seed=13, meta=t2021_meta("上海市黄浦区人民政府", "gov_self", edition="超链版")),
    }
    pages["word_t2021_legal_subtotal_column"].optional = frozenset(
        k for k in pages["word_t2021_legal_subtotal_column"].facts if k.endswith(".legal_entity"))
    pages["word_wrapped_ghost_row_layout"] = _word_quirks(t2021_page(
        "http://www.ruian.gov.cn/art/2022/1/26/art_1_3.html", "瑞安市司法局2021年政府信息公开工作年度报告",
        seed=14, show=lambda _k, v: f"{v:,g}" if v < 1000 else f"{int(v):,}",
        meta=t2021_meta("瑞安市司法局", "department")))
    pages["traditional_spam_mirror"] = _mirror(t2021_page(
        "http://m.fqjz1.com/gongkai/show/2841.html", "瑞安市人民政府2021年政府信息公开工作年度报告",
        seed=15, meta=t2021_meta("瑞安市人民政府", "gov_self", script="traditional", is_mirror=True)))
    gbk = t2021_page(
        "http://www.qingtian.gov.cn/art/2022/1/12/art_9_1.html", "青田县堃溪镇2021年政府信息公开工作年度报告",
        seed=16, meta=t2021_meta("青田县堃溪镇", "township"))
    gbk.html = gbk.html.replace("charset=utf-8", "charset=gb2312").replace(
        "一、总体情况", "一、总体情况</span></p><p class=MsoNormal><span>镇长王喆、副镇长李赟分管政务公开工作。")
    gbk.encoding = "gbk"
    pages["gbk_meta_gb2312_rare_chars"] = gbk
    pages["aggregator_two_reports"] = _aggregator()
    pages["word_t2021_total_outside_label_variants"] = _label_variants(t2021_page(
        "http://www.pujiang.gov.cn/art/2022/1/19/art_3_4.html", "浦江县市场监督管理局2021年政府信息公开工作年度报告",
        seed=19, style="total_outside", show=dashes, meta=t2021_meta("浦江县市场监督管理局", "department")))
    pages["e2014_grouped_units_in_cells"] = e2014_page(
        "http://www.erdao.gov.cn/xxgk/nb/201801/t20180120_3.html", "二道区人民政府2017年度政府信息公开工作报告",
        seed=20, five_columns=False, grouped=True, show=with_unit,
        meta={"year": 2017, "template": "e2014", "agency": "二道区人民政府", "agency_type": "gov_self",
              "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False})
    pages["e2014_grouped_units_in_cells"].html = pages["e2014_grouped_units_in_cells"].html.replace(
        "2016年", "2017年")
    pages["section3_split_over_two_tables"] = _split_section3(t2021_page(
        "http://www.linan.gov.cn/art/2022/1/14/art_8_5.html", "临安区农业农村局2021年政府信息公开工作年度报告",
        seed=21, style="unmerged", meta=t2021_meta("临安区农业农村局", "department")))
    pages["category_rows_blank"] = t2021_page(
        "http://www.tonglu.gov.cn/art/2022/1/11/art_4_7.html", "桐庐县交通运输局2021年政府信息公开工作年度报告",
        seed=23, blank_categories=True, meta=t2021_meta("桐庐县交通运输局", "department"))
    pages["category_rows_blank_wps"] = t2021_page(
        "http://www.chunan.gov.cn/art/2022/1/11/art_4_8.html", "淳安县水利局2021年政府信息公开工作年度报告",
        seed=24, blank_categories=True, style="unmerged", td=wps_td, show=odd_cells,
        meta=t2021_meta("淳安县水利局", "department"))
    pages["raw_word_htm_support_lists"] = _raw_word(t2021_page(
        "http://www.cixi.gov.cn/attach/0/2022/ndbg.htm", "慈溪市自然资源和规划局2021年政府信息公开工作年度报告",
        seed=25, meta=t2021_meta("慈溪市自然资源和规划局", "department")))
    pages["vertical_headers_th_tbody_empty_column"] = _markup_quirks(t2021_page(
        "http://www.haining.gov.cn/art/2022/1/13/art_6_9.html", "海宁市商务局2021年政府信息公开工作年度报告",
        seed=26, meta=t2021_meta("海宁市商务局", "department")))
    pages["pinyin_gloss_mirror"] = _pinyin(_mirror(t2021_page(
        "http://www.haose21.com/news/2022/0301/57.html", "瑞安市人民政府2021年政府信息公开工作年度报告",
        seed=27, meta=t2021_meta("瑞安市人民政府", "gov_self", script="traditional", is_mirror=True))))
    pages["e2014_folded_side_by_side"] = e2014_page(
        "http://www.suqian.gov.cn/xxgk/nb/201702/t20170210_9.html", "宿迁市人民政府办公室2016年政府信息公开年度报告",
        seed=28, five_columns=False, folded=True,
        meta={"year": 2016, "template": "e2014", "agency": "宿迁市人民政府办公室", "agency_type": "gov_office",
              "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False})
    pages["two_page_article"] = _two_pages(t2021_page(
        "http://www.yiwu.gov.cn/art/2022/1/20/art_1.html", "义乌市财政局2021年政府信息公开工作年度报告",
        seed=29, meta=t2021_meta("义乌市财政局", "department")))
    undeclared = t2021_page(
        "http://www.lanxi.gov.cn/art/2022/1/9/art_3_1.html", "兰溪市司法局2021年政府信息公开工作年度报告",
        seed=30, meta=t2021_meta("兰溪市司法局", "department"))
    undeclared.html = undeclared.html.replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
                                              "")
    undeclared.encoding = "gbk"
    pages["gbk_undeclared"] = undeclared
    lying = t2021_page(
        "http://www.lanxi.gov.cn/art/2022/1/9/art_3_2.html", "兰溪市审计局2021年政府信息公开工作年度报告",
        seed=31, meta=t2021_meta("兰溪市审计局", "department"))
    lying.html = lying.html.replace("charset=utf-8", "charset=gbk")
    lying.headers = {"content-type": "text/html; charset=UTF-8"}
    lying.encoding = "gbk"
    pages["gbk_page_header_says_utf8"] = lying
    images = t2021_page(
        "http://www.wenling.gov.cn/art/2022/1/18/art_5_3.html", "温岭市城市管理局2021年政府信息公开工作年度报告",
        seed=32, meta=t2021_meta("温岭市城市管理局", "department", tables_missing=True))
    images.html = re.sub(r"<table class=MsoNormalTable.*?</table>",
                         lambda m: f'<p><img src="/picture/0/{len(m.group(0)) % 997}.png" width=600></p>',
                         images.html, flags=re.S)
    images.facts = {}
    pages["tables_as_images"] = images
    pages["label_dialect"] = _dialect(t2021_page(
        "http://www.jiashan.gov.cn/art/2022/1/24/art_7_2.html", "嘉善县住房和城乡建设局2021年政府信息公开工作年度报告",
        seed=33, meta=t2021_meta("嘉善县住房和城乡建设局", "department")))
    blank = t2021_page(
        "http://www.jiande.gov.cn/art/2022/1/6/art_1_1.html", "建德市大同镇2021年政府信息公开工作年度报告",
        seed=34, show=lambda key, _v: "" if key.startswith("apply.") else "0",
        meta=t2021_meta("建德市大同镇", "township"))
    blank.facts = {k: 0 for k in blank.facts if not k.startswith("apply.")}  # all-blank table: not reported (2.7)
    pages["township_all_blank_section3"] = blank
    pages["money_units_in_cells_flat_s4_header"] = t2021_page(
        "http://www.pinghu.gov.cn/art/2022/1/27/art_2_6.html", "平湖市发展和改革局2021年政府信息公开工作年度报告",
        seed=35, flat_s4=True, show=lambda k, v: f"{v:g}万元" if k == "active.admin_fee.amount" else f"{v:g}",
        meta=t2021_meta("平湖市发展和改革局", "department"))
    pages["chinese_digit_year_title"] = t2021_page(
        "http://www.tiantai.gov.cn/art/2022/1/29/art_1_5.html", "天台县应急管理局二〇二一年度政府信息公开工作年度报告",
        seed=36, meta=t2021_meta("天台县应急管理局", "department"))
    bare_heading = t2021_page(
        "http://www.sanmen.gov.cn/art/2022/1/29/art_1_6.html", "2021年政府信息公开工作年度报告",
        seed=37, head_title="三门县文化和广电旅游体育局2021年政府信息公开工作年度报告_三门县人民政府门户网站",
        meta=t2021_meta("三门县文化和广电旅游体育局", "department"))
    pages["heading_without_agency"] = bare_heading
    cn_period = t2021_page(
        "http://www.anji.gov.cn/art/2022/2/8/art_5_7.html", "安吉县林业局2022年政府信息公开工作年度报告",
        seed=38, meta=t2021_meta("安吉县林业局", "department", year_source="period"))
    cn_period.html = cn_period.html.replace("统计期限自2021年1月1日起至2021年12月31日止",
                                            "统计期限自二〇二一年一月一日起至二〇二一年十二月三十一日止")
    pages["chinese_digit_period_differs_from_title"] = cn_period
    pages["t2019_jilin_published_total_line"] = t2019_page(
        "http://zwgk.changchun.gov.cn/lhs/zfxxgknb/202104/t20210402_2787.html", "长春市绿园区2020年政府信息公开工作年度报告",
        seed=41, hubei=False, year=2020, jilin_total=1523,
        meta={"year": 2020, "template": "t2019", "agency": "长春市绿园区", "agency_type": "gov_region",
              "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False})
    related = t2021_page(
        "http://www.jiangshan.gov.cn/art/2022/1/22/art_1229_125.html", "江山市卫生健康局2021年政府信息公开工作年度报告",
        seed=42, meta=t2021_meta("江山市卫生健康局", "department"))
    links = "".join(f'<li><a href="/art/{y + 1}/1/20/art_{y}.html">江山市卫生健康局{y}年政府信息公开工作年度报告</a>'
                    f"<span>{y + 1}-01-20</span></li>" for y in (2020, 2019, 2018))
    related.html = related.html.replace(
        '</div></div></div>\n<div class="footer">',
        f'</div></div><div class="xgwz"><h3>相关文章</h3><ul>{links}</ul></div></div>\n<div class="footer">')
    pages["related_reports_under_the_article"] = related
    pages["e2014_markers_in_number_column"] = e2014_page(
        "http://www.huoqiu.gov.cn/xxgk/nb/201803/t20180301_2.html", "霍邱县人民政府2017年政府信息公开工作年度报告",
        seed=43, five_columns=False, numbered=True,
        meta={"year": 2016, "template": "e2014", "agency": "霍邱县人民政府", "agency_type": "gov_self",
              "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False})
    captions = t2021_page(
        "http://www.kaihua.gov.cn/art/2022/1/19/art_2_3.html", "开化县人力资源和社会保障局2021年政府信息公开工作年度报告",
        seed=44, split2=True, meta=t2021_meta("开化县人力资源和社会保障局", "department"))
    captions.html = re.sub(  # each 第二十条 caption as a bold paragraph above its table; local header wording
        r"<table[^>]*>\n<tr[^>]*>(<td[^>]*colspan=4[^>]*>.*?</td>)</tr>\n",
        lambda m: f"<p class=MsoNormal><b>{re.sub('<[^>]+>', '', m.group(1))}</b></p>"
                  "<table class=MsoNormalTable border=1>\n", captions.html)
    captions.html = captions.html.replace("本年制发件数", "本年新制发件数").replace("现行有效件数", "现行有效<br>件数")
    pages["section2_captions_outside_tables"] = captions
    unmerged2019 = t2019_page(
        "http://www.lianhu.gov.cn/xxgk/nb/202101/t20210120_4.html", "莲湖区残疾人联合会2020年政府信息公开工作年度报告",
        seed=45, hubei=False, year=2020,
        meta={"year": 2020, "template": "t2019", "agency": "莲湖区残疾人联合会", "agency_type": "other",
              "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False})
    unmerged2019.html = re.sub(  # no colspan: a value cell and an empty cell; money printed with its unit
        r"<td width=80 valign=top colspan=2 (style=[^>]*>)(.*?)</td>",
        lambda m: f"<td width=40 valign=top {m.group(1)}{m.group(2)}</td><td width=40 valign=top {m.group(1)}"
                  "<p class=MsoNormal><o:p>&nbsp;</o:p></p></td>", unmerged2019.html).replace(">386.5<", ">386.5万元<")
    pages["t2019_unmerged_cells_money_unit"] = unmerged2019
    pages["e2014_header_spanning_label_columns"] = e2014_page(
        "http://www.shulan.gov.cn/xxgk/nb/201703/t20170301_6.html", "舒兰市水利局2016年政府信息公开工作年度报告",
        seed=46, five_columns=False, grouped="spanning",
        meta={"year": 2016, "template": "e2014", "agency": "舒兰市水利局", "agency_type": "department",
              "edition": None, "script": "simplified", "is_mirror": False, "tables_missing": False})
    pages["excel_pasted_tables"] = t2021_page(
        "http://www.yongkang.gov.cn/art/2022/1/21/art_4_2.html", "永康市税务局2021年政府信息公开工作年度报告",
        seed=40, td=excel_td, split2=True, meta=t2021_meta("永康市税务局", "department"))
    mismatch = t2021_page(
        "http://www.deqing.gov.cn/art/2022/1/17/art_2_8.html", "德清县人民政府2021年政府信息公开工作年度报告",
        seed=22, meta=t2021_meta("德清县人民政府", "gov_self"))
    mismatch.headers = {"content-type": "text/html; charset=ISO-8859-1"}
    pages["header_latin1_meta_utf8"] = mismatch
    return pages


def dashes(key: str, value: float) -> str:
    """Zero printed as the dash forms seen in real tables."""
    if value:
        return f"<b>{value:g}</b>" if key.endswith(".total") else f"{value:g}"
    return {"business": "-", "research": "－", "nonprofit": "——", "legal_service": "0"}.get(key.rsplit(".", 1)[1], "0")


def with_unit(key: str, value: float) -> str:
    """e2014 counts printed with their unit inside the value cell; money with two decimals."""
    if key in ("fee.request_fees", "org.budget"):
        return f"{value:.2f}"
    unit = next(u for k, _, u in E2014_ROWS if k == key)
    return f"{value:g}{unit}"


def _label_variants(page: Page) -> Page:
    """Row numbers written 1、 instead of 1., straight quotes, category labels in bold."""
    html = re.sub(r"(>)(\d)\.(?=[\u4e00-\u9fff])", r"\1\2、", page.html)
    html = html.replace("“三安全一稳定”", '"三安全一稳定"')
    for label in ("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"):
        html = html.replace(label, f"<b>{label}</b>")
    page.html = html
    return page


def _split_section3(page: Page) -> Page:
    """Section 三 broken over two tables at a page break (PDF→HTML, Word): the second part has no header."""
    start = page.html.index("（四）无法提供")
    row_start = page.html.rindex("<tr", 0, start)
    page.html = (page.html[:row_start] + "</table>\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
                 "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>" + page.html[row_start:])
    return page


def _markup_quirks(page: Page) -> Page:
    """Narrow header columns printed one character per line, <th> header cells, <thead>/<tbody>/<colgroup>,
    a trailing empty layout column in every row, and span attributes written sloppily (colspan="7 ")."""
    html = page.html
    for word in ("自然人", "总计", "商业<br>企业", "科研<br>机构", "社会公益<br>组织", "法律服务<br>机构"):
        html = html.replace(f">{word}<", ">" + "<br>".join(word.replace("<br>", "")) + "<")
    html = html.replace("colspan=7", 'colspan="7 "')
    html = html.replace("</tr>", "<td style='border:none'>&nbsp;</td></tr>")
    html = html.replace("申请人情况</span>", "申请人情况</span>").replace(
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600 "
        "style='width:450.0pt;border-collapse:collapse;mso-yfti-tbllook:1184'>\n",
        "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=600>\n"
        "<colgroup><col width=40><col width=40></colgroup><tbody>\n").replace("</table>", "</tbody></table>")
    html = re.sub(r"<td([^>]*)>(<p class=MsoNormal[^>]*><span[^>]*>(?:申请人情况|行政复议|行政诉讼))", r"<th\1>\2",
                  html)
    html = re.sub(r"(<th[^>]*>.*?)</td>", r"\1</th>", html)
    page.html = html
    return page


def _pinyin(page: Page) -> Page:
    """Pinyin glosses in brackets after some characters of the title, the prose and the table labels."""
    html = page.html
    for word, glossed in (("年度報告", "年度報(bào)告"), ("總體情況", "總(zǒng)體情況"), ("予以公開", "予(yǔ)以公開"),
                          ("重複申請", "重(chóng)複申請"), ("行政強制", "行政強(qiáng)制")):
        html = html.replace(word, glossed)
    page.html = html
    return page


def _dialect(page: Page) -> Page:
    """Local wording of the section-三 labels: short 其他处理 rows, 合计 for 总计, 其他组织, unnumbered rows."""
    html = page.html
    for printed, local in (("、行政机关不再处理其政府信息公开申请", ""), ("（七）总计", "（七）合计"),
                           ("社会公益<br>组织", "公益<br>组织"), (">其他<span", ">其他组织<span"),
                           (">一、本年新收政府信息公开申请数量<", ">本年新收政府信息公开申请数量<"),
                           ("确认或重新出具已获取信息", "确认或重新出具已获取的信息")):
        assert printed in html, printed
        html = html.replace(printed, local)
    page.html = html
    return page


def _raw_word(page: Page) -> Page:
    """The .htm Word saved, uploaded as the report page: no CMS frame, <title> is the file name, the section
    numbers 一、二、… are Word list numbering inside <![if !supportLists]> blocks, an XML island in the head."""
    fragment = page.html.split("<div class=WordSection1 style='layout-grid:15.6pt'>", 1)[1].rsplit(
        "</div></div></div>", 1)[0]
    for number in "一二三四五六":
        fragment = re.sub(
            rf"(<span style='font-size:16.0pt;font-family:仿宋_GB2312'>){number}、",
            rf"<![if !supportLists]><span style='font-family:黑体'>{number}、<span style='font:7.0pt \"Times New "
            rf"Roman\"'>&nbsp;&nbsp; </span></span><![endif]>\1", fragment)
    page.html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                 "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
                 "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
                 "<meta name=Generator content=\"Microsoft Word 15\"><title>Microsoft Word - 附件1.docx</title>"
                 "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Administrator</o:Author>"
                 "<o:Pages>6</o:Pages></o:DocumentProperties></xml><![endif]-->"
                 "<style><!-- p.MsoNormal {mso-style-parent:\"\";} --></style></head>\n"
                 "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>"
                 f"<div class=WordSection1 style='layout-grid:15.6pt'>{fragment}</div></body></html>")
    return page


def _word_quirks(page: Page) -> Page:
    """Word's line wrapping inside long labels, its ghost row of column widths, and a CMS layout table."""
    html = page.html
    for long_text, wrapped in (("政府信息公开申请数量", "政府信息公开申\r\n请数量"),
                               ("只计这一情形，不计其他情形", "只计这一情形，\r\n不计其他情形"),
                               ("行政机关不再处理其政府信息公开申请", "行政机关不再处理其政府信\r\n息公开申请"),
                               ("本年处理决定数量", "本年处理决定\r\n数量")):
        html = html.replace(long_text, wrapped)
    ghost = ("<![if !supportMisalignedColumns]><tr height=0>" + "<td width=40 style='border:none'></td>" * 10
             + "</tr><![endif]></table>")
    html = html.replace("</table>", ghost)
    html = html.replace("<div class=\"TRS_Editor\">", "<table width=\"100%\" border=0><tr><td class=\"bt_content\">"
                        "<div class=\"TRS_Editor\">").replace("</div></div></div>", "</div></div></td></tr></table></div>")
    page.html = html
    return page


def _mirror(page: Page) -> Page:
    """A spam copy on a non-government host: traditional script, gambling keywords in title and footer."""
    converter = opencc.OpenCC("s2t")
    html = page.html.replace("<title>瑞安市人民政府2021年政府信息公开工作年度报告</title>",
                             "<title>瑞安市人民政府2021年政府信息公开工作年度报告-澳门金沙城中心_欧洲杯足球网</title>")
    html = html.replace("主办单位：人民政府办公室", "澳门金沙城中心 欧洲杯足球网 版权所有")
    page.html = converter.convert(html)
    return page


def _aggregator() -> Page:
    """A non-government site pasting two years of one agency's reports into one page; its title names 2020."""
    older = t2019_page("x", "雄县教育局2019年政府信息公开工作年度报告", seed=17, hubei=False, year=2019, meta={})
    own = t2019_page("x", "雄县教育局2020年政府信息公开工作年度报告", seed=18, hubei=False, year=2020, meta={})

    def content(page: Page) -> str:
        return page.html.split("<div class=WordSection1 style='layout-grid:15.6pt'>", 1)[1].split("</div></div>")[0]

    html = word_page("雄县教育局2020年政府信息公开工作年度报告", [], heading=False)
    html = html.replace("<div class=WordSection1 style='layout-grid:15.6pt'>",
                        "<div class=WordSection1>" + content(older) + "<p>相关文章</p>" + content(own), 1)
    meta = {"year": 2020, "template": "t2019", "agency": "雄县教育局", "agency_type": "department", "edition": None,
            "script": "simplified", "is_mirror": True, "tables_missing": False}
    return Page("http://www.zhengwugongkai-huizong.com/nianbao/2020/xiongxian-jiaoyu.html", html, own.facts, meta)


def _parse(page: Page) -> Report:
    bodies = [html.encode(page.encoding) for html in (page.html, *page.more_pages)]
    urls = [page.url, *(page.url.replace(".html", f"_{n}.html") for n in range(1, len(bodies)))]
    return parse_report([Fetched(url=u, body=b, headers=page.headers) for u, b in zip(urls, bodies, strict=True)])


def _two_pages(page: Page) -> Page:
    """A CMS that paginates long articles: section 四 onwards on page 2, a pager under each part."""
    title = page.html.split("<title>", 1)[1].split("</title>", 1)[0]
    head, rest = page.html.split("<div class=WordSection1 style='layout-grid:15.6pt'>", 1)
    content, tail = rest.rsplit("</div></div></div>", 1)
    cut = content.index("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>"
                        "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>四、")
    def part(text: str, prev: str, following: str) -> str:
        pager = (f"<div class=\"page\">共2页&nbsp;<a href=\"{prev}\">上一页</a> <a href=\"art_1.html\">1</a> "
                 f"<a href=\"art_1_1.html\">2</a> <a href=\"{following}\">下一页</a></div>")
        return head + f"<div class=WordSection1 style='layout-grid:15.6pt'>{text}</div></div>{pager}</div>" + tail

    page.html = part(content[:cut], "#", "art_1_1.html")
    second = part(content[cut:], "art_1.html", "#")
    page.more_pages = [second.replace(f"<title>{title}</title>", f"<title>{title}(2)</title>")]
    return page


def _assert_table_facts(report: Report, expected: dict[str, float], optional: frozenset[str] = frozenset()) -> None:
    table: dict[str, set[float]] = {}
    for fact in report.facts:
        if fact.source == "table":
            table.setdefault(fact.key, set()).add(round(fact.value, 6) if fact.value is not None else None)
    missing = {k: (v, table.get(k)) for k, v in expected.items()
               if k not in optional and table.get(k) != {round(v, 6)}}
    extra = {k: vals for k, vals in table.items()
             if k not in expected or vals != {round(expected[k], 6)}}
    assert not missing, f"missing or wrong: {missing}"
    assert not extra, f"extra: {extra}"


def _assert_meta(report: Report, meta: dict) -> None:
    actual = {name: getattr(report, name) for name in meta}
    assert actual == meta, report.errors


PAGES = _pages()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_metadata_and_every_table_cell(name: str) -> None:
    page = PAGES[name]
    report = _parse(page)
    _assert_meta(report, page.meta)
    _assert_table_facts(report, page.facts, page.optional)
    # the value dicts are consistent, so every printed-table rule passes
    assert [ch for ch in report.checks if not ch.passed and ch.rule[:2] in ("R1", "R3", "R6")] == []
    body = T2S.convert(report.body)
    assert "本报告中所列数据的统计期限" in body and "网站地图" not in body


def test_odd_cells_keep_their_flags() -> None:
    report = _parse(PAGES["word_t2021_odd_cells"])
    by_key = {f.key: f for f in report.facts if f.source == "table"}
    natural = [f for k, f in by_key.items() if k.endswith(".natural_person") and f.value]
    assert natural and all(f.unit == "件" for f in natural)
    flags = {by_key[k].value_flag for k, v in PAGES["word_t2021_odd_cells"].facts.items()
             if v == 0 and k.endswith(".research")}
    assert flags == {"slash"}
    assert {by_key[k].value_flag for k, v in PAGES["word_t2021_odd_cells"].facts.items()
            if v == 0 and k.endswith(".business")} == {"blank"}


def test_section3_has_every_column() -> None:
    report = _parse(PAGES["word_t2021_standard"])
    keys = {f.key for f in report.facts if f.source == "table" and f.key.startswith("apply.")}
    assert len(keys) == 175 and {k.rsplit(".", 1)[1] for k in keys} == set(COLUMNS)


def test_pinyin_mirror_of_an_e2014_report_keeps_prose_and_table_facts() -> None:
    page = e2014_page(
        "http://www.eshutan.com/wenzhang/2017/0311/88.html", "富阳区国土资源局2016年政府信息公开工作年度报告",
        seed=39, five_columns=False, meta={})
    received = int(page.facts["apply.received.total"])
    prose = (f"全年共收到政府信息公开申请{received}件，已全部办结。")
    page.html = page.html.replace("严格按照规定办理各类申请。", prose)
    _pinyin(_mirror(page))
    page.html = page.html.replace("申請", "申(shēn)請").replace("政府信息公開工作年度報告", "政府信息公開工作年度報(bào)告")
    report = _parse(page)
    _assert_meta(report, {"year": 2016, "template": "e2014", "agency": "富阳区国土资源局", "agency_type": "department",
                          "script": "traditional", "is_mirror": True, "tables_missing": False})
    _assert_table_facts(report, page.facts)
    text = {f.key: f.value for f in report.facts if f.source == "text"}
    assert text.get("apply.received.total") == received


@pytest.mark.parametrize(("agency", "expected"), [
    ("长春市绿园区", "gov_region"), ("秦皇岛市海港区", "gov_region"), ("东港区人民政府", "gov_self"),
    ("清远市清新区", "gov_region"), ("沈北新区", "gov_region"), ("浦东新区人民政府", "gov_self"),
    ("苏州工业园区", "zone"), ("两江新区", "zone"), ("蒲纺工业园区", "zone"), ("河源市高新区", "zone"),
])
def test_districts_whose_names_end_in_a_zone_word_are_governments(agency: str, expected: str) -> None:
    assert agency_type(agency) == expected
