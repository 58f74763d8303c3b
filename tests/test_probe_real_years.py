"""Black-box probe (pr_yr): reporting year, year_source and template era of real-looking reports.

Spec section 0: year from the 统计期限 sentence first, then the title, then the page date (publication is usually
X+1); eras e2008 (2008-2013), e2014 (2014-2018, national 统计表), t2019 (2019 format), t2021 (2021 format), where the
printed statistics form decides the era. Cases reproduce phrasing patterns of real portal pages in our own words.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

# ---------------------------------------------------------------- page chrome


def _page(title: str, paras: list[str], *, date: str, agency: str = "县统计局", tables: str = "",
          heading: str | None = None, index_no: str = "11330000MB0000000X/2021-00012") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    h1 = title if heading is None else heading
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}_政府信息公开年报_县人民政府门户网站</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a> | 无障碍浏览</div>
<div class="nav"><ul><li>机构概况</li><li>政策文件</li><li>政府信息公开年报</li><li>公开指南</li></ul></div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
<table class="meta">
<tr><td>索引号：</td><td>{index_no}</td><td>发布机构：</td><td>{agency}</td></tr>
<tr><td>发布日期：</td><td>{date}</td><td>主题分类：</td><td>政府信息公开年报</td></tr>
</table>
<h1 class="title">{h1}</h1>
<div class="content" id="zoom">
{body}
{tables}
</div>
<div class="share">【打印本页】【关闭窗口】</div>
<div class="footer">主办：县人民政府办公室 | 网站标识码：3307240001 | ICP备05012345号</div>
</body></html>"""


def _run(html: str, url: str, encoding: str = "utf-8"):
    headers = {"content-type": f"text/html; charset={encoding}"}
    return parse_report([Fetched(url, html.encode(encoding), headers)])


# ---------------------------------------------------------------- statistics forms


