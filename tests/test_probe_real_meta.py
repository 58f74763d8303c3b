"""Black-box probe: METADATA of real annual reports of all years 2008–2024 (spec 0, 3.1, 3.2, 3.3, 5; docs/schema.md).

Built from a study of ~70 real report pages (and look-alike pages) in the stored pages corpus: each case below is a
short page written in my own words that reproduces one publishing pattern seen there (title shapes, date/source
lines, metadata blocks, 统计期限 phrasings, publisher levels, look-alike documents). Names and numbers are changed.
Asserted: title (as published), agency, agency_type (docs/schema.md vocabulary), year and year_source (统计期限
sentence first, then title, then page date), published (the page's date line), template (by era), edition, script,
and the "look-alike document" error of spec 3.3.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

# ---------------------------------------------------------------------------------------------------------------
# page builders (realistic article pages: header, nav, breadcrumb, optional 信息公开 metadata block, <h1>, date line)
# ---------------------------------------------------------------------------------------------------------------

NAV = "".join(f'<li><a href="/col/col{2000 + i}/index.html">{n}</a></li>' for i, n in enumerate(
    ["首页", "政务公开", "政务服务", "互动交流", "走进本地", "政府信息公开指南", "政府信息公开制度", "法定主动公开内容",
     "政府信息公开年报", "依申请公开"]))


def P(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def meta_table(rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>" for a, b, c, d in rows)
    return f'<table class="xxgk-meta">{cells}</table>'


def page(title: str, content: str, *, info: str = "", crumb: str = "首页 &gt; 政务公开 &gt; 政府信息公开年报",
         meta: str = "", site: str = "人民政府门户网站", head_title: str | None = None, h1: str | None = None,
         charset: str = "utf-8") -> bytes:
    """An article page. `h1` overrides the printed heading (e.g. with a <br>); `info` is the raw date/source block."""
    heading = h1 if h1 is not None else html.escape(title)
    doc = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(head_title if head_title is not None else title)}_{site}</title></head>
<body><div class="top"><span>无障碍浏览</span><span>长者模式</span><a href="/">{site}</a></div>
<ul class="nav">{NAV}</ul>
<div class="position">当前位置：{crumb}</div>
{meta}
<div class="article"><h1 class="title">{heading}</h1>
{info}
<div class="TRS_Editor" id="zoom">{content}</div>
<div class="tools">【打印本页】【关闭窗口】</div></div>
<div class="footer"><p>主办：{site}办公室 版权所有</p><p>ICP备案编号：00000000号</p><p>政府网站找错</p></div>
</body></html>"""
    return doc.encode(charset)


def dateline(date: str, source: str = "", label: str = "发布时间：") -> str:
    src = f" 来源：{source}" if source else ""
    return f'<div class="info">{label}{date}{src} 浏览次数：126 【字体：大 中 小】</div>'


def period(y: int, phrase: str = "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。") -> str:
    return phrase.format(y=y)


T21 = P("一、总体情况", "（一）主动公开。全年通过门户网站主动公开政府信息。", "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项")
T19_TABLE = """<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>规范性文件</td><td>2</td><td>2</td><td>9</td></tr></table>"""
T21_TABLE = """<table border="1"><tr><td colspan="4">第二十条第（一）项</td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr><tr><td>行政规范性文件</td><td>3</td><td>1</td><td>7</td></tr></table>"""
OLD = P("一、概述", "（一）组织领导。调整充实了政府信息公开工作领导小组，办公室设在局办公室。",
        "二、主动公开政府信息情况", "三、依申请公开政府信息和不予公开政府信息情况", "四、政府信息公开的收费及减免情况",
        "五、因政府信息公开申请行政复议、提起行政诉讼的情况", "六、存在的主要问题及改进措施")

# ---------------------------------------------------------------------------------------------------------------
# cases: (url, body bytes, expected). Expected keys: Report fields, plus "lookalike" (True/False).
# ---------------------------------------------------------------------------------------------------------------

