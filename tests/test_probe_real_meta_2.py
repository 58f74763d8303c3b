"""Black-box probe, second pass: METADATA of real annual reports (spec 0, 3.1–3.3; docs/schema.md).

Each page reproduces a publishing pattern seen in real portal pages (stored pages corpus), written in my own words
with other names and numbers: titles with the year at the end or given twice, 年报 / 政务公开 wording, agency
abbreviations, two-office reports, consolidated (全县/全市) versus 本级 reports, metadata blocks carrying several dates
(成文/发布/更新, 生成/公开), pipe-flattened metadata rows, reports re-posted years later, and look-alike documents.
Asserted: title, agency, agency_type, year/year_source, published, template, edition, script, and the
"look-alike document" error (spec 3.3).
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

NAV = "".join(f'<li><a href="/col/c{300 + i}/">{n}</a></li>' for i, n in enumerate(
    ["网站首页", "政务公开", "办事服务", "政民互动", "魅力家乡", "政府信息公开指南", "政府信息公开制度",
     "法定主动公开内容", "政府信息公开年报", "依申请公开"]))


def P(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def build(title: str, content: str, *, info: str = "", meta: str = "", site: str = "人民政府网",
          crumb: str = "首页 &gt; 政府信息公开 &gt; 政府信息公开年报", h1: str | None = None,
          charset: str = "utf-8") -> bytes:
    heading = h1 if h1 is not None else html.escape(title)
    doc = f"""<!DOCTYPE html><html><head><meta charset="{charset}">