def _tbl(rows: list[list[str]]) -> str:
    out = ["<table border='1'>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _sec3(grid2021: bool) -> str:
    head = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", "", "", "", "", "", ""],
            ["", "自然人", "法人或其他组织", "", "", "", "", "总计"],
            ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
    z = ["0"] * 7
    rows = [["一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "0", "4"],
            ["二、上年结转政府信息公开申请数量", *z],
            ["三、本年度办理结果 （一）予以公开", "2", "1", "0", "0", "0", "0", "3"],
            ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", *z],
            ["（三）不予公开 1.属于国家秘密", *z], ["2.其他法律行政法规禁止公开", *z],
            ["3.危及“三安全一稳定”", *z], ["4.保护第三方合法权益", *z], ["5.属于三类内部事务信息", *z],
            ["6.属于四类过程性信息", *z], ["7.属于行政执法案卷", *z], ["8.属于行政查询事项", *z],
            ["（四）无法提供 1.本机关不掌握相关政府信息", "1", "0", "0", "0", "0", "0", "1"],
            ["2.没有现成信息需要另行制作", *z], ["3.补正后申请内容仍不明确", *z],
            ["（五）不予处理 1.信访举报投诉类申请", *z], ["2.重复申请", *z], ["3.要求提供公开出版物", *z],
            ["4.无正当理由大量反复申请", *z], ["5.要求行政机关确认或重新出具已获取信息", *z]]
    if grid2021:
        rows += [["（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", *z],
                 ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", *z],
                 ["3.其他", *z]]
    else:
        rows += [["（六）其他处理", *z]]
    rows += [["（七）总计", "3", "1", "0", "0", "0", "0", "4"], ["四、结转下年度继续办理", *z]]
    return _tbl(head + rows)


def _sec4() -> str:
    return _tbl([["行政复议", "", "", "", "", "行政诉讼"] + [""] * 9,
                 ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "",
                  "复议后起诉", "", "", "", ""],
                 ["", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                  "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                 ["0"] * 15])


def grid2019() -> str:
    s2 = "".join([
        _tbl([["第二十条第（一）项", "", "", ""], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
              ["规章", "0", "0", "0"], ["规范性文件", "2", "2", "15"]]),
        _tbl([["第二十条第（五）项", "", "", ""], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
              ["行政许可", "6", "0", "40"], ["其他对外管理服务事项", "0", "0", "0"]]),
        _tbl([["第二十条第（六）项", "", "", ""], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
              ["行政处罚", "12", "+1", "9"], ["行政强制", "0", "0", "0"]]),
        _tbl([["第二十条第（八）项", "", ""], ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费", "1", "0"]]),
        _tbl([["第二十条第（九）项", "", ""], ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购", "3", "21.5"]]),
    ])
    return ("<p>二、主动公开政府信息情况</p>" + s2 + "<p>三、收到和处理政府信息公开申请情况</p>" + _sec3(False)
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + _sec4())


def grid2021() -> str:
    s2 = "".join([
        _tbl([["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
              ["规章", "0", "0", "0"], ["行政规范性文件", "2", "1", "11"]]),
        _tbl([["第二十条第（五）项", ""], ["信息内容", "本年处理决定数量"], ["行政许可", "37"]]),
        _tbl([["第二十条第（六）项", ""], ["信息内容", "本年处理决定数量"], ["行政处罚", "8"], ["行政强制", "0"]]),
        _tbl([["第二十条第（八）项", ""], ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费", "0"]]),
    ])
    return ("<p>二、主动公开政府信息情况</p>" + s2 + "<p>三、收到和处理政府信息公开申请情况</p>" + _sec3(True)
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + _sec4())


def form2014() -> str:
    rows = [["统计指标", "单位", "统计数"], ["一、主动公开情况", "—", "—"],
            ["（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "215"],
            ["其中：主动公开规范性文件数", "条", "3"], ["1.政府公报公开政府信息数", "条", "0"],
            ["2.政府网站公开政府信息数", "条", "215"], ["三、依申请公开情况", "—", "—"],
            ["（一）收到申请数", "件", "2"], ["1.当面申请数", "件", "1"], ["3.网络申请数", "件", "1"],
            ["（二）申请办结数", "件", "2"], ["四、行政复议数量", "件", "0"], ["五、行政诉讼数量", "件", "0"],
            ["六、举报投诉数量", "件", "0"], ["七、依申请公开信息收取的费用", "万元", "0"]]
    return "<p>附表：政府信息公开情况统计表</p><p>填报单位（盖章）：县统计局</p>" + _tbl(rows)


def period(y: int, style: int = 0) -> str:
    forms = [
        f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。",
        f"报告所列数据统计期限为{y}年1月1日起至{y}年12月31日止。",
        f"本年报中所列数据的统计期限从{y}年1月1日起至{y}年12月31日止。",
        f"本报告所列数据的统计期限为{y}年1月1日至{y}年12月31日。",
        f"报告所列数据的统计期限自{y}年1月1日起至12月31日止。",
    ]
    return forms[style]


def intro(y_text: str = "本年度") -> str:
    return (f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，编制{y_text}政府信息公开工作年度报告。"
            "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分。")


CONTACT = "如对本报告有疑问，请与本局办公室联系（电话：0578-1234567）。"
OLD_ITEMS = ["一、概述", "本局成立政府信息公开工作领导小组，配备兼职工作人员2名。",
             "二、主动公开政府信息的情况", "全年主动公开政府信息120条，其中规范性文件2件。",
             "三、依申请公开政府信息和不予公开政府信息的情况", "全年未收到政府信息公开申请。",
             "四、政府信息公开的收费及减免情况", "未收取任何费用。",
             "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "未发生行政复议和行政诉讼。",
             "六、政府信息公开工作存在的主要问题及改进情况", "公开内容有待深化。"]
NEW_HEAD = ["一、总体情况", "（一）主动公开。坚持以公开为常态、不公开为例外，及时发布各类信息。",
            "（二）依申请公开。明确专人办理申请，按时答复。", "（三）政府信息管理。严格执行保密审查。",
            "（四）政府信息公开平台建设。规范门户网站专栏。", "（五）监督保障。将政务公开纳入年度考核。"]
NEW_TAIL = ["五、存在的主要问题及改进情况", "信息更新不够及时，下一步加强培训。",
            "六、其他需要报告的事项", "本年度未收取信息处理费。"]


# ---------------------------------------------------------------- cases
# (title, paras, date, tables, url, expected year, year_source, template, encoding)

U = "http://www.example-county.gov.cn/art/"
CASES = [
    # --- 统计期限 sentence, published January-March of the next year
    pytest.param("县统计局2020年政府信息公开工作年度报告", [intro(), period(2020), CONTACT, *NEW_HEAD], "2021-01-28",
                 grid2019(), U + "2021/1/28/art_1.html", 2020, "period", "t2019", "utf-8", id="period-2020-pub-jan"),
    pytest.param("县统计局2021年政府信息公开工作年度报告", [intro(), period(2021, 1), CONTACT, *NEW_HEAD], "2022-03-30",
                 grid2021(), U + "2022/3/30/art_2.html", 2021, "period", "t2021", "utf-8", id="period-2021-pub-mar"),
    pytest.param("政府信息公开工作年度报告", [intro(), period(2021, 2), CONTACT, *NEW_HEAD], "2022-01-24",
                 grid2021(), U + "2022/1/24/art_3.html", 2021, "period", "t2021", "utf-8", id="period-title-no-year"),
    pytest.param("县市场监管局政府信息公开年报", [intro(), period(2019, 3), *NEW_HEAD], "2024-06-11",
                 grid2019(), U + "2024/6/11/art_4.html", 2019, "period", "t2019", "utf-8",
                 id="period-no-title-year-update-date-2024"),
    pytest.param("县统计局2017年政府信息公开工作年度报告", [intro(), period(2017, 4), CONTACT, *OLD_ITEMS], "2018-02-28",
                 form2014(), U + "2018/2/28/art_5.html", 2017, "period", "e2014", "utf-8",
                 id="period-end-without-year-2017"),
    pytest.param("县公积金中心政府信息公开工作年度报告",
                 [intro(), "本报告所列数据为2020年1月1日至2020年12月31日。", *NEW_HEAD], "2023-05-10",
                 grid2019(), U + "2023/5/10/art_6.html", 2020, "period", "t2019", "utf-8",
                 id="period-without-word-qixian"),
    pytest.param("县信访局政府信息公开工作年度报告",
                 [intro(), "本报告所列数据的统计期限自二〇二一年一月一日起至二〇二一年十二月三十一日止。", *NEW_HEAD],
                 "2023-09-01", grid2021(), U + "2023/9/1/art_7.html", 2021, "period", "t2021", "utf-8",
                 id="period-chinese-numerals"),
    pytest.param("县统计局2020年政府信息公开工作年度报告",
                 [intro(), "本年度報告中所列數據的統計期限自2020年1月1日起至2020年12月31日止。", *NEW_HEAD],
                 "2021-02-03", grid2019(), U + "2021/2/3/art_8.html", 2020, "period", "t2019", "utf-8",
                 id="period-traditional-chars"),
    # --- 统计期限 names the wrong year (copied from last year's report): the spec's order puts the period first
    pytest.param("县住建局2021年政府信息公开工作年度报告", [intro(), period(2020), CONTACT, *NEW_HEAD], "2022-01-20",
                 grid2021(), U + "2022/1/20/art_9.html", 2020, "period", "t2021", "utf-8",
                 id="period-stale-copy-beats-title"),
    # --- title only
    pytest.param("县交通运输局2021年政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2022-01-18", grid2021(),
                 U + "2022/1/18/art_10.html", 2021, "title", "t2021", "utf-8", id="title-2021-no-period"),
    pytest.param("县水利局2020年度政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2021-01-29", grid2019(),
                 U + "2021/1/29/art_11.html", 2020, "title", "t2019", "utf-8", id="title-niandu-2020"),
    pytest.param("信访局2021年度政府信息公开工作报告", [intro(), *NEW_HEAD], "2022-02-11", grid2021(),
                 U + "2022/2/11/art_12.html", 2021, "title", "t2021", "utf-8", id="title-niandu-gongzuo-baogao"),
    pytest.param("县民政局二〇二一年政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2022-01-26", grid2021(),
                 U + "2022/1/26/art_13.html", 2021, "title", "t2021", "utf-8", id="title-chinese-numerals-2021"),
    pytest.param("县民政局二〇二〇年度政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2021-03-02", grid2019(),
                 U + "2021/3/2/art_14.html", 2020, "title", "t2019", "utf-8", id="title-chinese-numerals-2020-niandu"),
    pytest.param("2019年县农业农村局政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2020-01-15", grid2019(),
                 U + "2020/1/15/art_15.html", 2019, "title", "t2019", "utf-8", id="title-year-first-2019"),
    pytest.param("2009上海市某区政府信息公开工作年度报告", [intro(), *OLD_ITEMS], "2010-03-29", "",
                 U + "2010/3/29/art_16.html", 2009, "title", "e2008", "utf-8", id="title-year-first-no-nian-2009"),
    pytest.param("县统计局2010年政府信息公开工作年度报告", [intro(), *OLD_ITEMS], "2010-01-27", "",
                 U + "2010/1/27/art_17.html", 2010, "title", "e2008", "utf-8", id="title-beats-impossible-page-date"),
    pytest.param("北京市某局2008年度政府信息公开年度报告",
                 ["本报告是根据《条例》要求，由本局编制的2008年度政府信息公开年度报告。", *OLD_ITEMS], "2020-01-03", "",
                 U + "2020/1/3/art_18.html", 2008, "title", "e2008", "utf-8", id="title-2008-page-date-2020-update"),
    pytest.param("林业局2008年政府信息公开年度报告", ["现将我单位2008年度政府信息公开工作情况报告如下：", *OLD_ITEMS],
                 "2009-02-27 15:19:45", "", U + "2009/2/27/art_19.html", 2008, "title", "e2008", "utf-8",
                 id="title-2008-first-year"),
    pytest.param("县委统战部2016年政务信息公开年度报告", [intro(), *OLD_ITEMS], "2017-03-15", form2014(),
                 U + "2017/3/15/art_20.html", 2016, "title", "e2014", "utf-8", id="title-zhengwu-2016"),
    pytest.param("风景名胜区管委会2018年度政府信息公开工作报告", [intro(), *OLD_ITEMS], "2019-01-30", form2014(),
                 U + "2019/1/30/art_21.html", 2018, "title", "e2014", "utf-8", id="title-zone-2018-niandu"),
    pytest.param("县人民政府2019年政府信息公开工作年度报告（图片版）", [intro(), *NEW_HEAD], "2020-03-20", grid2019(),
                 U + "2020/3/20/art_22.html", 2019, "title", "t2019", "utf-8", id="title-edition-suffix-2019"),
    # --- page date only (no period, no title year): page date minus one
    pytest.param("县卫健局政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2022-01-25", grid2021(),
                 U + "2022/1/25/art_23.html", 2021, "page_date", "t2021", "utf-8", id="pagedate-jan-2022"),
    pytest.param("乡人民政府政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2020年03月31日", grid2019(),
                 U + "2020/3/31/art_24.html", 2019, "page_date", "t2019", "utf-8", id="pagedate-chinese-format"),
    pytest.param("县教育局政府信息公开年度报告", [intro(), *OLD_ITEMS], "2015-02-10", form2014(),
                 U + "2015/2/10/art_25.html", 2014, "page_date", "e2014", "utf-8", id="pagedate-2015-e2014-form"),
    pytest.param("县司法局政府信息公开工作年度报告", [intro(), *OLD_ITEMS], "2009-03-20", "",
                 U + "2009/3/20/art_26.html", 2008, "page_date", "e2008", "utf-8", id="pagedate-2009-first-year"),
    # --- era boundaries
    pytest.param("县统计局2013年政府信息公开工作年度报告", [intro(), period(2013), *OLD_ITEMS], "2014-03-12", "",
                 U + "2014/3/12/art_27.html", 2013, "period", "e2008", "utf-8", id="era-2013-prose-e2008"),
    pytest.param("县统计局2014年政府信息公开工作年度报告", [intro(), period(2014), *OLD_ITEMS], "2015-03-12",
                 form2014(), U + "2015/3/12/art_28.html", 2014, "period", "e2014", "utf-8", id="era-2014-form"),
    pytest.param("县统计局2014年政府信息公开工作年度报告", [intro(), period(2014), *OLD_ITEMS], "2015-03-12", "",
                 U + "2015/3/12/art_29.html", 2014, "period", "e2014", "utf-8", id="era-2014-prose-only"),
    pytest.param("县统计局2018年政府信息公开工作年度报告", [intro(), period(2018), *OLD_ITEMS], "2019-01-31",
                 form2014(), U + "2019/1/31/art_30.html", 2018, "period", "e2014", "utf-8", id="era-2018-form"),
    pytest.param("县统计局2018年政府信息公开工作年度报告", [intro(), period(2018), *OLD_ITEMS], "2019-03-25", "",
                 U + "2019/3/25/art_31.html", 2018, "period", "e2014", "utf-8", id="era-2018-prose-only"),
    pytest.param("县统计局2019年政府信息公开工作年度报告", [intro(), period(2019), *NEW_HEAD], "2020-01-20",
                 grid2019(), U + "2020/1/20/art_32.html", 2019, "period", "t2019", "utf-8", id="era-2019-grid"),
    pytest.param("县统计局2019年政府信息公开工作年度报告", [intro(), period(2019), *NEW_HEAD, *NEW_TAIL],
                 "2020-01-20", "", U + "2020/1/20/art_33.html", 2019, "period", "t2019", "utf-8",
                 id="era-2019-no-tables"),
    pytest.param("县统计局2020年政府信息公开工作年度报告", [intro(), period(2020), *NEW_HEAD], "2021-01-20",
                 grid2019(), U + "2021/1/20/art_34.html", 2020, "period", "t2019", "utf-8", id="era-2020-grid"),
    pytest.param("县统计局2021年政府信息公开工作年度报告", [intro(), period(2021), *NEW_HEAD], "2022-01-20",
                 grid2021(), U + "2022/1/20/art_35.html", 2021, "period", "t2021", "utf-8", id="era-2021-grid"),
    pytest.param("县统计局2021年政府信息公开工作年度报告", [intro(), period(2021), *NEW_HEAD, *NEW_TAIL],
                 "2022-01-20", "", U + "2022/1/20/art_36.html", 2021, "period", "t2021", "utf-8",
                 id="era-2021-no-tables"),
    pytest.param("县统计局2024年政府信息公开工作年度报告", [intro(), period(2024), *NEW_HEAD], "2025-01-22",
                 grid2021(), U + "2025/1/22/art_37.html", 2024, "period", "t2021", "utf-8", id="era-2024-grid"),
    pytest.param("宿迁市某局2025年政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2026-01-21", grid2021(),
                 U + "2026/1/21/art_38.html", 2025, "title", "t2021", "utf-8", id="era-2025-grid"),
    # --- transitional reports: the printed form decides
    pytest.param("县统计局2019年政府信息公开工作年度报告", [intro(), period(2019), *OLD_ITEMS], "2020-02-20",
                 form2014(), U + "2020/2/20/art_39.html", 2019, "period", "e2014", "utf-8",
                 id="transit-2019-prints-e2014-form"),
    pytest.param("县统计局2020年政府信息公开工作年度报告", [intro(), period(2020), *NEW_HEAD], "2021-03-20",
                 grid2021(), U + "2021/3/20/art_40.html", 2020, "period", "t2021", "utf-8",
                 id="transit-2020-prints-2021-grid"),
    pytest.param("县统计局2021年政府信息公开工作年度报告", [intro(), period(2021), *NEW_HEAD], "2022-01-10",
                 grid2019(), U + "2022/1/10/art_41.html", 2021, "period", "t2019", "utf-8",
                 id="transit-2021-prints-2019-grid"),
    # --- distracting years in the text
    pytest.param("县发改局2021年政府信息公开工作年度报告",
                 ["依据《中华人民共和国政府信息公开条例》（国务院令第711号，2019年5月15日起施行）和"
                  "国办公开办函〔2021〕30号通知要求编制本报告。", *NEW_HEAD,
                  "对照《2020年政务公开工作要点》查漏补缺，2022年将继续加强平台建设。"],
                 "2022-01-14", grid2021(), U + "2022/1/14/art_42.html", 2021, "title", "t2021", "utf-8",
                 id="distract-regulation-years"),
    pytest.param("县发改局政府信息公开工作年度报告",
                 ["根据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2019〕60号要求编制。",
                  period(2020), *NEW_HEAD, "截至2021年3月，已整改完毕。"],
                 "2021-03-28", grid2019(), U + "2021/3/28/art_43.html", 2020, "period", "t2019", "utf-8",
                 id="distract-60hao-and-later-date"),
    pytest.param("镇人民政府2018年政府信息公开工作年度报告",
                 [intro(), "本镇自2008年5月1日起开展政府信息公开工作。", period(2018), *OLD_ITEMS], "2019-03-01", "",
                 U + "2019/3/1/art_44.html", 2018, "period", "e2014", "utf-8", id="distract-2008-start-date"),
    # --- encodings
    pytest.param("县统计局2020年政府信息公开工作年度报告", [intro(), period(2020), *NEW_HEAD], "2021-01-28",
                 grid2019(), U + "2021/1/28/art_45.html", 2020, "period", "t2019", "gbk", id="gbk-period-2020"),
    pytest.param("县统计局政府信息公开工作年度报告", [intro(), *NEW_HEAD], "2022-02-08", grid2021(),
                 U + "2022/2/8/art_46.html", 2021, "page_date", "t2021", "gb18030", id="gb18030-pagedate-2021"),
    # --- further real phrasings (统计时限, 从…到, hedged period, garbled period, split title with a date line)
    pytest.param("市人民政府2012年政府信息公开工作年度报告",
                 [intro(), "本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。", *OLD_ITEMS], "2013-01-25", "",
                 U + "2013/1/25/art_47.html", 2012, "period", "e2008", "utf-8", id="period-shixian-2012"),
    pytest.param("县统计局政府信息公开工作年度报告",
                 [intro(), "除特别说明的外，所列数据统计时限为2022年1月1日至2022年12月31日。", *NEW_HEAD], "2024-07-01",
                 grid2021(), U + "2024/7/1/art_48.html", 2022, "period", "t2021", "utf-8", id="period-hedged-2022"),
    pytest.param("市政府信息公开工作年度报告",
                 [intro(), "本年度报告中所列数据的统计期限从2012年1月1日到12月31日止。", *OLD_ITEMS], "2015-06-01", "",
                 U + "2015/6/1/art_49.html", 2012, "period", "e2008", "utf-8", id="period-cong-dao-2012"),
    pytest.param("2019年度政府信息公开年度报告",
                 ["县国资委", "2019年度政府信息公开年度报告", "（2020119日）",
                  "本年度报告中所列数据的统计期限自201911日起至20191231日止。", *NEW_HEAD], "2020-01-19 10:56",
                 grid2019(), U + "2020/1/19/art_50.html", 2019, "title", "t2019", "utf-8", id="period-garbled-title-wins"),
    pytest.param("市人民政府2016年政府信息公开工作年度报告",
                 ["市人民政府办公室", "2017年3月", "按照省政务公开办关于做好2016年度年度报告编制工作的通知要求，"
                  "本年度报告中使用数据统计期限为2016年1月1日至12月31日。", *OLD_ITEMS], "", form2014(),
                 U + "html/art_51.html", 2016, "period", "e2014", "utf-8", id="period-split-title-date-line-2016"),
]


@pytest.mark.parametrize(("title", "paras", "date", "tables", "url", "year", "source", "template", "enc"), CASES)
def test_year_source_template(title, paras, date, tables, url, year, source, template, enc):
    html = _page(title, paras, date=date, tables=tables).replace('charset="utf-8"', f'charset="{enc}"')
    rep = _run(html, url, enc)
    assert (rep.year, rep.year_source, rep.template) == (year, source, template)


PUB = [
    pytest.param("2021-01-28", "2021-01-28", id="pub-iso"),
    pytest.param("2022-02-11 09:08", "2022-02-11", id="pub-iso-time"),
    pytest.param("2020年03月31日", "2020-03-31", id="pub-chinese"),
    pytest.param("2019/1/30", "2019-01-30", id="pub-slash-unpadded"),
]


@pytest.mark.parametrize(("shown", "iso"), PUB)
def test_published_date(shown, iso):
    html = _page("县统计局2020年政府信息公开工作年度报告", [intro(), period(2020), *NEW_HEAD], date=shown,
                 tables=grid2019())
    rep = _run(html, U + "pub.html")
    assert rep.published == iso
    assert rep.year == 2020


def test_title_in_heading_only_year_from_heading():
    """The <title> is generic; the on-page heading carries the year (common CMS layout)."""
    html = _page("政府信息公开年报", [intro(), *NEW_HEAD], date="2021-03-30", tables=grid2019(),
                 heading="县商务局2020年政府信息公开工作年度报告")
    rep = _run(html, U + "2021/3/30/art_h.html")
    assert (rep.year, rep.year_source, rep.template) == (2020, "title", "t2019")


# ---------------------------------------------------------------- the report names its own year in its first sentence
# Real pages (CMS detail pages whose <title>/heading carry no year) open with "现将2020年政府信息公开工作报告如下" or
# "现公布区统计局2023年政府信息公开工作年度报告" and have no 统计期限 sentence. That sentence restates the report's title;
# a careful reader records that year, not None and not (update date - 1).

SELF_NAMED = [
    pytest.param(["现将2020年政府信息公开工作报告如下：", "一、总体情况", "2020年，区统计局加强统计监测服务。"],
                 "", grid2019(), 2020, id="selfname-no-date"),
    pytest.param(["现公布区审计局2023年政府信息公开工作年度报告。", *NEW_HEAD], "2025-04-02", grid2021(), 2023,
                 id="selfname-update-date-2025"),
    pytest.param(["现将本局2021年度政府信息公开工作情况报告如下。", *NEW_HEAD], "", grid2021(), 2021,
                 id="selfname-niandu-no-date"),
]


@pytest.mark.parametrize(("paras", "date", "tables", "year"), SELF_NAMED)
def test_year_from_self_naming_sentence(paras, date, tables, year):
    html = _page("区审计局政府信息公开工作年度报告", paras, date=date, tables=tables)
    rep = _run(html, "http://www.example-district.gov.cn/zfxxgk/zfxxgknb/bmxxgknb/1906985018193408001.html")
    assert rep.year == year


def test_mirror_report_mentioning_statistical_yearbook_keeps_era():
    """A traditional-script copy on a wiki host of a 2013 统计局 report that says it printed a 统计年鉴: still a report."""
    html = _page("關於2013年政府信息公開工作年度報告",
                 ["2013年，本局依規推進政府信息公開工作。", "編印2012年全市統計年鑑80本"], date="")
    rep = _run(html, "https://www.newton.com.tw/wiki/2013-report")
    assert (rep.year, rep.year_source, rep.template) == (2013, "title", "e2008")