CASES = [
    # ---------- e2008 (2008–2013) ----------
    pytest.param(
        "http://tjj.hunan.gov.cn/zfxxgk/zfxxgkgzndbg/202008/t20200806_1102311.shtml",
        page("湖南省统计局2009年政府信息公开工作年度报告", P(
            "依据《中华人民共和国政府信息公开条例》，现向社会公布湖南省统计局2009年度信息公开年度报告。报告由概述、主动公开情况、"
            "依申请公开办理情况等部分组成。" + period(2009, "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")) + OLD),
        dict(title="湖南省统计局2009年政府信息公开工作年度报告", agency="湖南省统计局", agency_type="department",
             year=2009, year_source="period", template="e2008", lookalike=False),
        id="e2008-provincial-bureau-period"),
    pytest.param(
        "http://m.example-mirror.cn/art/2010/1/22/art_1229463950_41107.html",
        page("甌江區統計局2009年度政府信息公開工作年度報告", P(
            "根據《中華人民共和國政府信息公開條例》，現向社會公布本局2009年度信息公開年度報告。本報告的統計數據時限為2009年1月1日至2009年12月31日。",
            "一、概述", "二、主動公開政府信息情況", "2009年，我局主動公開政府信息117條。")),
        dict(title="甌江區統計局2009年度政府信息公開工作年度報告", agency_type="department", year=2009,
             year_source="period", template="e2008", script="traditional"),
        id="e2008-traditional-shixian-phrase"),
    pytest.param(
        "http://tjj.ankang.gov.cn/aktjj/gknb/202011/3f1c0a9e5b7d4e2a9c11f0e3d2b4a601.shtml",
        page("汉滨区统计局2011年政府信息公开工作年度报告", P(
            "本年度报告根据《条例》和《安康市政府信息公开规定》编制，内容涵盖汉滨区统计局2011年1月1日至12月31日期间的政府信息公开工作情况。",
            "一、概况", "2011年共主动公开各类信息143条。"),
            meta=meta_table([("索 引 号：", "610902003-/2020000512", "发布时间：", "2012年02月20日 09:40"),
                             ("来　　源：", "汉滨区统计局", "发布机构：", "汉滨区统计局")])),
        dict(agency="汉滨区统计局", agency_type="department", year=2011, year_source="period", template="e2008",
             published="2012-02-20"),
        id="e2008-coverage-period-meta-date-chinese"),
    pytest.param(
        "http://www.changdao.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=11370634004266012K",
        page("长岛县统计局2010年政府信息公开工作年度报告", P("一、概述", "2010年，我局认真贯彻《条例》，主动公开政府信息52条。",
                                                  "二、依申请公开情况", "2010年未收到政府信息公开申请。"),
             info=dateline("2010-01-26")),
        dict(title="长岛县统计局2010年政府信息公开工作年度报告", year=2010, year_source="title", template="e2008",
             published="2010-01-26"),
        id="e2008-impossible-page-date-title-wins"),
    pytest.param(
        "http://www.zoucheng.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=11370883004325801C&fbtime=2010",
        page("石墙镇2010年政府信息公开工作年度报告", P(
            "依据《中华人民共和国政府信息公开条例》和省、市有关规定，汇总全镇政府信息公开工作情况编制本年度报告。数据统计期限为2010年1月1日至12月31日止。",
            "一、概述", "二、政府信息公开情况", "2010年，我镇通过门户网站公开各类信息38条。"),
            info=dateline("2011-03-16 09:12:05")),
        dict(title="石墙镇2010年政府信息公开工作年度报告", agency="石墙镇", agency_type="township", year=2010,
             year_source="period", template="e2008", published="2011-03-16"),
        id="e2008-hanweb-township"),
    pytest.param(
        "http://www.rongcheng.gov.cn/art/2011/2/18/art_56380_2336011.html",
        page("荣成市俚岛镇人民政府2010年政府信息公开工作年度报告", P(
            "依据《条例》和《山东省政府信息公开办法》，现公布俚岛镇人民政府2010年度政府信息公开工作报告。", "一、概述",
            "三、主动公开政府信息以及公开平台建设情况", "2010年，我镇共主动公开政府信息27条。"),
            crumb="首页 &gt; 辅助栏目 &gt; 信息公开年报",
            info='<div class="info">时间：2011年02月18日 15:20 来源：荣成市俚岛镇 浏览次数：</div>'),
        dict(title="荣成市俚岛镇人民政府2010年政府信息公开工作年度报告", agency="荣成市俚岛镇人民政府",
             agency_type="township", year=2010, year_source="title", template="e2008", published="2011-02-18"),
        id="e2008-chinese-date-line-title-year"),
    pytest.param(
        "http://www.mirror-example.com/art/2015/7/29/art_1229351260_3448202.html",
        page("2009年度上管鎮政府信息公開年度報告", P(
            "根據《中華人民共和國政府信息公開條例》有關規定，現將2009年我鎮政府信息公開年度報告如下：",
            "一、政府信息主動公開情況 全年我鎮在政府門戶網站上主動公開信息數量為52件。",
            "二、政府依申請公開政府信息和不予公開信息情況 本年度我鎮沒有依申請公開的政府信息。"),
            meta=meta_table([("索引號：", "1133068200259101XA/2015-28301", "公開日期：", "2015-07-29 16:40"),
                             ("發布單位：", "上管鎮", "公開方式：", "主動公開")])),
        dict(title="2009年度上管鎮政府信息公開年度報告", agency_type="township", year=2009, year_source="title",
             template="e2008", published="2015-07-29", script="traditional"),
        id="e2008-republished-years-later-title-wins"),
    pytest.param(
        "https://www.np.gov.cn/cms/html/npszf/2013-01-28/1779102150.html",
        page("三明市2012年政府信息公开工作年度报告", P(
            "本报告由三明市人民政府信息公开工作领导小组办公室根据《条例》要求，汇总全市各县（市、区）、市直各部门政府信息公开工作情况编制而成。"
            "本报告中所列数据的统计时限自2012年1月1日至2012年12月31日。", "一、概述", "二、主动公开政府信息情况"),
            info=dateline("2013-01-28")),
        dict(title="三明市2012年政府信息公开工作年度报告", agency="三明市", agency_type="gov_region", year=2012,
             year_source="period", template="e2008", lookalike=False),
        id="e2008-consolidated-city-shixian"),
    pytest.param(
        "http://www.lyxx.gov.cn/xxgk/nb/201403/t20140305_33101.html",
        page("某县林业局2013年政府信息公开工作年度报告", P(period(2013)) + OLD, info=dateline("2014-03-05"),
             charset="gbk"),
        dict(title="某县林业局2013年政府信息公开工作年度报告", agency_type="department", year=2013, year_source="period",
             template="e2008", published="2014-03-05"),
        id="e2008-last-year-2013-gbk"),
    # ---------- e2014 (2014–2018) ----------
    pytest.param(
        "http://www.lyxx.gov.cn/xxgk/nb/201503/t20150305_40112.html",
        page("某县林业局2014年政府信息公开工作年度报告", P(period(2014)) + OLD, info=dateline("2015-03-05"),
             charset="gbk"),
        dict(year=2014, year_source="period", template="e2014", published="2015-03-05"),
        id="e2014-first-year-2014-gbk"),
    pytest.param(
        "http://www.suqian.gov.cn/cnsq/gknb/201503/1a2b3c4d5e6f40718293a4b5c6d7e8f9.shtml",
        page("淮安市政府办公室2014年政府信息公开年度报告", P(period(2014)) + OLD,
             meta=meta_table([("索 引 号：", "014320188/2015-00061", "分　　类：", "政府信息公开年报"),
                              ("发布机构：", "市政府办公室", "发文日期：", "2015-03-20")])),
        dict(title="淮安市政府办公室2014年政府信息公开年度报告", agency="淮安市政府办公室", agency_type="gov_office",
             year=2014, template="e2014", published="2015-03-20"),
        id="e2014-government-office"),
    pytest.param(
        "https://danzhou.hainan.gov.cn/xxgkzl/bmxxgk/hyj/zfxxgknb/201812/t20181225_1984300.html",
        page("2015年政府信息公开工作年度报告", P(
            "我局依据《条例》和县政府办公室关于做好2015年度报告公开工作的通知要求，现将2015年度信息公开工作情况报告如下：",
            "一、健全组织、强化领导", "二、政府信息主动公开情况", "2015年度主动公开政府信息48条。",
            "三、政府信息依申请公开和不予公开情况", "2015年未收到信息公开申请。")),
        dict(title="2015年政府信息公开工作年度报告", year=2015, year_source="title", template="e2014", lookalike=False),
        id="e2014-bare-title-no-agency"),
    pytest.param(
        "http://sxlinxian.gov.cn/xxgk/zfxxgknb/2015n/201808/t20180806_772401.shtml",
        page("2015年临县人民政府信息公开年度报告", P(
            "依据《中华人民共和国政府信息公开条例》要求，现向社会公布2015年度本级政府信息公开年度报告。", "一、概述",
            "二、2015年政府信息主动公开工作", "全年共公开政府信息588条。"),
            info='<div class="info">时间：2016-03-08 00:00 大 中 小</div>'),
        dict(title="2015年临县人民政府信息公开年度报告", agency="临县人民政府", agency_type="gov_self", year=2015,
             template="e2014", published="2016-03-08"),
        id="e2014-year-first-county-government"),
    pytest.param(
        "https://www.tzwinkt.com/zwgk/art/2018/2/27/art_46355_1634601",
        page("扬州市人民政府2017年政府信息公开工作年度报告", P(
            "依据《条例》规定，现公布扬州市人民政府2017年政府信息公开工作年度报告。报告所列数据的统计期限自2017年1月1日起至12月31日止。",
            "一、主要工作概述", "（一）推进标准化规范化试点。"),
            meta=meta_table([("索 引 号：", "014416401/2018-04800", "分　　类：", "政府信息公开年报"),
                             ("发布机构：", "市政府办", "发文日期：", "2018-02-27")])),
        dict(title="扬州市人民政府2017年政府信息公开工作年度报告", agency="扬州市人民政府", agency_type="gov_self",
             year=2017, year_source="period", template="e2014", published="2018-02-27"),
        id="e2014-title-agency-over-publisher-office"),
    pytest.param(
        "http://www.xuancheng-xz.gov.cn/OpennessAnnualReport/show/3725.html",
        page("2018年度宣城区卫健委信息公开工作年度报告", P(
            "本年度报告根据《条例》和政务公开工作要求，由宣城区卫生和计划生育委员会编制。全文包括概述、主动公开政府信息情况、"
            "依申请公开政府信息情况等。", "一、概述", "1.工作机构和人员情况")),
        dict(title="2018年度宣城区卫健委信息公开工作年度报告", agency_type="department", year=2018,
             year_source="title", template="e2014"),
        id="e2014-year-first-short-dept-name"),
    pytest.param(
        "http://www.qg.gov.cn/zwgk/zfxxgkzl/zfbmxxgk/wjj/zfxxgkndbg/201812/t20181227_1786511.htm",
        page("泉湖区卫生和计划生育局2018年政府信息公开报告", P(
            "引言", "本年度报告依据《条例》和省、市、区有关文件要求编写。" + period(2018), "一、概述",
            "二、主动公开政府信息的情况", "（一）2018年1月至今，通过门户网站主动公开信息231条。"),
            info='<div class="info">时间：2018-12-27 10:15</div>'),
        dict(title="泉湖区卫生和计划生育局2018年政府信息公开报告", agency="泉湖区卫生和计划生育局",
             agency_type="department", year=2018, year_source="period", template="e2014", published="2018-12-27"),
        id="e2014-published-in-december-same-year"),
    pytest.param(
        "http://anqiu.gov.cn/xxgk/XXGK/XXGKNB/sjyj/201903/t20190325_5321600.html",
        page("原安丘市教育局2018年度政府信息公开年度报告", P(
            "依据《条例》和市政府办公室关于做好2018年政府信息公开工作年度报告编制和发布工作的通知要求，特编制本报告。"
            "报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。", "一、概述"),
            info='<div class="info">来源： 发布时间：2019-03-25</div>'),
        dict(title="原安丘市教育局2018年度政府信息公开年度报告", agency_type="department", year=2018,
             year_source="period", template="e2014", published="2019-03-25", lookalike=False),
        id="e2014-former-agency-yuan-prefix"),
    pytest.param(
        "http://www.yuhang.gov.cn/art/2019/1/15/art_1229518700_3758702.html",
        page("鸬鸟山风景名胜区管委会2018年度政府信息公开工作报告", P(period(2018)) + OLD, info=dateline("2019-01-15")),
        dict(title="鸬鸟山风景名胜区管委会2018年度政府信息公开工作报告", agency_type="zone", year=2018,
             template="e2014", lookalike=False),
        id="e2014-scenic-area-gongzuo-baogao"),
    # ---------- t2019 (2019–2020) ----------
    pytest.param(
        "http://henan.gov-example.cn/erqi/2020-01-21/174901.html",
        page("京广路街道办事处2019年度政府信息公开工作年度报告", P(
            "依据《中华人民共和国政府信息公开条例》及省、市有关规定，结合街道工作实际编制本报告。"
            "本年度报告中所列数据的统计期限自2019年1月1日起至12月31日止。", "一、总体情况", "二、主动公开政府信息情况") + T19_TABLE,
            meta=meta_table([("索 引 号：", "732464301/2020-00002", "主题分类：", "政府信息公开年报"),
                             ("发布机构：", "京广路街道办事处", "成文日期：", "2020-01-20"),
                             ("文　　号：", "", "发布日期：", "2020-01-21")])),
        dict(title="京广路街道办事处2019年度政府信息公开工作年度报告", agency="京广路街道办事处", agency_type="township",
             year=2019, year_source="period", template="t2019", published="2020-01-21"),
        id="t2019-subdistrict-publish-date-not-written-date"),
    pytest.param(
        "http://www.sanhe.gov.cn/xxgk/jdb/2020/0106.html",
        page("三河市燕郊街道办事处2019年政府信息公开年度报告", P(
            "依据《条例》规定和市政府有关要求，现公布2019年燕郊街道办事处信息公开工作年度报告。", "一、总体情况",
            "二、主动公开政府信息情况", "2019年我街道主动公开政府信息987条。"),
            meta=('<div class="xxgk-meta"><p>索 引 号: 000550911/2020-00480 主题分类: 政务信息 发布机构: 燕郊街道办</p>'
                  '<p>发文日期: 2020-01-06 文  号: 有 效 期: 有 效</p>'
                  '<p>名  称: 三河市燕郊街道办事处2019年政府信息公开年度报告</p></div>'),
            info='<div class="info">发布机构：燕郊街道办 发布日期：2020-01-06</div>'),
        dict(title="三河市燕郊街道办事处2019年政府信息公开年度报告", agency="三河市燕郊街道办事处", agency_type="township",
             year=2019, year_source="title", template="t2019", published="2020-01-06"),
        id="t2019-subdistrict-meta-name-line"),
    pytest.param(
        "http://www.lianyun.gov.cn/lygsxpqrmzfldjdbsc/zfxxgknb/content/d1e84c3a-96f5-4f2c-beeb-8c2000f340fd.html",
        page("墟沟街道2019年度政府信息公开工作报告", P(
            "为总结推动政府信息公开工作，依据《条例》，特向社会公布2019年度墟沟街道政府信息公开年度报告单。"
            "本报告中所列数据的统计日期为2019年1月1日—2019年12月31日。", "一、政务信息公开情况概述"),
            meta=meta_table([("索 引 号", "01425830-1/2020-00003", "分　　类", "其他/报告"),
                             ("发布机构", "墟沟街道", "发文日期", "2020-01-10")])),
        dict(title="墟沟街道2019年度政府信息公开工作报告", agency="墟沟街道", agency_type="township", year=2019,
             year_source="period", template="t2019", published="2020-01-10", lookalike=False),
        id="t2019-street-tongji-riqi-phrase"),
    pytest.param(
        "http://www.tsgg.gov.cn/info/1082/16511.htm",
        page("甘谷县人民政府2019年 政府信息公开工作年度报告", P(
            "一、总体情况 2019年，甘谷县依据国办、省、市2019年政务公开工作要点部署，着力提升政务公开质量。",
            "（一）主动公开政府信息情况。2019年主动公开政府信息7321条。") + T19_TABLE),
        dict(title="甘谷县人民政府2019年 政府信息公开工作年度报告", agency="甘谷县人民政府", agency_type="gov_self",
             year=2019, year_source="title", template="t2019", lookalike=False),
        id="t2019-county-gov-title-with-space"),
    pytest.param(
        "http://www.ahsz.gov.cn/zwgk/xxgknb/202001/t20200120_1007711.html",
        page("宿豫市人民政府2019年政府信息公开工作年度报告（图片版）", P("<img src='/u/cms/2020/nb1.jpg'>",
                                                        "<img src='/u/cms/2020/nb2.jpg'>"),
             info=dateline("2020-01-20")),
        dict(title="宿豫市人民政府2019年政府信息公开工作年度报告（图片版）", agency="宿豫市人民政府", agency_type="gov_self",
             year=2019, edition="图片版", published="2020-01-20"),
        id="t2019-edition-picture"),
    pytest.param(
        "https://yc.cq.gov.cn/bm/gxqgwh/zwgk_87700/zfxxgknb_87710/202101/t20210129_8833200.html",
        page("璧山高新技术产业开发区管理委员会2020年政府信息公开工作年度报告", P(
            "一、总体情况", "2020年，璧山高新技术产业开发区管理委员会认真贯彻执行《条例》的各项要求。",
            "（一）主动公开方面。全年通过政务网主动公开各类信息共118条。", "二、主动公开政府信息情况") + T19_TABLE),
        dict(title="璧山高新技术产业开发区管理委员会2020年政府信息公开工作年度报告",
             agency="璧山高新技术产业开发区管理委员会", agency_type="zone", year=2020, year_source="title",
             template="t2019"),
        id="t2019-high-tech-zone-committee"),
    pytest.param(
        "https://www.yuncheng.gov.cn/doc/2021/03/16/118002.shtml",
        page("运城空港经济开发区 2020年政府信息公开年度报告", P(
            "依据《条例》规定，现向社会公布2020年度运城空港经济开发区政府信息公开年度报告。"
            "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。", "一、总体情况", "二、主动公开政府信息情况") + T19_TABLE,
            crumb="首页 &gt; 部门专题 &gt; 空港经济开发区专栏 &gt; 通知公告",
            info='<div class="info">发表时间:2021-03-16 10:20</div>'),
        dict(title="运城空港经济开发区 2020年政府信息公开年度报告", agency_type="zone", year=2020, year_source="period",
             template="t2019", published="2021-03-16"),
        id="t2019-zone-fabiao-shijian"),
    pytest.param(
        "https://www.hc.gov.cn/bmjd/bm_100480/gyygwh/zwgk_101700/zfxxgknb_101710/202101/t20210125_8799300.html",
        page("重庆铜梁工业园区管理委员会2020年政府信息公开工作年度报告", P(
            "一、总体情况", "2020年，工业园区管委会依法依规做好政府信息公开工作。", "（一）主动公开方面。主动公开共计41条。"),
            info='<div class="info">日期：2021-01-25来源：重庆铜梁工业园区管委会</div>'),
        dict(agency_type="zone", year=2020, template="t2019", published="2021-01-25"),
        id="t2019-industrial-park-date-source-glued"),
    pytest.param(
        "http://www.lyxx.gov.cn/xxgk/nb/202101/t20210125_70112.html",
        page("政府信息公开工作年度报告", P("一、总体情况", "我局坚持以公开为常态、不公开为例外。", "二、主动公开政府信息情况") + T19_TABLE,
             crumb="首页 &gt; 某县民政局 &gt; 政府信息公开年报", info=dateline("2021-01-25")),
        dict(year=2020, year_source="page_date", template="t2019", published="2021-01-25"),
        id="t2019-page-date-only"),
    # ---------- t2021 (2021–) ----------
    pytest.param(
        "http://wcsxxgk.harbin.gov.cn/art/2022/1/25/art_12600_1201.html",
        page("五常市兴隆乡2021年政府信息公开工作年度报告", P(
            "依据《条例》（国务院令第711号）和《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》"
            "（国办公开办函〔2021〕30号）编制本报告。报告所列数据统计期限为2021年1月1日起至2021年12月31日止。") + T21,
            h1="五常市兴隆乡<br>2021年政府信息公开工作年度报告", info=dateline("2022-01-25")),
        dict(agency="五常市兴隆乡", agency_type="township", year=2021, year_source="period", template="t2021",
             published="2022-01-25"),
        id="t2021-township-title-broken-by-br"),
    pytest.param(
        "http://jw.taojiang.gov.cn/25074/25157/37334/37790/index.htm",
        page("桃江县灰山港镇2021年政府信息公开工作年度报告", P(
            "依据《条例》和县政务公开工作领导小组要求，特编制2021年度灰山港镇信息公开年度报告。", "一、总体情况",
            "二、主动公开政府信息情况") + T21_TABLE),
        dict(title="桃江县灰山港镇2021年政府信息公开工作年度报告", agency="桃江县灰山港镇", agency_type="township",
             year=2021, year_source="title", template="t2021"),
        id="t2021-town-title-year-only"),
    pytest.param(
        "https://www.dongzhi.gov.cn/OpennessAnnualReport/year/show/351/2021.html",
        page("东至县木塔乡2021年度政府信息公开工作年度报告", P(
            "本报告依据《条例》（国务院令第711号）编制而成。本报告中使用数据统计期限为2021年1月1日至12月31日。") + T21,
            crumb="网站首页 &gt; 政府信息公开 &gt; 木塔乡人民政府 &gt; 政府信息公开年报",
            info='<div class="info">发布时间：2022-01-20 00:00 来源：木塔乡人民政府 字体：[ 大 中 小 ]</div>'),
        dict(title="东至县木塔乡2021年度政府信息公开工作年度报告", agency="东至县木塔乡", agency_type="township",
             year=2021, year_source="period", template="t2021", published="2022-01-20"),
        id="t2021-openness-annual-report-township"),
    pytest.param(
        "http://fsxf.gov.cn/zfxxgk/ins.asp?s=10218&i=4402",
        page("拉古乡人民政府2021年信息公开年度报告", P(
            "本报告由拉古乡人民政府依据《条例》编制完成。所列数据统计期限从2021年1月1日起至2021年12月31日止。") + T21,
            info='<div class="info">浏览：2871次\'时间：2022年2月18日</div>'),
        dict(title="拉古乡人民政府2021年信息公开年度报告", agency="拉古乡人民政府", agency_type="township", year=2021,
             year_source="period", template="t2021", published="2022-02-18"),
        id="t2021-xinxi-gongkai-niandu-baogao-no-zhengfu"),
    pytest.param(
        "https://www.xixiu.gov.cn/web2023/zwgk/zfxxgk/zfxxgknb/2021/202303/t20230316_78538700.html",
        page("西秀区蔡官镇2021年政府信息公开工作年度报告", P(
            "依据《条例》以及区人民政府政务公开科通知要求，现公布西秀区蔡官镇2021年政府信息公开工作年度报告。"
            "除特别说明的外，所列数据统计时段为2021年1月1日至2021年12月31日。") + T21, info=dateline("2023-03-16")),
        dict(title="西秀区蔡官镇2021年政府信息公开工作年度报告", agency_type="township", year=2021,
             year_source="period", template="t2021", published="2023-03-16"),
        id="t2021-published-late-tongji-shiduan"),
    pytest.param(
        "https://www.shanghai.gov.cn/nw12344/20240329/5b14c6fb58bf4d84c8fd93912ef7f7a1.html",
        page("2023年上海市政府信息公开工作年度报告", P(
            "本年度报告依据《条例》和《上海市政府信息公开规定》的要求编制。本年度报告中所列数据统计期限为2023年1月1日至12月31日。") + T21,
            info='<div class="info">字号：大 中 小</div>'),
        dict(title="2023年上海市政府信息公开工作年度报告", agency="上海市", agency_type="gov_region", year=2023,
             year_source="period", template="t2021"),
        id="t2021-province-level-year-first"),
    pytest.param(
        "https://www.shhuangpu.gov.cn/zw/009002/009002012/20230131/3c8d7a1e-2b44-4d1c-9a55-71f0a1c2e3aa.html",
        page("上海市静安区人民政府2022年政府信息公开工作年度报告（超链版）", P(
            "本年度报告中所列数据统计期限为2022年1月1日至12月31日。") + T21, info=dateline("2023-01-31")),
        dict(title="上海市静安区人民政府2022年政府信息公开工作年度报告（超链版）", agency="上海市静安区人民政府",
             agency_type="gov_self", year=2022, year_source="period", template="t2021", edition="超链版"),
        id="t2021-edition-hyperlink"),
    pytest.param(
        "https://guangan.chinatax.gov.cn/art/2023/1/16/art_21001_330112.html",
        page("国家税务总局岳池县税务局2022年政府信息公开工作年度报告", P(period(2022)) + T21, info=dateline("2023-01-16")),
        dict(title="国家税务总局岳池县税务局2022年政府信息公开工作年度报告", agency="国家税务总局岳池县税务局",
             agency_type="department", year=2022, template="t2021", published="2023-01-16"),
        id="t2021-vertical-tax-bureau"),
    pytest.param(
        "http://sc.cma.gov.cn/dzqx/xxgk/xxgknb/202201/t20220120_4400123.html",
        page("达州市通川区气象局2021年政府信息公开工作年度报告", P(period(2021)) + T21, info=dateline("2022-01-20")),
        dict(agency="达州市通川区气象局", agency_type="department", year=2021, template="t2021"),
        id="t2021-vertical-meteorological-bureau"),
    pytest.param(
        "http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/202201/t20220125_1200.html",
        page("碑林区残疾人联合会2021年政府信息公开工作年度报告", P(period(2021)) + T21, info=dateline("2022-01-25")),
        dict(agency="碑林区残疾人联合会", agency_type="other", year=2021, template="t2021"),
        id="t2021-disabled-persons-federation-other"),
    pytest.param(
        "http://js.changchun.gov.cn/zcbm/slj/ndbg/202401/t20240116_3271200.html",
        page("长春市双阳区水利局2023年政府信息公开工作年度报告", P(
            "一、总体情况", "（一）主动公开信息情况。截止2023年12月31日我局通过官方网站发布政务类信息41条。") + T21_TABLE,
            info=dateline("2024-01-16")),
        dict(agency_type="department", year=2023, year_source="title", template="t2021", published="2024-01-16"),
        id="t2021-2023-bureau-no-period-sentence"),
    pytest.param(
        "http://www.gzxr.gov.cn/zfxxgk/zfxxgknb/2024n/xzjd/202501/t20250120_86644600.html",
        page("巴铃镇2024年政府信息公开工作年度报告", P(
            "依据《条例》（国务院令第711号）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》"
            "（国办公开办函〔2019〕60号）要求，现公布巴铃镇2024年政府信息公开工作年度报告。"
            "除特别说明外，本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。") + T21),
        dict(title="巴铃镇2024年政府信息公开工作年度报告", agency="巴铃镇", agency_type="township", year=2024,
             year_source="period", template="t2021"),
        id="t2021-2024-report-citing-2019-notice"),
    pytest.param(
        "http://www.qinan.gov.cn/info/14423/1395600.htm",
        page("西川镇人民政府2024年政府信息公开工作年度报告", P(
            "依据《条例》和《中华人民共和国政府信息公开工作年度报告格式》编制本报告。报告中所列数据统计期限为2024年1月1日至12月31日。") + T21,
            meta=('<div class="xxgk-meta">发布机构：西川镇 索引号：xcz/2025-00001 时间：2025-01-20 作者： '
                  '【字体：大 中 小】 【下载Word】 【下载PDF】</div>')),
        dict(title="西川镇人民政府2024年政府信息公开工作年度报告", agency_type="township", year=2024,
             year_source="period", template="t2021", published="2025-01-20"),
        id="t2021-2024-meta-line-shijian"),
    # ---------- observed discrepancies (expected to fail until the parser is fixed) ----------
    pytest.param(
        "http://xw.gov.cn/gov/pub/description/73600.html",
        page("倘塘镇人民政府2024年度政府信息公开工作年度报告", P(
            "依据《条例》和《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）规定，编制本报告。"
            "所列数据统计期限为2024年1月1日—2024年12月31日。") + T21,
            crumb="首页 &gt; 政府信息公开 &gt; 乡镇信息公开",
            info='<ul class="info"><li>宣威市人民政府门户网</li><li>2025-02-12 16:03</li></ul>'),
        dict(title="倘塘镇人民政府2024年度政府信息公开工作年度报告", agency_type="township", year=2024,
             year_source="period", template="t2021", published="2025-02-12"),
        id="published-unlabelled-date-in-info-list"),
    pytest.param(
        "http://kfq.linfen.gov.cn/zfxxgk/xxgkzl/zfxxgknb/202302/t20230201_135300.html",
        page("侯马经济开发区2020年政府信息公开年度报告", P(
            "依据《条例》和（国办公开办函〔2019〕60号）要求，现公布侯马经济开发区2020年政府信息公开工作年度报告。"
            "本年报中所列数据的统计期限自2020年1月1日起至2020年12月31日止。") + T21,
            crumb="首页 &gt; 政府信息公开 &gt; 信息公开专栏 &gt; 政府信息公开年报",
            info='<div class="date">2021-01-28</div><div class="fontsize">【字体：大 中 小】</div>'),
        dict(title="侯马经济开发区2020年政府信息公开年度报告", agency="侯马经济开发区", agency_type="zone", year=2020,
             year_source="period", template="t2019", published="2021-01-28"),
        id="published-bare-date-under-title"),
    pytest.param(
        "http://xxgk.sxgp.gov.cn/xzjd/gpsjx/zfxxgknb/202201/t20220128_1548400.shtml",
        page("2021年政府信息公开工作年度报告", P(
            "石末乡人民政府", "2021年政府信息公开工作年度报告",
            "依据《条例》要求，结合我乡政务公开工作实际，编制本报告。所列数据统计期限从2021年1月1日到12月31日止。") + T21,
            info=dateline("2022-01-28")),
        dict(agency="石末乡人民政府", agency_type="township", year=2021, year_source="period", template="t2021",
             published="2022-01-28"),
        id="agency-two-line-heading-township"),
    pytest.param(
        "https://www.hc.gov.cn/bmjd/bm_100490/sgyq/zwgk_101800/zfxxgknb_101810/202101/t20210126_8799400.html",
        page("2020年政府信息公开工作年度报告", P(
            "重庆双桥经济开发区管理委员会", "2020年政府信息公开工作年度报告", "一、总体情况",
            "2020年，开发区管委会依法依规做好政府信息公开工作。", "（一）主动公开方面。主动公开共计52条。"),
            info='<div class="info">日期：2021-01-26</div>'),
        dict(agency="重庆双桥经济开发区管理委员会", agency_type="zone", year=2020, template="t2019",
             published="2021-01-26"),
        id="agency-two-line-heading-zone"),
    pytest.param(
        "http://www.zbjkq.gov.cn/gongkai/site_gxqbgs/channel_c_5f9f6a81e1a0849e6264c911/doc_6018a4dd2c4de0810dec3200.html",
        page("淄博高新技术产业开发区管理委员会办公室 2020年政府信息公开工作年度报告", P(
            "本报告依据新修订的《条例》、（国办公开办函〔2019〕60号）和省、市有关要求编制。"
            "本报告所列数据的统计时限自2020年1月1日至2020年12月31日。", "一、总体情况",
            "2020年，管委会办公室在做好自身政府信息公开工作的同时，负责推进、指导、协调、监督全区政府信息公开工作。"),
            meta=meta_table([("索引号：", "11370300MB2823300X/2021-5125500", "文号：", "无文号"),
                             ("发文日期：", "2021-01-30T09:00:00", "发布机构：", "高新区办公室")])),
        dict(title="淄博高新技术产业开发区管理委员会办公室 2020年政府信息公开工作年度报告", year=2020,
             year_source="period", template="t2019", agency_type_in=("gov_office", "zone")),
        id="agency-type-zone-committee-office-not-department"),
    # ---------- look-alikes (spec 3.3) ----------
    pytest.param(
        "http://www.gov-mirror.example.com/zhengce/content/2023-12/27/content_6922811.htm",
        page("國務院辦公廳關于印發2024年政務公開工作要點的通知", P(
            "各省、自治區、直轄市人民政府，國務院各部委、各直屬機構：", "《2024年政務公開工作要點》已經國務院同意，現印發給你們，請結合實際認真貫徹落實。",
            "國務院辦公廳", "2023年12月20日", "2024年政務公開工作要點", "做好2024年政務公開工作，要堅持以習近平新時代中國特色社會主義思想為指導。"),
            meta=meta_table([("索 引 號：", "000014349/2023-00101", "主題分類：", "綜合政務\\政務公開"),
                             ("發文機關：", "國務院辦公廳", "發布日期：", "2023年12月27日")])),
        dict(lookalike=True, script="traditional"),
        id="lookalike-work-points-notice-traditional"),
    pytest.param(
        "http://www.xiangcheng.gov.cn/zwgk/zwgkgzyd/202305/t20230510_11201.html",
        page("湘城县2023年政务公开工作要点", P(
            "为深入贯彻《中华人民共和国政府信息公开条例》，做好2023年全县政务公开工作，制定本要点。", "一、以公开助力经济平稳健康发展",
            "二、以公开助力保持社会和谐稳定"), info=dateline("2023-05-10")),
        dict(lookalike=True),
        id="lookalike-county-work-points"),
    pytest.param(
        "http://www.huainan.gov.cn/public/21990/23672300.html",
        page("淮南市2019年政务公开工作总结", P(
            "2019年，我市政务公开工作取得新成效，现总结如下。", "一、主动公开政府信息情况",
            "全年主动公开政府信息10231条，收到政府信息公开申请198件，均已按期答复。"), info=dateline("2020-01-16")),
        dict(lookalike=True),
        id="lookalike-work-summary-with-statistics"),
    pytest.param(
        "https://www.docshare-example.com/document/detail.html?id=601200",
        page("某区林业局2023年政府信息公开工作总结", P(
            "2023年，我局在区委、区政府领导下，不断规范政府信息公开内容。现就本年度政府信息公开工作总结如下：",
            "一、主动公开政府信息情况", "全年主动公开政府信息97条。")),
        dict(lookalike=True),
        id="lookalike-information-disclosure-work-summary"),
    pytest.param(
        "http://nmgzx.example.org.cn/show-57100.html",
        page("关于做好2021年度政府信息公开工作年度报告编制发布工作的通知", P(
            "各旗县区人民政府，市直有关单位：", "为扎实做好2021年政府信息公开工作年度报告编制发布工作，现就有关事项通知如下：",
            "各地区、各部门要严格落实（国办公开办函〔2021〕30号）所附格式，确保年度报告数据翔实。",
            "请于2022年1月31日前编制完成本部门2021年度政府信息公开工作年度报告并向社会公布。"),
            info=dateline("2021-12-20")),
        dict(lookalike=True),
        id="lookalike-compilation-notice"),
    pytest.param(
        "http://www.fsou-example.com.cn/html/text/lar/171903/17190400.html",
        page("梧州市人民政府办公室关于公布梧州市2009年度政府信息公开工作年度报告的通知", P(
            "各县（区）人民政府，市政府各部门：", "我办编制了《梧州市2009年度政府信息公开工作年度报告》，现予公布。",
            "二〇一〇年一月二十二日", "梧州市2009年度政府信息公开工作年度报告",
            "本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。",
            "一、本年度政府信息公开工作的基本情况", "二、主动公开政府信息的情况", "2009年全市主动公开政府信息4870条。",
            "三、依申请公开政府信息和不予公开政府信息的情况"), info=dateline("2010-01-25")),
        dict(year=2009, year_source="period", template="e2008", lookalike=False),
        id="report-published-inside-publication-notice-is-a-report"),
    pytest.param(
        "http://www.shiyan-example.gov.cn/zwgk/ztzl/gzjz/202402/t20240228_3008200.htm",
        page("晋江市2023年政府信息公开工作年度报告公布情况", P(
            "依据《中华人民共和国政府信息公开工作年度报告格式》要求，我市组织各政府信息公开责任单位编制并发布2023年度年度报告。"
            "现将公布情况报告如下：", "一、全市应公布年度报告单位41个，按时公布率100%。",
            "二、41个单位均于2024年1月31日前在政府信息公开专栏完成年度报告的公布工作。"),
            info=dateline("2024-02-06 10:30:00")),
        dict(lookalike=True),
        id="lookalike-publication-status-report"),
    pytest.param(
        "https://www.wuhe.gov.cn/zfxxgk/public/29700/51305400.html",
        page("【工作推进】五河县召开2023年度政府信息公开工作年报编制和发布部署会", P(
            "为扎实做好政府信息公开工作年度报告编制和数据报送工作，1月8日下午，县政府召开2023年度政府信息公开工作年报编制和发布部署会，"
            "13家乡镇、41家县直部门参加会议。", "会议强调，各单位要严格依据（国办公开办函〔2021〕30号）要求认真编制。"),
            info=dateline("2024-01-09 17:40", "五河县人民政府")),
        dict(lookalike=True),
        id="lookalike-news-about-compiling-meeting"),
    pytest.param(
        "http://www.gov-example.cn/art/2023/1/30/art_1229000_59001.html",
        page("一图读懂｜萧山区2022年政府信息公开工作年度报告", P(
            "<img src='/picture/0/2301301.jpg' alt='一图读懂'>", "2022年，全区主动公开政府信息6120条。"),
            info=dateline("2023-01-30")),
        dict(title="一图读懂｜萧山区2022年政府信息公开工作年度报告", lookalike=True),
        id="lookalike-infographic-with-separator"),
    pytest.param(
        "http://www.gov-example.cn/art/2023/2/1/art_1229000_59010.html",
        page("《安顺县2022年政府信息公开工作年度报告》解读", P(
            "近日，安顺县人民政府发布了2022年政府信息公开工作年度报告。现就报告主要内容解读如下：",
            "一、主动公开情况。2022年主动公开政府信息2310条。"), info=dateline("2023-02-01")),
        dict(lookalike=True),
        id="lookalike-interpretation"),
    pytest.param(
        "http://www.tieling-example.gov.cn/zfxxgk/fdzdgknr/zfwzgzndbb/202401/t20240118_200101.html",
        page("铁岭市人民政府门户网站2023年政府网站工作年度报表", """<table border="1">
<tr><td>网站名称</td><td colspan="2">铁岭市人民政府门户网站</td></tr>
<tr><td>首页网址</td><td colspan="2">http://www.tieling.gov.cn</td></tr>
<tr><td>主办单位</td><td colspan="2">铁岭市人民政府办公室</td></tr>
<tr><td>网站标识码</td><td colspan="2">2112000001</td></tr>
<tr><td>独立用户访问总量（单位：个）</td><td colspan="2">230114</td></tr>
<tr><td rowspan="2">信息发布（单位：条）</td><td>总数</td><td>6021</td></tr>
<tr><td>概况类信息更新量</td><td>31</td></tr></table>""", info=dateline("2024-01-18")),
        dict(lookalike=True),
        id="lookalike-website-annual-form"),
    pytest.param(
        "http://www.tieling-example.gov.cn/zfxxgk/zfxxgkzd/202401/t20240105_200001.html",
        page("關于做好2023年度政府網站年度報表發布工作的通知", P(
            "各縣（市）、區人民政府辦公室，市政府有關部門：", "根據國辦函〔2018〕12號精神，為做好我市2023年度政府網站年度報表填報及發布工作，現就有關事項通知如下：",
            "一、填報對象和內容", "各縣（市）區政府、市政府各部門要編制發布《政府網站工作年度報表》。"),
            info='<div class="info">發布時間：2024-01-05</div>'),
        dict(lookalike=True, script="traditional"),
        id="lookalike-website-form-notice-traditional"),
    pytest.param(
        "http://tjj.example.gov.cn/tjgb/202303/t20230320_900101.html",
        page("平凉市2022年国民经济和社会发展统计公报", P(
            "平凉市统计局", "2023年3月20日", "一、综合", "初步核算，全年全市地区生产总值（GDP）532.1亿元，比上年增长4.2%。"),
            info=dateline("2023-03-20")),
        dict(lookalike=True),
        id="lookalike-statistics-bulletin"),
    pytest.param(
        "http://www.example-city.gov.cn/zwgk/fzzfjs/202203/t20220328_77001.html",
        page("某某市2021年法治政府建设年度报告", P(
            "2021年，我市深入学习贯彻习近平法治思想，全面推进法治政府建设。",
            "五、推进政务公开。全年主动公开政府信息3216条，办理政府信息公开申请127件。"), info=dateline("2022-03-28")),
        dict(lookalike=True),
        id="lookalike-rule-of-law-annual-report"),
]


def _parse(url: str, body: bytes):
    charset = "gbk" if b"charset=gbk" in body[:300] else "utf-8"
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={charset}"})])


@pytest.mark.parametrize(("url", "body", "expected"), CASES)
def test_real_report_metadata(url: str, body: bytes, expected: dict) -> None:
    report = _parse(url, body)
    got: dict = {}
    want: dict = {}
    for key, value in expected.items():
        if key == "lookalike":
            got[key] = any(e.startswith("look-alike document") for e in report.errors)
        elif key == "agency_type_in":
            got[key] = report.agency_type in value
            value = True
        else:
            got[key] = getattr(report, key)
        want[key] = value
    assert got == want, f"errors={report.errors}"