<title>{html.escape(title)}-{site}</title></head>
<body><div class="header"><a href="/">{site}</a><span>繁体版</span><span>无障碍</span></div>
<ul class="menu">{NAV}</ul>
<div class="crumb">您当前的位置：{crumb}</div>
{meta}
<div class="detail"><h2 class="art-title">{heading}</h2>
{info}
<div class="art-content" id="zoom">{content}</div>
<div class="art-tools">【打印】【关闭】</div></div>
<div class="foot"><p>{site} 主办 版权所有</p><p>网站标识码：0000000000 备案号：00000000号</p></div>
</body></html>"""
    return doc.encode(charset)


def info(text: str) -> str:
    return f'<div class="art-info">{text}</div>'


def kv_meta(rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    return f'<table class="gk-info">{cells}</table>'


def per(y: int) -> str:
    return f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


T21 = P("一、总体情况", "（一）主动公开。全年在门户网站公开各类信息。", "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项") + """<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>4</td><td>0</td><td>11</td></tr></table>"""
T19 = P("一、总体情况", "（一）主动公开情况。全年通过网站公开信息。", "二、主动公开政府信息情况") + """<table border="1">
<tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>规范性文件</td><td>3</td><td>3</td><td>12</td></tr></table>"""
OLD = P("一、概述", "（一）加强组织领导。调整了信息公开工作领导小组。", "二、主动公开政府信息情况",
        "三、依申请公开政府信息情况", "四、政府信息公开的收费及减免情况", "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
        "六、存在的主要问题及改进措施")

CASES = [
    # ---------- titles: year at the end, year twice, brackets, abbreviations ----------
    pytest.param(
        "http://www.xhq.gov.cn/zwgk/xxgknb/202201/t20220126_3300101.html",
        build("西湖镇人民政府政府信息公开工作年度报告（2021年度）", P(per(2021)) + T21, info=info("发布时间：2022-01-26")),
        dict(title="西湖镇人民政府政府信息公开工作年度报告（2021年度）", agency="西湖镇人民政府", agency_type="township",
             year=2021, year_source="period", template="t2021", edition=None, published="2022-01-26", lookalike=False),
        id="title-year-at-end-in-brackets-not-edition"),
    pytest.param(
        "http://www.gsx.gov.cn/xxgk/nb/202101/t20210120_881.html",
        build("古山县交通运输局政府信息公开工作年度报告（2020年）", T19, info=info("发布时间：2021-01-20")),
        dict(agency="古山县交通运输局", agency_type="department", year=2020, year_source="title", template="t2019",
             edition=None),
        id="title-year-at-end-no-period-title-wins"),
    pytest.param(
        "http://www.lpx.gov.cn/xxgk/nb/2023/202301/t20230118_5512.html",
        build("临平县水利局2022年度政府信息公开工作年度报告", P(per(2022)) + T21, info=info("发布日期：2023-01-18")),
        dict(title="临平县水利局2022年度政府信息公开工作年度报告", agency="临平县水利局", agency_type="department",
             year=2022, year_source="period", template="t2021", lookalike=False),
        id="title-niandu-twice"),
    pytest.param(
        "http://www.jxs.gov.cn/zwgk/nb/202102/t20210201_7001.html",
        build("金溪市商务局关于2020年政府信息公开工作年度报告", T19, info=info("发布时间：2021-02-01")),
        dict(agency="金溪市商务局", agency_type="department", year=2020, year_source="title", template="t2019",
             lookalike=False),
        id="title-guanyu-inside-agency-stripped"),
    pytest.param(
        "http://www.hyq.gov.cn/xxgk/nb/202201/t20220121_3320.html",
        build("【2021年】河源县政府信息公开工作年度报告", P(
            "本报告由河源县人民政府办公室编制，汇总全县各乡镇、县直各部门政府信息公开工作情况。" + per(2021)) + T21),
        dict(agency="河源县", agency_type="gov_region", year=2021, year_source="period", template="t2021",
             lookalike=False),
        id="title-year-in-square-brackets-first"),
    pytest.param(
        "http://rsj.lzs.gov.cn/xxgk/ndbg/202201/t20220128_101.html",
        build("市人社局2021年政府信息公开工作年度报告", P(per(2021)) + T21, info=info("发布时间：2022-01-28 来源：市人社局")),
        dict(title="市人社局2021年政府信息公开工作年度报告", agency_type="department", year=2021, template="t2021"),
        id="abbrev-city-hr-bureau-department"),
    pytest.param(
        "http://www.fxx.gov.cn/xxgk/nb/202103/t20210325_2201.html",
        build("县府办2020年政府信息公开工作年度报告", T19, info=info("发布时间：2021-03-25 来源：县府办")),
        dict(agency_type="gov_office", year=2020, year_source="title", template="t2019", published="2021-03-25"),
        id="abbrev-xianfuban-gov-office"),
    pytest.param(
        "http://www.jzq.gov.cn/xxgk/nb/202001/t20200115_4401.html",
        build("区发改委2019年度政府信息公开工作年度报告", T19, info=info("发布时间：2020-01-15")),
        dict(agency_type="department", year=2019, template="t2019"),
        id="abbrev-district-fagaiwei-department"),
    pytest.param(
        "http://www.tlx.gov.cn/zwgk/nb/202301/t20230130_777.html",
        build("鐵嶺縣人民政府辦公室2022年度政府信息公開工作報告", P(
            "本報告中所列數據的統計時限為2022年1月1日至2022年12月31日。", "一、總體情況", "（一）主動公開情況",
            "二、主動公開政府信息情況", "三、收到和處理政府信息公開申請情況"), info=info("發布時間：2023-01-30")),
        dict(title="鐵嶺縣人民政府辦公室2022年度政府信息公開工作報告", agency_type="gov_office", year=2022, year_source="period", template="t2021", script="traditional",
             published="2023-01-30"),
        id="traditional-county-office-shixian"),
    pytest.param(
        "http://www.slx.gov.cn/xxgk/nb/202201/t20220125_9001.html",
        build("双流乡２０２１年政府信息公开工作年度报告", T21, info=info("发布时间：２０２２－０１－２５")),
        dict(agency_type="township", year=2021, year_source="title", template="t2021", published="2022-01-25"),
        id="fullwidth-digits-title-and-date"),
    pytest.param(
        "http://www.hsz.gov.cn/xxgk/nb/201003/t20100310_55.html",
        build("红山镇二〇〇九年度政府信息公开工作年度报告", OLD, info=info("发布时间：2010-03-10")),
        dict(agency="红山镇", agency_type="township", year=2009, year_source="title", template="e2008",
             published="2010-03-10"),
        id="chinese-numeral-year-in-title"),
    pytest.param(
        "http://www.qsx.gov.cn/xxgk/nb/202202/t20220210_1201.html",
        build("青山镇2021年政府信息公开年报", P(per(2021)) + T21, info=info("发布时间：2022-02-10")),
        dict(title="青山镇2021年政府信息公开年报", agency="青山镇", agency_type="township", year=2021,
             year_source="period", template="t2021", lookalike=False),
        id="title-nianbao-short-form"),
    pytest.param(
        "http://www.sl.gov.cn/xxgk/nb/201702/t20170215_31.html",
        build("舒城县市场监督管理局2016年政务信息公开年度报告", P(
            "本报告统计数据从2016年1月1日至2016年12月31日止。") + OLD, info=info("发布时间：2017-02-15")),
        dict(agency="舒城县市场监督管理局", agency_type="department", year=2016, year_source="period",
             template="e2014", lookalike=False),
        id="title-zhengwu-xinxi-gongkai"),
    pytest.param(
        "http://www.whx.gov.cn/zwgk/nb/201803/t20180320_3301.html",
        build("武华县2017年政务公开工作年度报告", P(
            "本年度报告依据《中华人民共和国政府信息公开条例》编制，汇总全县各乡镇和县直部门情况。" + per(2017)) + OLD,
            info=info("发布时间：2018-03-20")),
        dict(agency="武华县", agency_type="gov_region", year=2017, year_source="period", template="e2014",
             lookalike=False),
        id="title-zhengwu-gongkai-annual-report-is-report"),
    pytest.param(
        "http://www.ykx.gov.cn/xxgk/nb/202201/t20220120_61.html",
        build("营口县人民政府2021年度政府信息公开工作年度报告（全县）", P(
            "本报告汇总全县各乡镇人民政府、县政府各部门的政府信息公开工作情况编制。" + per(2021)) + T21),
        dict(agency_type="gov_region", edition=None, year=2021, template="t2021", lookalike=False),
        id="title-quanxian-scope-suffix-not-edition"),
    # ---------- 本级 vs 全县/全市 consolidated, two-office reports ----------
    pytest.param(
        "http://www.jaq.gov.cn/zwgk/zfxxgknb/201701/t20170112_1341.htm",
        build("福山市晋江区2016年政府信息公开工作年度报告", P(
            "本报告由福山市晋江区人民政府信息公开办根据《条例》要求编制，汇总全区各街道、区直部门情况。"
            "本报告统计数据从2016年1月1日至2016年12月31日止。") + OLD,
            info=info("来源：区人民政府办公室 时间：2017-01-12 10:01")),
        dict(title="福山市晋江区2016年政府信息公开工作年度报告", agency="福山市晋江区", agency_type="gov_region",
             year=2016, year_source="period", template="e2014", published="2017-01-12"),
        id="consolidated-district-source-before-time"),
    pytest.param(
        "http://www.yxx.gov.cn/xxgk/nb/202301/t20230131_101.html",
        build("云溪县本级2022年政府信息公开工作年度报告", P(per(2022)) + T21, info=info("时间：2023-01-31")),
        dict(agency_type="gov_self", year=2022, template="t2021", published="2023-01-31"),
        id="benji-county-report-gov-self"),
    pytest.param(
        "http://www.nhx.gov.cn/xxgk/nb/202301/t20230120_55.html",
        build("2022年南华县政府信息公开工作年度报告", P(
            "本报告综合全县各乡（镇）和各部门（单位）2022年政府信息公开工作情况编制。报告统计数据截止时间为2022年12月31日。")
            + T21),
        dict(agency="南华县", agency_type="gov_region", year=2022, template="t2021"),
        id="consolidated-year-first-county"),
    pytest.param(
        "http://www.szs.gov.cn/xxgk/nb/201703/t20170320_12.html",
        build("宿城市人民政府2016年政府信息公开工作年度报告", P(
            "宿城市人民政府2016年", "政府信息公开工作年度报告", "宿城市人民政府办公室", "2017年3月",
            "本报告综合各县、区人民政府和市政府各部门的政府信息公开工作报告编制而成。本年度报告中使用数据统计期限为2016年1月1日至12月31日。")
            + OLD, info=info("发布日期：2017-03-20")),
        dict(agency="宿城市人民政府", year=2016, year_source="period", template="e2014", published="2017-03-20"),
        id="city-government-signed-by-office-month-line"),
    pytest.param(
        "http://www.xqx.gov.cn/xxgk/nb/202102/t20210205_40.html",
        build("中共新桥县委办公室 新桥县人民政府办公室2020年政府信息公开工作年度报告", T19,
              info=info("发布时间：2021-02-05")),
        dict(year=2020, year_source="title", template="t2019", published="2021-02-05", lookalike=False),
        id="two-offices-joint-report"),
    pytest.param(
        "http://www.hbz.gov.cn/xxgk/nb/202201/t20220119_21.html",
        build("河北镇人民政府 河北镇党委2021年政府信息公开工作年度报告", P(per(2021)) + T21),
        dict(agency_type="township", year=2021, template="t2021"),
        id="township-government-and-party-committee"),
    # ---------- date lines with several dates ----------
    pytest.param(
        "http://www.ksx.gov.cn/xxgk/nb/202201/t20220128_801.html",
        build("康山县卫生健康局2021年政府信息公开工作年度报告", P(per(2021)) + T21,
              meta=kv_meta([("索引号：", "11361100MB1234567X/2022-00012", "发布机构：", "县卫生健康局"),
                            ("成文日期：", "2022-01-20", "发布日期：", "2022-01-28"),
                            ("更新日期：", "2023-05-06", "有效性：", "有效")])),
        dict(agency="康山县卫生健康局", year=2021, template="t2021", published="2022-01-28"),
        id="dates-written-published-updated"),
    pytest.param(
        "http://www.jt.gov.cn/html/czjt/2018/0215/3131.html",
        build("金湖区民政局2017年政府信息公开工作年度报告", P(per(2017)) + OLD,
              meta=('<div class="xxgk-meta"><p>信息名称 金湖区民政局2017年政府信息公开工作年度报告</p>'
                    '<p>索引号 01413890X/2018-00031</p><p>主题分类 综合政务 体裁分类 报告 组配分类 年度报告</p>'
                    '<p>发布机构 区民政局</p><p>生成日期 2018-02-09 公开日期 2018-02-15 废止日期 有效</p></div>')),
        dict(agency="金湖区民政局", agency_type="department", year=2017, template="e2014", published="2018-02-15"),
        id="dates-shengcheng-then-gongkai"),
    pytest.param(
        "http://www.khx.gov.cn/art/2023/1/30/art_1229462_72911.html",
        build("开元县人民政府2022年政府信息公开工作年度报告", P(
            "索引号: | 113308245972000000/2023-113200 | 公开方式: | 主动公开 |",
            "文号: | 公开日期: | 2023-01-30 | |", "发布单位: | 县府办 | 有效性: |",
            "根据《条例》和《中华人民共和国政府信息公开工作年度报告格式》规定编制本报告。本报告所列数据的统计期限为2022年1月1日至12月31日。")
            + T21),
        dict(agency="开元县人民政府", agency_type="gov_self", year=2022, year_source="period", template="t2021",
             published="2023-01-30"),
        id="dates-pipe-flattened-meta-rows"),
    pytest.param(
        "http://www.yx.gov.cn/info/1025/61695.htm",
        build("云阳县人民政府2022年政府信息公开工作年度报告", T21,
              info=info("来源: 作者: 时间:2023-01-31 点击率:【 打印 】【 关闭 】")),
        dict(year=2022, template="t2021", published="2023-01-31"),
        id="dates-empty-source-author-then-time"),
    pytest.param(
        "http://www.dyx.gov.cn/xxgk/nb/202102/t20210203_5.html",
        build("东源县审计局2020年政府信息公开工作年度报告", T19,
              info=info("发布时间：2021-02-03 09:30 更新时间：2024-06-11 16:02 来源：县审计局")),
        dict(year=2020, year_source="title", template="t2019", published="2021-02-03"),
        id="dates-published-then-updated-years-later"),
    pytest.param(
        "http://www.lcx.gov.cn/xxgk/nb/202201/t20220125_3.html",
        build("龙川县林业局2021年政府信息公开工作年度报告", P(per(2021)) + T21,
              meta=kv_meta([("索引号：", "lcxlyj/2022-00005", "主题分类：", "政府信息公开年报"),
                            ("发文机关：", "龙川县林业局", "成文日期：", "2022年01月18日"),
                            ("标题：", "龙川县林业局2021年政府信息公开工作年度报告", "发布日期：", "2022年01月25日")])),
        dict(title="龙川县林业局2021年政府信息公开工作年度报告", agency="龙川县林业局", year=2021, template="t2021",
             published="2022-01-25"),
        id="dates-chinese-written-before-published"),
    pytest.param(
        "http://www.nps.gov.cn/cms/html/nps/2013-01-25/1779102.html",
        build("南坪市2012年政府信息公开工作年度报告", P(
            "本报告由南坪市人民政府信息公开工作领导小组办公室汇总各县（市、区）、市政府各部门情况编制而成。"
            "本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。") + OLD,
            info=info("日期：2013-01-25 字体：【大 中 小】 浏览：1021")),
        dict(agency="南坪市", agency_type="gov_region", year=2012, year_source="period", template="e2008",
             published="2013-01-25"),
        id="e2008-consolidated-city-rizhi-date"),
    # ---------- republished years later ----------
    pytest.param(
        "http://www.gy.gov.cn/gongkai/show/437e6c3c.html",
        build("广源市重点项目办公室2016年度政府信息公开工作年度报告", P(
            "本报告所列数据自2016年1月1日至2016年12月31日。如对本年报有疑问，请与综合科联系。") + OLD,
            meta=kv_meta([("索引号：", "008123456/2020-00231", "发布机构：", "市重点办"),
                          ("发布日期：", "2020-09-14", "文号：", "")])),
        dict(year=2016, template="e2014", published="2020-09-14", lookalike=False),
        id="republished-2020-index-year-not-report-year"),
    pytest.param(
        "http://www.lyq.gov.cn/xxgk/nb/202306/t20230612_1.html",
        build("柳营区2014年政府信息公开工作年度报告", P(
            "一、概述", "2014年，我区认真贯彻《条例》，主动公开政府信息3120条。", "二、依申请公开情况",
            "全年共受理政府信息公开申请21件。"), info=info("发布时间：2023-06-12")),
        dict(year=2014, year_source="title", template="e2014", published="2023-06-12"),
        id="republished-nine-years-later-title-year"),
    pytest.param(
        "http://www.jyx.gov.cn/xxgk/nb/202001/t20200110_1.html",
        build("江阳县财政局2019年政府信息公开工作年度报告", P(
            "本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。") + OLD, info=info("发布时间：2020-01-10")),
        dict(year=2018, year_source="period", template="e2014"),
        id="title-year-wrong-period-wins"),
    pytest.param(
        "http://www.bzx.gov.cn/xxgk/nb/201803/t20180305_2.html",
        build("政府信息公开工作年度报告", P(
            "根据《条例》规定，现将我局2017年度政府信息公开工作情况报告如下：") + OLD,
            crumb="首页 &gt; 县农业局 &gt; 政府信息公开年报", info=info("发布时间：2018-03-05")),
        dict(year=2017, template="e2014", published="2018-03-05"),
        id="bare-title-year-from-opening-sentence"),
    pytest.param(
        "http://www.hdq.gov.cn/xxgk/nb/202201/t20220105_6.html",
        build("海东区文化和旅游局2021年政府信息公开工作年度报告", P(
            "本报告数据统计期限为2021年1月1日至2021年12月31日。") + T21,
            info=info("发布时间：2021-12-30 来源：区文旅局")),
        dict(year=2021, year_source="period", template="t2021", published="2021-12-30"),
        id="published-before-year-end-period-wins"),
    pytest.param(
        "http://www.pls.gov.cn/xxgk/nb/202001/t20200108_9.html",
        build("蓬莱市统计局2019年政府信息公开工作年度报告", T19, info=info("发布时间：2019-01-08")),
        dict(year=2019, year_source="title", template="t2019", published="2019-01-08"),
        id="impossible-page-date-t2019-title-wins"),
    # ---------- editions ----------
    pytest.param(
        "http://www.shx.gov.cn/xxgk/nb/202301/t20230130_2.html",
        build("沙河县人民政府2022年政府信息公开工作年度报告（文字版）", P(per(2022)) + T21),
        dict(agency="沙河县人民政府", agency_type="gov_self", year=2022, template="t2021", edition="文字版"),
        id="edition-text-version"),
    pytest.param(
        "http://www.shx.gov.cn/xxgk/nb/202301/t20230130_3.html",
        build("沙河县人民政府2022年政府信息公开工作年度报告(图解版)", P("<img src='/u/2023/tj1.png'>")),
        dict(agency="沙河县人民政府", year=2022, edition="图解版"),
        id="edition-halfwidth-brackets"),
    pytest.param(
        "http://www.xfx.gov.cn/xxgk/nb/202201/t20220118_7.html",
        build("西丰县2021年度政府信息公开工作年度报告（修订）", P(per(2021)) + T21),
        dict(year=2021, template="t2021", lookalike=False),
        id="revised-marker-still-report"),
    # ---------- look-alikes ----------
    pytest.param(
        "http://www.kfx.gov.cn/xxgk/zn/202303/t20230301_1.html",
        build("开封县人民政府政府信息公开指南（2023年修订）", P(
            "为了更好地提供政府信息公开服务，依据《中华人民共和国政府信息公开条例》，编制本指南。",
            "一、主动公开", "（一）公开范围。", "（二）公开方式。通过门户网站、政府公报等方式公开。",
            "二、依申请公开", "（一）受理机构。", "（二）申请的提出。申请人可通过当面、邮寄、网络方式提交申请。",
            "三、监督和救济", "申请人认为侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼。"),
            crumb="首页 &gt; 政府信息公开 &gt; 政府信息公开指南", info=info("发布时间：2023-03-01")),
        dict(lookalike=True),
        id="lookalike-disclosure-guide"),
    pytest.param(
        "http://www.kfx.gov.cn/xxgk/zd/202012/t20201201_1.html",
        build("开封县政府信息公开工作年度报告制度", P(
            "第一条 为规范政府信息公开工作年度报告的编制和发布，制定本制度。",
            "第二条 各单位应于每年1月31日前向社会公布本单位上一年度政府信息公开工作年度报告。",
            "第三条 年度报告应包括主动公开、依申请公开、行政复议和行政诉讼等内容。"),
            crumb="首页 &gt; 政府信息公开 &gt; 政府信息公开制度", info=info("发布时间：2020-12-01")),
        dict(lookalike=True),
        id="lookalike-annual-report-rules"),
    pytest.param(
        "http://www.hzx.gov.cn/xxgk/ysq/202201/t20220110_1.html",
        build("县人社局关于2021年度依申请公开办理情况的报告", P(
            "县政府办公室：", "现将我局2021年度政府信息依申请公开办理情况报告如下：",
            "一、申请情况。全年共收到政府信息公开申请6件，均按期答复。",
            "二、下一步工作。进一步规范答复文书。", "县人力资源和社会保障局", "2022年1月10日"),
            info=info("发布时间：2022-01-10")),
        dict(lookalike=True),
        id="lookalike-request-handling-report"),
    pytest.param(
        "http://www.hzx.gov.cn/xxgk/xmt/202301/t20230115_1.html",
        build("黄州县政务新媒体2022年度工作报表", """<table border="1">
<tr><td>名称</td><td>黄州发布</td></tr><tr><td>类型</td><td>微信公众号</td></tr>
<tr><td>主办单位</td><td>黄州县人民政府办公室</td></tr><tr><td>信息发布总数（单位：条）</td><td>1320</td></tr>
<tr><td>留言办理（单位：条）</td><td>56</td></tr></table>""", info=info("发布时间：2023-01-15")),
        dict(lookalike=True),
        id="lookalike-new-media-annual-form"),
    pytest.param(
        "http://www.hzx.gov.cn/xxgk/wz/202301/t20230116_2.html",
        build("黄州县人民政府门户网站工作年度报表（2022年度）", """<table border="1">
<tr><td>网站名称</td><td colspan="2">黄州县人民政府门户网站</td></tr>
<tr><td>网站标识码</td><td colspan="2">4211270001</td></tr>
<tr><td rowspan="2">信息发布（单位：条）</td><td>总数</td><td>4021</td></tr>
<tr><td>政务动态信息更新量</td><td>2810</td></tr>
<tr><td rowspan="2">依申请公开</td><td>收到申请数</td><td>12</td></tr><tr><td>办结数</td><td>12</td></tr></table>""",
            info=info("发布时间：2023-01-16")),
        dict(lookalike=True),
        id="lookalike-website-form-year-at-end"),
    pytest.param(
        "http://xxgk.hnu-example.edu.cn/info/1011/5101.htm",
        build("湖江大学2021-2022学年信息公开工作年度报告", P(
            "根据《高等学校信息公开办法》和教育部要求，现将我校2021-2022学年信息公开工作情况报告如下。",
            "一、主动公开情况", "学年内通过信息公开网公开信息512条。", "二、依申请公开情况", "学年内收到信息公开申请3件。"),
            site="湖江大学信息公开网", info=info("发布时间：2022-10-28")),
        dict(lookalike=True),
        id="lookalike-university-report"),
    pytest.param(
        "http://sthjj.example.gov.cn/hjxx/202303/t20230310_1.html",
        build("某某化工有限公司2022年度环境信息依法披露报告", P(
            "根据《企业环境信息依法披露管理办法》，现披露本公司2022年度环境信息。", "一、企业基本信息",
            "二、环境管理信息", "三、污染物产生、治理与排放信息"), info=info("发布时间：2023-03-10")),
        dict(lookalike=True),
        id="lookalike-enterprise-environmental-disclosure"),
    pytest.param(
        "http://sfj.example.gov.cn/zfxxgk/zfjg/202301/t20230130_1.html",
        build("某某县2022年度行政执法数据统计年报", P(
            "根据行政执法公示制度要求，现将本县2022年度行政执法数据公示如下：", "一、行政许可。全年办理行政许可事项1201件。",
            "二、行政处罚。全年作出行政处罚决定432件。"), info=info("发布时间：2023-01-30")),
        dict(lookalike=True),
        id="lookalike-law-enforcement-annual-stats"),
    pytest.param(
        "http://www.example-county.gov.cn/zwgk/pg/202304/t20230420_1.html",
        build("某某县政府透明度第三方评估报告（2022年度）", P(
            "受县政府办公室委托，本课题组对县政府及各部门2022年度政务公开工作进行了第三方评估。",
            "一、评估对象和方法", "二、评估结果", "年度报告公开方面，被评估单位均按时发布政府信息公开工作年度报告。"),
            info=info("发布时间：2023-04-20")),
        dict(lookalike=True),
        id="lookalike-third-party-assessment"),
    pytest.param(
        "http://www.example-city.gov.cn/zwgk/kh/202104/t20210412_1.html",
        build("关于2020年度政府信息公开工作年度报告检查情况的通报", P(
            "各县区人民政府，市政府各部门：", "按照工作安排，市政务公开办对各单位2020年度政府信息公开工作年度报告进行了检查。",
            "一、总体情况。全市应发布年度报告单位86个，已全部发布。", "二、存在问题。部分单位表格数据不符合勾稽关系。"),
            info=info("发布时间：2021-04-12")),
        dict(lookalike=True),
        id="lookalike-inspection-circular-about-reports"),
    pytest.param(
        "http://www.example-city.gov.cn/zwgk/yd/202104/t20210430_2.html",
        build("某某市2021年政务公开工作要点任务分工方案", P(
            "为贯彻落实《2021年政务公开工作要点》，现将重点任务分工如下：", "一、按时发布政府信息公开工作年度报告。责任单位：各县区、各部门。",
            "二、规范依申请公开办理。"), info=info("发布时间：2021-04-30")),
        dict(lookalike=True),
        id="lookalike-work-points-division-plan"),
    pytest.param(
        "http://czj.example.gov.cn/zfxxgk/bmjs/202209/t20220905_1.html",
        build("某某县教育局2021年度部门决算", P(
            "第一部分 部门概况", "第二部分 2021年度部门决算表", "第三部分 2021年度部门决算情况说明",
            "本年收入合计3210.55万元。"), info=info("发布时间：2022-09-05")),
        dict(lookalike=True),
        id="lookalike-department-final-accounts"),
    pytest.param(
        "http://www.example-city.gov.cn/zwgk/nb/202202/t20220215_9.html",
        build("关于公开2021年度政府信息公开工作年度报告的公告", P(
            "根据《中华人民共和国政府信息公开条例》规定，我局2021年度政府信息公开工作年度报告已编制完成，"
            "现予公开，详见附件。", "附件：某某市自然资源局2021年度政府信息公开工作年度报告.pdf"),
            info=info("发布时间：2022-02-15")),
        dict(year=2021, lookalike=False),
        id="announcement-page-whose-attachment-is-the-report"),
    # ---------- reports that must NOT be look-alikes ----------
    pytest.param(
        "http://www.dzx.gov.cn/OpennessAnnualReport/year/show/341/2022.html",
        build("东至县花溪乡2022年政府信息公开工作年度报告", P(
            "本报告依据《条例》和（国办公开办函〔2021〕30号）要求，结合2022年我乡政府信息公开工作编制而成。"
            "本报告中使用数据统计期限为2022年1月1日至12月31日。如对本报告有任何疑问，请与花溪乡人民政府党政办公室联系。")
            + T21, info=info("发布时间：2023-01-16")),
        dict(agency="东至县花溪乡", agency_type="township", year=2022, year_source="period", template="t2021",
             published="2023-01-16", lookalike=False),
        id="report-citing-work-points-and-30-notice"),
    pytest.param(
        "http://www.ohq.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003012020&fbtime=2024",
        build("瓯江区审计局2024年度政府信息公开工作年度报告", P(
            "根据《条例》的规定和区人民政府办公室《关于做好2024年度政府信息公开工作年度报告编制工作的通知》的要求，"
            "结合我局2024年度实际工作情况，现将2024年度政府信息公开工作年度报告如下：", "一、总体情况",
            "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。") + T21),
        dict(agency="瓯江区审计局", agency_type="department", year=2024, year_source="period", template="t2021",
             lookalike=False),
        id="report-quoting-compilation-notice-title"),
    pytest.param(
        "http://www.example-town.gov.cn/xxgk/nb/202101/t20210115_2.html",
        build("城关街道2020年政府信息公开工作年度报告", P(
            "一、总体情况", "2020年，城关街道按照《2020年政务公开工作要点》要求，结合年度政务公开工作总结，扎实推进信息公开。")
            + T19, info=info("发布时间：2021-01-15")),
        dict(agency="城关街道", agency_type="township", year=2020, template="t2019", lookalike=False),
        id="report-mentioning-work-summary-and-points"),
    # ---------- agency from 发布机构, more look-alike / report shapes ----------
    pytest.param(
        "http://www.gqz.gov.cn/xxgk/nb/202201/t20220120_8.html",
        build("2021年政府信息公开工作年度报告", P(per(2021)) + T21,
              meta=kv_meta([("索引号：", "gqz/2022-00003", "发布机构：", "高桥镇人民政府"),
                            ("发布日期：", "2022-01-20", "文号：", "")])),
        dict(agency="高桥镇人民政府", agency_type="township", year=2021, year_source="period", template="t2021",
             published="2022-01-20"),
        id="agency-from-publisher-field-bare-title"),
    pytest.param(
        "http://www.gqz.gov.cn/xxgk/nb/202201/t20220121_9.html",
        build("政府信息公开工作年度报告", T21,
              meta=kv_meta([("索引号：", "gqzsj/2022-00001", "发布机构：", "高桥县审计局"),
                            ("成文日期：", "2022-01-18", "发布日期：", "2022-01-21")])),
        dict(agency="高桥县审计局", agency_type="department", year=2021, year_source="page_date", template="t2021",
             published="2022-01-21"),
        id="no-year-anywhere-page-date-from-publish-not-written"),
    pytest.param(
        "http://www.dsz.gov.cn/xxgk/nb/202201/t20220124_4.html",
        build("东山镇人民政府关于2021年度政府信息公开工作情况的报告", P(per(2021)) + T21,
              info=info("发布时间：2022-01-24")),
        dict(year=2021, year_source="period", template="t2021", published="2022-01-24", lookalike=False),
        id="report-titled-work-situation-report"),
    pytest.param(
        "http://www.dsz.gov.cn/xxgk/jd/202202/t20220208_5.html",
        build("东山县政府信息公开工作年度报告（2021年）解读", P(
            "近日，东山县人民政府发布了2021年政府信息公开工作年度报告，现解读如下：",
            "一、主动公开情况。全年主动公开政府信息1980条。"), info=info("发布时间：2022-02-08")),
        dict(lookalike=True),
        id="lookalike-interpretation-year-at-end"),
    pytest.param(
        "http://www.gxq.gov.cn/xxgk/nb/202201/t20220126_1.html",
        build("高新区管委会2021年政府信息公开工作年度报告", P(per(2021)) + T21, info=info("发布时间：2022-01-26")),
        dict(agency="高新区管委会", agency_type="zone", year=2021, template="t2021"),
        id="abbrev-high-tech-zone-committee"),
    pytest.param(
        "http://www.cgj.gov.cn/xxgk/nb/202101/t20210118_1.html",
        build("城关街道办2020年政府信息公开工作年度报告", T19, info=info("发布时间：2021-01-18")),
        dict(agency="城关街道办", agency_type="township", year=2020, template="t2019"),
        id="abbrev-jiedaoban-township"),
    pytest.param(
        "http://www.ysx.gov.cn/xxgk/nb/202201/t20220125_2.html",
        build("永胜县人民政府办公室2021年政府信息公开工作年度报告", P(per(2021)) + T21,
              info=info("成文日期：2022-01-20 发布日期：2022-01-25 来源：县政府办")),
        dict(agency="永胜县人民政府办公室", agency_type="gov_office", year=2021, template="t2021",
             published="2022-01-25"),
        id="dates-written-and-published-on-info-line"),
]


def _parse(url: str, body: bytes):
    charset = "gbk" if b'charset="gbk"' in body[:200] else "utf-8"
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={charset}"})])


@pytest.mark.parametrize(("url", "body", "expected"), CASES)
def test_real_metadata_second_pass(url: str, body: bytes, expected: dict) -> None:
    report = _parse(url, body)
    got: dict = {}
    for key in expected:
        if key == "lookalike":
            got[key] = any(e.startswith("look-alike document") for e in report.errors)
        else:
            got[key] = getattr(report, key)
    assert got == expected, f"errors={report.errors}"
