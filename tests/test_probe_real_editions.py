"""Black-box probe: report metadata other than agency typing, on pages shaped like real portals.

Fields probed: `edition`, `published`, `year` / `year_source`, `region_code`, `script`, `is_mirror` /
`mirror_reason`, `title`. Every page is written here in our own words; the *shapes* (metadata blocks, date lines,
title suffixes, footers with 网站标识码, mirror banners, traditional script with pinyin glosses) follow what real
government portals and their copies serve (studied on stored real pages: rongchang.gov.cn, baiyinqu.gov.cn,
cqwl.gov.cn, hljwch.gov.cn, gsliangzhou.gov.cn, ynyx.gov.cn, syyh.gov.cn, njgl.gov.cn, lianyun.gov.cn, gsxf.gov.cn,
xxgk.sxgp.gov.cn, fzja.gov.cn, np.gov.cn, anji.gov.cn, lishui.gov.cn, shanghai.gov.cn and mirrors such as
gat.bjtchw.com, icases.net, forbiddentreatments.com, lfrdys.com, zwinkt.com, bjmssf.com, jendow.com.tw).

Spec anchors: /work/shared/spec/report-formats.md section 0 (year: 统计期限 first, then title, then page date),
3.1 (索引号 and 网站标识码 carry the division code), 3.2 (title pattern with an optional edition in brackets),
3.5 (图片版 / 超链版 editions), 3.8 (mirrors, traditional script, pinyin glosses); docs/schema.md (reports table).
Division codes: /work/shared/data/division_codes.csv.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# --------------------------------------------------------------------------------------------------------------
# page builder: a portal article page with realistic chrome
# --------------------------------------------------------------------------------------------------------------


def _page(
    url: str,
    *,
    h1: str | None,
    body: list[str],
    head_title: str | None = None,
    site: str = "某某市人民政府",
    crumbs: str = "首页 > 政务公开 > 政府信息公开年报",
    meta: str = "",
    info: str = "",
    above: str = "",
    footer: str = "",
    charset: str = "utf-8",
    header_extra: str = "",
    tail: str = "",
) -> Fetched:
    """One article page. `meta` is a metadata block (索引号 …) above the title, `info` the line under the title
    (发布时间/来源/字号), `above` a line printed above the title, `tail` content after the body (related links)."""
    title_tag = head_title if head_title is not None else (h1 or "")
    paras = "\n".join(f"<p>{p}</p>" for p in body)
    h1_html = f'<h1 class="article-title">{h1}</h1>' if h1 is not None else ""
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title_tag}</title>
<link rel="stylesheet" href="/css/common.css"><script src="/js/jquery.min.js"></script></head>
<body>
<div class="top-bar"><span>{header_extra}</span> <a href="/">设为首页</a> <a href="#">加入收藏</a> <a href="/fanti/">繁体</a>
 <a href="#">无障碍</a></div>
<div class="header"><img src="/images/logo.png" alt="{site}"><span class="site-name">{site}</span></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="crumbs">当前位置：{crumbs}</div>
<div class="article">
{meta}
{above}
{h1_html}
<div class="info">{info}</div>
<div class="TRS_Editor" id="zoom">
{paras}
</div>
<div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
{tail}
<div class="footer"><p>{footer or f"主办单位：{site}办公室 联系电话：0000-00000000"}</p>
<p>ICP备案号：某ICP备05000000号</p></div>
</body></html>"""
    return Fetched(url, html.encode(charset, "strict"), {"content-type": f"text/html; charset={charset}"})


def _meta_table(rows: list[tuple[str, str, str, str]]) -> str:
    cells = "".join(f"<tr><th>{a}</th><td>{b}</td><th>{c}</th><td>{d}</td></tr>" for a, b, c, d in rows)
    return f'<table class="xxgk-meta">{cells}</table>'


def _footer(code: str, site: str = "某某区人民政府") -> str:
    return f"主办单位：{site}办公室 承办：{site}大数据中心 网站标识码：{code} 某ICP备12000000号-1"


# short body fragments (our own words)
def _intro(year: int) -> str:
    return (f"本报告依据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、主动公开政府信息情况等六个部分。"
            f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")


_GEN = "一、总体情况"
_ACT = "全年通过门户网站主动公开各类政府信息若干条，及时回应社会关切。"
_NOPERIOD = "现将本单位政府信息公开工作情况报告如下："

# --------------------------------------------------------------------------------------------------------------
# cases: (Fetched, expected). Expected maps a Report field to a value; a frozenset means "one of these".
# --------------------------------------------------------------------------------------------------------------

CASES: list = []


def case(case_id: str, fetched: Fetched, **expected) -> None:
    CASES.append(pytest.param(fetched, expected, id=case_id))


# ---- edition -------------------------------------------------------------------------------------------------

case("edition-tupianban-fullwidth-parens",
     _page("https://www.ahsz.gov.cn/public/2653/41205512.html",
           h1="宿州市人民政府2019年政府信息公开工作年度报告（图片版）",
           body=['<img src="/group3/M00/nb2019_01.jpg" alt="">', '<img src="/group3/M00/nb2019_02.jpg" alt="">'],
           info="发布时间：2020-03-30 16:12 来源：市政务公开办"),
     edition="图片版", year=2019, title="宿州市人民政府2019年政府信息公开工作年度报告（图片版）")

case("edition-chaolianban-ascii-parens",
     _page("https://www.shhuangpu.gov.cn/zw/009001/009001012/20230329/abc1.html",
           h1="上海市黄浦区人民政府2022年政府信息公开工作年度报告(超链版)",
           body=[_intro(2022), _GEN, _ACT], info="发布日期：2023-03-29"),
     edition="超链版", year=2022, year_source="period")

case("edition-chaolianjieban",
     _page("http://www.qingpu.gov.cn/xxgk/nb/2024/0128/101.html",
           h1="青浦区2023年政府信息公开工作年度报告（超链接版）",
           body=[_intro(2023), _GEN, _ACT], info="发布时间：2024-01-28"),
     edition="超链接版", year=2023)

case("edition-wenziban",
     _page("http://www.xixian.gov.cn/zwgk/xxgknb/202301/t20230120_9.html",
           h1="息县2022年政府信息公开工作年度报告（文字版）",
           body=[_intro(2022), _GEN, _ACT], info="发布日期：2023-01-20"),
     edition="文字版", year=2022, title="息县2022年政府信息公开工作年度报告（文字版）")

case("edition-jiandu-ban",
     _page("http://www.lyg.gov.cn/zglygzfmhwz/zfxxgknb/202302/t20230210_1.html",
           h1="连云港市2022年政府信息公开工作年度报告（解读版）",
           body=["为便于公众阅读，现对本市2022年政府信息公开工作年度报告作如下解读。", _GEN, _ACT],
           info="发布日期：2023-02-10"),
     edition="解读版", year=2022)

case("edition-jianban",
     _page("http://www.hd.gov.cn/xxgk/nb/202103/t20210301_5.html",
           h1="邯郸市2020年政府信息公开工作年度报告（简版）",
           body=[_intro(2020), _GEN, _ACT], info="发布日期：2021-03-01"),
     edition="简版", year=2020)

case("edition-yingwenban",
     _page("http://www.suzhou.gov.cn/szsrmzf/nb/202303/t20230331_2.shtml",
           h1="苏州市2022年政府信息公开工作年度报告（英文版）",
           body=["Annual Report on Government Information Disclosure of Suzhou Municipal Government (2022).",
                 "The statistics in this report cover the period from January 1 to December 31, 2022."],
           info="发布日期：2023-03-31"),
     edition="英文版", year=2022)

case("edition-none-plain-title",
     _page("http://www.anji.gov.cn/art/2023/1/18/art_1229518625_4101.html",
           h1="安吉县2022年政府信息公开工作年度报告", body=[_intro(2022), _GEN, _ACT], info="发布日期：2023-01-18"),
     edition=None, year=2022)

case("edition-none-agency-parenthetical",
     _page("http://www.jiangyin.gov.cn/doc/2023/01/20/1001.shtml",
           h1="江阴市人民政府办公室（市政务服务管理办公室）2022年政府信息公开工作年度报告",
           body=[_intro(2022), _GEN, _ACT], info="发布日期：2023-01-20"),
     edition=None, year=2022,
     title="江阴市人民政府办公室（市政务服务管理办公室）2022年政府信息公开工作年度报告")

case("edition-year-first-title-tupianban",
     _page("http://www.sifangtai.gov.cn/xxgk/nb/2024/02/05/11.html",
           h1="2023年四方台区政府信息公开工作年度报告（图片版）",
           body=['<img src="/upload/2024/nb01.png" alt="年报第1页">'], info="发布时间：2024-02-05 09:00"),
     edition="图片版", year=2023)

case("edition-traditional-mirror-printed-as-is",
     _page("http://www.haose21.com/zwgk/nb/202103/t20210318_77.html",
           h1="莲都區2020年政府信息公開工作年度報告（圖片版）",
           head_title="莲都區2020年政府信息公開工作年度報告（圖片版）",
           body=['<img src="/upload/nb2020_1.jpg" alt="">'], site="亚洲精品一区_欧美激情"),
     edition="圖片版", year=2020, script="traditional", is_mirror=True)

case("edition-traditional-text-page-printed-as-is",
     _page("http://www.haose21.com/zwgk/nb/202103/t20210318_79.html",
           h1="莲都區2020年政府信息公開工作年度報告（圖片版）", site="亚洲精品一区_欧美激情",
           body=["本報告中所列數據的統計期限自2020年1月1日起至2020年12月31日止。", "一、總體情況", "全年主動公開政府信息若干條。"]),
     edition="圖片版", year=2020, year_source="period", script="traditional", is_mirror=True)

case("edition-yitududong-year",
     _page("http://www.wuxi.gov.cn/doc/2023/02/01/3900.shtml",
           h1="一图读懂｜无锡市2022年政府信息公开工作年度报告",
           body=['<img src="/uploadfiles/202302/yitu.jpg" alt="一图读懂">'], info="发布日期：2023-02-01"),
     year=2022)

case("edition-agency-parens-and-edition-parens",
     _page("http://www.jiangyin.gov.cn/doc/2023/01/21/1002.shtml",
           h1="江阴市人民政府办公室（市外事办公室）2022年政府信息公开工作年度报告（图片版）",
           body=['<img src="/uploadfiles/nb2022_p1.jpg" alt="">'], info="发布日期：2023-01-21"),
     edition="图片版", year=2022,
     title="江阴市人民政府办公室（市外事办公室）2022年政府信息公开工作年度报告（图片版）")

case("edition-pdf-ban",
     _page("http://www.xx.gov.cn/zwgk/nb/202301/t20230118_4.html",
           h1="某某县人民政府2022年政府信息公开工作年度报告（PDF版）",
           body=['<a href="./P020230118123456.pdf">某某县人民政府2022年政府信息公开工作年度报告.pdf</a>'],
           info="发布日期：2023-01-18"),
     edition="PDF版", year=2022)

case("edition-none-year-in-trailing-parens",
     _page("http://www.xx.gov.cn/sjj/nb/202301/t20230116_2.html",
           h1="某某县审计局政府信息公开工作年度报告（2022年度）",
           body=[_NOPERIOD, _GEN, _ACT], info="发布日期：2023-01-16"),
     edition=None, year=2022, year_source="title")

# ---- published -----------------------------------------------------------------------------------------------

case("published-labelled-chinese-padded",
     _page("http://www.syyh.gov.cn/zwgk/zfxxgknb/2023/202401/t20240118_2.html",
           h1="2023年迎宾路街道政府信息公开工作年度报告", info="发布时间：2024年01月18日 来源：迎宾路街道办事处",
           body=[_NOPERIOD, _GEN, _ACT]),
     published="2024-01-18", year=2023)

case("published-unlabelled-date-first-in-info-line",
     _page("http://www.xx.gov.cn/mzj/nb/202401/t20240126_5.html",
           h1="某某区民政局2023年政府信息公开工作年度报告", info="2024-01-26 10:20 来源：区民政局 【字体：大 中 小】",
           body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-bracketed-date",
     _page("http://www.xx.gov.cn/wjw/nb/202401/t20240126_6.html",
           h1="某某区卫生健康局2023年政府信息公开工作年度报告", info="发布时间：[ 2024-01-26 ] 访问次数：",
           body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-dotted-date",
     _page("http://www.xx.gov.cn/jyj/nb/202401/t20240126_7.html",
           h1="某某区教育局2023年政府信息公开工作年度报告", info="发布日期：2024.01.26 来源：区教育局",
           body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-meta-table-with-seconds",
     _page("http://www.xx.gov.cn/art/2024/1/26/art_1229_77.html",
           h1="某某区司法局2023年政府信息公开工作年度报告",
           meta=_meta_table([("索引号", "330110/2024-00077", "公开方式", "主动公开"),
                             ("发布机构", "区司法局", "发布日期", "2024-01-26 16:32:05")]),
           body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", region_code="330110")


case("published-iso-dash-in-meta-table",
     _page("http://www.luqiao.gov.cn/art/2024/1/26/art_1229460359_60001.html",
           h1="路桥区螺洋街道2023年度政府信息公开工作年度报告",
           meta=_meta_table([("索引号", "001008003011001/2024-00012", "公开方式", "主动公开"),
                             ("发布机构", "螺洋街道", "发布日期", "2024-01-26")]),
           body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", year=2023, year_source="period")

case("published-chinese-date-with-time",
     _page("http://www.cqwl.gov.cn/bm/tjj/zfxxgknb/202401/t20240126_1.html",
           h1="重庆市武隆区统计局2023年政府信息公开工作年度报告",
           info="发布时间：2024年1月26日 09:30 来源：区统计局", body=[_NOPERIOD, _GEN, _ACT]),
     published="2024-01-26", year=2023, year_source="title")

case("published-slash-date",
     _page("http://www.ynyx.gov.cn/info/1025/20001.htm",
           h1="云县大寨镇人民政府2023年政府信息公开工作年度报告",
           info="来源：大寨镇 作者： 时间：2024/01/26 点击率：【 打印 】【 关闭 】", body=[_GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-compact-digits",
     _page("http://www.xx.gov.cn/zwgk/nb/20240126/a1.html",
           h1="某某县水利局2023年政府信息公开工作年度报告",
           info="发布日期：20240126 信息来源：县水利局", body=[_NOPERIOD, _GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-unpadded-month-day",
     _page("http://www.gsxf.gov.cn/xxgk/nb/content_7001",
           h1="解放路街道办事处2023年政府信息公开工作年度报告",
           info="来源： 发布时间：2024-1-5 浏览次数： 【字体：大 中 小】", body=[_GEN, _ACT]),
     published="2024-01-05", year=2023)

case("published-riqi-colon-only",
     _page("http://rongchang.gov.cn/jz/hbz/zfxxgknb/202401/t20240129_1.html",
           h1="河包镇2023年政府信息公开工作年度报告", info="日期：2024-01-29 字体：【 默认 超大 】",
           body=["现将2023年度政府信息公开工作报告公布如下（本报告所列数据统计期限自2023年1月1日起至2023年12月31日止）：",
                 _GEN, _ACT]),
     published="2024-01-29", year=2023, year_source="period")

case("published-fabu-not-chengwen",
     _page("http://www.jiangning.gov.cn/zwgk/nb/202401/t20240126_3.html",
           h1="江宁区交通运输局2023年政府信息公开工作年度报告",
           meta=_meta_table([("索引号", "11320115MB1234567X/2024-00003", "主题分类", "综合政务"),
                             ("发布机构", "区交通运输局", "成文日期", "2024-01-20"),
                             ("发布日期", "2024-01-26", "有效性", "有效")]),
           body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-date-line-above-title",
     _page("http://www.xxgk.example.gov.cn/nb/2024/0126/1.html",
           h1="某某区民政局2023年政府信息公开工作年度报告",
           above='<div class="date">2024-01-26</div>', body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-page-date-not-signature-date",
     _page("http://www.njgl.gov.cn/glqrmzf/xxgkzl/nb/202401/t20240126_1.html",
           h1="南京市鼓楼区华侨路街道办事处2023年政府信息公开年度报告",
           info="发布日期：2024-01-26", footer=_footer("3201060001"),
           body=[_intro(2023), _GEN, _ACT, "南京市鼓楼区华侨路街道办事处", "2024年1月18日"]),
     published="2024-01-26", year=2023, year_source="period")

case("published-not-header-clock",
     _page("http://www.yh.gov.cn/art/2024/1/26/art_1532_1.html",
           h1="余杭区农业农村局2023年政府信息公开工作年度报告",
           header_extra="今天是：2024年11月25日 星期一", info="发布日期：2024-01-26 来源：区农业农村局",
           body=[_intro(2023), _GEN, _ACT]),
     published="2024-01-26", year=2023)

case("published-not-related-links",
     _page("http://www.fzja.gov.cn/xjwz/zwgk/nb/202401/t20240112_2.htm",
           h1="福州市晋安区2023年政府信息公开工作年度报告", info="来源：区人民政府办公室 时间：2024-01-12 10:01",
           body=[_intro(2023), _GEN, _ACT],
           tail=('<div class="related"><h3>相关阅读</h3><ul>'
                 '<li><a href="/nb/2022.htm">福州市晋安区2022年政府信息公开工作年度报告</a><span>2023-01-13</span></li>'
                 '<li><a href="/nb/2021.htm">福州市晋安区2021年政府信息公开工作年度报告</a><span>2022-01-14</span></li>'
                 '</ul></div>')),
     published="2024-01-12", year=2023)

case("published-repost-page-date-later-than-report",
     _page("http://www.shangyu.gov.cn/art/2015/7/27/art_1351_34481.html",
           h1="2009年度下管镇政府信息公开年度报告",
           meta=_meta_table([("索引号：", "1133068200259085XF/2015-28256", "公开方式：", "主动公开"),
                             ("文号：", "", "公开日期：", "2015-07-27 16:32")]),
           body=["现将2009年我镇政府信息公开年度报告如下：", "一、政府信息主动公开情况", _ACT]),
     published="2015-07-27", year=2009, year_source="title")

case("published-unlabelled-date-after-agency-name",
     _page("http://www.syyh.gov.cn/zwgk/zfxxgknb/2023/202401/t20240118_1.html",
           h1="2023年迎宾路街道政府信息公开工作年度报告", info="迎宾路街道办事处 2024年01月18日 来源：1 [字体： ] 打印",
           body=[_NOPERIOD, _GEN, _ACT]),
     published="2024-01-18", year=2023)

case("published-gbk-page",
     _page("http://www.fzja.gov.cn/xjwz/zwgk/nb/201701/t20170112_3.htm", charset="gbk",
           h1="福州市晋安区2016年政府信息公开工作年度报告", info="来源：区人民政府办公室 发布时间：2017-01-12",
           body=["本报告统计数据从2016年1月1日至2016年12月31日止。", "一、概述", _ACT]),
     published="2017-01-12", year=2016, year_source="period", title="福州市晋安区2016年政府信息公开工作年度报告")

# ---- year / year_source --------------------------------------------------------------------------------------

case("year-period-beats-wrong-title-year",
     _page("http://www.penglai.gov.cn/art/2011/1/27/art_1_2.html",
           h1="蓬莱市统计局2010年政府信息公开工作年度报告", info="发布时间：2011-01-27",
           body=["本报告中所列数据的统计期限自2011年1月1日起至2011年12月31日止。", "一、概述", _ACT]),
     year=2011, year_source="period")

case("year-period-beats-page-date",
     _page("http://www.penglai.gov.cn/art/2010/1/27/art_1_3.html",
           h1="蓬莱市统计局政府信息公开工作年度报告", info="发布时间：2010-01-27",
           body=["本报告中所列数据的统计期限自2009年1月1日起至2009年12月31日止。", "一、概述", _ACT]),
     year=2009, year_source="period")

case("year-title-when-no-period",
     _page("http://www.baiyinqu.gov.cn/bmdw/tjj/nb/art/2021/art_1.html",
           h1="白银区统计局2020年政府信息公开工作年度报告", info="信息来源：区统计局 发布时间：2021-01-06 08:54",
           body=["本报告根据新修订《条例》要求编写而成。", "一、政府信息公开工作总体情况", "2020年累计主动公开政府信息若干条。"]),
     year=2020, year_source="title", published="2021-01-06")

case("year-page-date-last-resort",
     _page("http://www.xx.gov.cn/zwgk/nb/202301/t20230115_8.html",
           h1="某某镇政府信息公开工作年度报告", info="发布日期：2023-01-15",
           body=[_NOPERIOD, _GEN, "本镇主动公开政府信息若干条，未收到政府信息公开申请。"]),
     year=2022, year_source="page_date")

case("year-period-tongji-shixian",
     _page("http://xxgk.sxgp.gov.cn/xzjd/gpdcb/zfxxgknb/202401/t20240118_2.shtml",
           h1="东城街街道办事处2023年政府信息公开工作年度报告",
           body=[_GEN, "本报告中所列数据的统计时限为2023年1月1日至2023年12月31日。", _ACT]),
     year=2023, year_source="period")

case("year-period-tongji-shiduan",
     _page("http://www.xuanzhou.gov.cn/OpennessAnnualReport/show/5001.html",
           h1="宣州区科技局2023年政府信息公开工作年度报告",
           body=["除特别说明之外，所列数据统计时段为2023年1月1日至2023年12月31日。", _GEN, _ACT]),
     year=2023, year_source="period")

case("year-period-open-end-form",
     _page("http://www.luqiao.gov.cn/art/2022/1/14/art_1229460359_5.html",
           h1="螺洋街道2021年度政府信息公开工作年度报告",
           body=["本年度报告中所列数据的统计期限自2021年1月1日起至12月31日止，并在区政府门户网站全文公开。", _GEN, _ACT]),
     year=2021, year_source="period")

case("year-title-nian-du",
     _page("http://www.hengyang.gov.cn/gzw/nb/20200120/i1.html",
           h1="衡阳市国资委2019年度政府信息公开年度报告", info="发布时间：2020-01-19 10:56 来源：办公室",
           body=["编制说明：本年度报告根据国家、省、市的相关规定编制。", _GEN, _ACT]),
     year=2019, year_source="title")

case("year-title-beats-other-years-in-body",
     _page("http://www.lianyun.gov.cn/scjd/zfxxgknb/content/a2.html",
           h1="宿城街道办事处2022年政府信息公开工作年度报告", info="发文日期：2023-01-04",
           body=[_GEN, "根据《2021年政务公开工作要点》，街道建立了信息发布台账。", _ACT,
                 "2023年，街道将进一步加强政府信息管理。"]),
     year=2022, year_source="title")

case("year-period-traditional",
     _page("http://www.hzfuyang.com/art/2019/3/1/art_1.html",
           h1="2018年富陽區信息公開工作年度報告",
           body=["本報告中所列數據的統計期限自2018年1月1日起至2018年12月31日止。", "一、概述", "全年主動公開政府信息若干條。"]),
     year=2018, year_source="period", script="traditional", is_mirror=True)

case("year-period-fullwidth-digits",
     _page("http://www.dq.gov.cn/zwgk/nb/202301/t20230130_1.html",
           h1="某某县司法局２０２２年政府信息公开工作年度报告",
           body=["本报告所列数据统计期限自２０２２年１月１日起至２０２２年１２月３１日止。", _GEN, _ACT]),
     year=2022, year_source="period")

case("year-title-year-first-no-period",
     _page("http://www.sifangtai.gov.cn/xxgk/nb/2018/01/30/7.html",
           h1="2017年四方台区政府信息公开工作年度报告", info="发布时间：2018-01-30",
           body=[_NOPERIOD, "一、概述", _ACT]),
     year=2017, year_source="title")

# ---- title ---------------------------------------------------------------------------------------------------

case("title-strip-portal-suffix-underscore",
     _page("http://www.yangshan.gov.cn/gkmlpt/content/0/763/post_763080.html", h1=None,
           head_title="阳山县人民政府办公室2016年政府信息公开工作年度报告_阳山县人民政府门户网站",
           body=["阳山县人民政府办公室2016年政府信息公开工作年度报告",
                 "本报告内容涵盖县人民政府及其办公室2016年1月1日至12月31日期间的政府信息公开工作情况。", "一、综述", _ACT]),
     title="阳山县人民政府办公室2016年政府信息公开工作年度报告", year=2016)

case("title-strip-portal-suffix-only-in-title-tag",
     _page("http://www.laifeng.gov.cn/xxgk/nb/201703/t20170315_1.html", h1=None,
           head_title="来凤县人民政府2016年政府信息公开工作年度报告_来凤县人民政府门户网站",
           body=["本年度报告中所列数据的统计期限自2016年1月1日起至12月31日止。", "一、概述", _ACT]),
     title="来凤县人民政府2016年政府信息公开工作年度报告", year=2016, year_source="period")

case("title-strip-dash-site-suffix",
     _page("http://www.cqwl.gov.cn/bm/tjj/nb/202101/t20210122_8.html", h1=None,
           head_title="重庆市武隆区统计局2020年政府信息公开工作年度报告-重庆市武隆区人民政府",
           body=[_NOPERIOD, "一、 总体情况", _ACT]),
     title="重庆市武隆区统计局2020年政府信息公开工作年度报告", year=2020)

case("title-strip-font-size-widget",
     _page("http://www.gsxf.gov.cn/xxgk/nb/content_6379", h1="解放路街道办事处2022年政府信息公开工作年度报告【字体：大 中 小】",
           head_title="西峰区人民政府", info="发布时间：2023-01-28", body=[_GEN, _ACT]),
     title="解放路街道办事处2022年政府信息公开工作年度报告", year=2022)

case("title-from-meta-biaoti-row",
     _page("http://www.lianyun.gov.cn/scjd/zfxxgknb/content/a3.html", h1=None, head_title="连云区人民政府",
           meta=_meta_table([("索 引 号", "01425845-9/2022-00012", "分 类", "综合政务/其他 / 报告"),
                             ("发布机构", "宿城街道", "发文日期", "2022-01-04"),
                             ("标 题", "宿城街道办事处2021年政府信息公开工作年度报告", "文 号", "无")]),
           body=[_GEN, "2021年，街道严格按照上级要求做好信息公开工作。"]),
     title="宿城街道办事处2021年政府信息公开工作年度报告", year=2021)

case("title-two-line-cover",
     _page("https://www.ahsz.gov.cn/public/2653/31002.html", h1=None, head_title="宿州市人民政府",
           body=["宿州市人民政府2016年", "政府信息公开工作年度报告", "宿州市人民政府办公室", "2017年3月",
                 "本年度报告中使用数据统计期限为2016年1月1日至12月31日。", "一、概述", _ACT]),
     title="宿州市人民政府2016年政府信息公开工作年度报告", year=2016, year_source="period")

case("title-pipe-site-suffix",
     _page("http://www.hljwch.gov.cn/hebwcs/c111341/202401/c01_7001.shtml", h1=None,
           head_title="五常市背荫河镇2023年政府信息公开工作年度报告 | 五常市人民政府",
           info="日期：2024-01-11 来源：五常市人民政府 访问量：",
           body=["报告所列数据统计期限为2023年1月1日起至2023年12月31日止。", _GEN, _ACT]),
     title="五常市背荫河镇2023年政府信息公开工作年度报告", year=2023, published="2024-01-11")

case("title-traditional-mirror-without-pinyin-gloss",
     _page("http://icases.net/OpennessAnnualReport/download/4336.html",
           h1="宣州區(qū)科技局2020年信息公開工作年度報(bào)告", site="又黃又爽_九九熱手機精品",
           body=["除特別說明之外，所列數(shù)據(jù)統(tǒng)計時段為2020年1月1日至2020年12月31日。", "一、總體情況"]),
     title="宣州區科技局2020年信息公開工作年度報告", year=2020, script="traditional", is_mirror=True)

case("title-site-name-first-in-title-tag",
     _page("http://www.xx.gov.cn/zwgk/nb/202301/t20230130_9.html", h1=None,
           head_title="某某县人民政府 - 某某县应急管理局2022年政府信息公开工作年度报告",
           above='<div class="bt">某某县应急管理局2022年政府信息公开工作年度报告</div>',
           info="发布日期：2023-01-30", body=[_NOPERIOD, _GEN, _ACT]),
     title="某某县应急管理局2022年政府信息公开工作年度报告", year=2022)

case("title-in-div-not-site-name",
     _page("http://www.ynyx.gov.cn/info/1025/20002.htm", h1=None, head_title="云县人民政府",
           above='<table><tr><td class="titlestyle">云县大寨镇人民政府2023年政府信息公开工作年度报告</td></tr></table>',
           info="来源： 作者： 时间：2024-01-28 点击率：", body=[_GEN, _ACT]),
     title="云县大寨镇人民政府2023年政府信息公开工作年度报告", year=2023, published="2024-01-28")

# ---- region_code ---------------------------------------------------------------------------------------------

case("region-site-code-when-suoyinhao-is-org-code",
     _page("http://www.taizhou.gov.cn/art/2018/2/28/art_46355_1634540.html", h1="泰州市人民政府2017年政府信息公开工作年度报告",
           meta=_meta_table([("索 引 号", "014416330/2018-04736", "分 类", "政府信息公开年报"),
                             ("发布机构", "市政府办", "发文日期", "2018-02-28")]),
           footer=_footer("3212000001", "泰州市人民政府"),
           body=["报告所列数据的统计期限自2017年1月1日起至12月31日止。", "一、主要工作概述", _ACT]),
     region_code="321200", year=2017, year_source="period")


case("region-from-site-code-footer",
     _page("http://www.yuhang.gov.cn/art/2024/1/20/art_1229_1.html", h1="余杭区财政局2023年政府信息公开工作年度报告",
           info="发布日期：2024-01-20", footer=_footer("3301100016", "杭州市余杭区人民政府"), body=[_intro(2023), _GEN, _ACT]),
     region_code="330110")

case("region-from-suoyinhao-division-prefix",
     _page("http://www.anji.gov.cn/art/2019/3/7/art_1229518625_3758635.html", h1="安吉县2018年政府信息公开工作年度报告",
           meta=_meta_table([("索引号：", "330523/2019-04682", "发布机构：", "县政府办"),
                             ("发布日期：", "2019-03-07", "公开方式：", "主动公开")]),
           body=[_intro(2018), "一、概述", _ACT]),
     region_code="330523", published="2019-03-07", year=2018)

case("region-from-credit-code-suoyinhao",
     _page("http://www.gsliangzhou.gov.cn/art/2021/1/20/art_17409_9001.html", h1="张义镇人民政府2020年政府信息公开工作年度报告",
           meta=_meta_table([("索引号", "11620602MB1C23456T/2021-00021", "公开方式", "主动公开"),
                             ("发布机构", "凉州区张义镇人民政府", "发布日期", "2021-01-20")]),
           body=[_intro(2020), _GEN, _ACT]),
     region_code="620602", year=2020)

case("region-retired-code-from-old-credit-code",
     _page("http://www.shangyu.gov.cn/art/2015/7/27/art_1351_34482.html", h1="2009年度下管镇政府信息公开年度报告",
           meta=_meta_table([("索引号：", "1133068200259085XF/2015-28257", "公开方式：", "主动公开"),
                             ("发布单位：", "下管镇", "公开日期：", "2015-07-27 16:32")]),
           body=["现将2009年我镇政府信息公开年度报告如下：", "一、政府信息主动公开情况", _ACT]),
     region_code=frozenset({"330682", "330604"}))

case("region-site-code-not-a-division",
     _page("http://www.kfq.example.gov.cn/zwgk/nb/202401/t20240120_1.html", h1="某某经济开发区管委会2023年政府信息公开工作年度报告",
           info="发布日期：2024-01-20", footer="主办：某某经济开发区管委会 网站标识码：9999990001", body=[_intro(2023), _GEN, _ACT]),
     region_code=frozenset({None}))

case("region-site-code-city-level",
     _page("http://www.taizhou.gov.cn/art/2024/1/30/art_46355_1.html", h1="泰州市人民政府2023年政府信息公开工作年度报告",
           info="发布日期：2024-01-30", footer=_footer("3212000001", "泰州市人民政府"), body=[_intro(2023), _GEN, _ACT]),
     region_code="321200")

case("region-suoyinhao-beats-nothing-else-gansu",
     _page("http://www.baiyinqu.gov.cn/bmdw/nb/art/2024/art_9.html", h1="白银区统计局2023年政府信息公开工作年度报告",
           meta=("<div>索 引 号：620402/2024-172732 生成日期：2024-01-06</div>"
                 "<div>所属机构：白银区 发布机构：白银区人民政府</div>"),
           info="信息来源：区统计局 发布时间：2024-01-06 08:54", body=[_NOPERIOD, _GEN, _ACT]),
     region_code="620402", published="2024-01-06")

# ---- script / mirror -----------------------------------------------------------------------------------------

case("mirror-gov-host-simplified-not-mirror",
     _page("http://www.hljwch.gov.cn/hebwcs/c111341/202301/c01_592214.shtml", h1="五常市背荫河镇2022年政府信息公开工作年度报告",
           info="日期：2023-01-11 来源：五常市人民政府", body=["报告所列数据统计期限为2022年1月1日起至2022年12月31日止。", _GEN, _ACT]),
     script="simplified", is_mirror=False, mirror_reason=None, year=2022)

case("mirror-known-ip-catalogue-not-mirror",
     _page("http://122.137.242.24:8080/pub/slsxxgkw/nb/201703/t20170320_1.html",
           h1="舒兰市市场监督管理局2016年政务信息公开年度报告", info="发布日期：2017-03-20",
           body=["本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。", "一、概述", _ACT]),
     is_mirror=False, year=2016)

case("mirror-nongov-host-verbatim-copy",
     _page("https://lfrdys.com/html/26555735905576.html", h1="宿州市人民政府2016年政府信息公开工作年度报告",
           body=["本年度报告中使用数据统计期限为2016年1月1日至12月31日。本年度报告的电子版可在宿州市人民政府信息公开网站下载。",
                 "一、概述", _ACT]),
     is_mirror=True, script="simplified", year=2016)

case("mirror-gambling-agency-replaced",
     _page("https://bjmssf.com/hzjl/ZFXXGKNB4764/202301/t20230116_6080720", h1="2022年政府信息公开工作年度报告",
           site="365bet网上娱乐_365体育平台网址",
           body=["365bet网上娱乐_365体育平台网址人民政府合作交流办公室", "本年度报告中所列数据统计期限从2022年1月1日起至2022年12月31日止。",
                 _GEN, _ACT]),
     is_mirror=True, year=2022, year_source="period")

case("mirror-lookalike-gov-domain-prefix",
     _page("http://www.hz.gov.cn.zx8812.com/art/2023/1/20/art_1.html", h1="杭州市2022年政府信息公开工作年度报告",
           info="发布日期：2023-01-20", body=[_intro(2022), _GEN, _ACT]),
     is_mirror=True, year=2022)

case("mirror-traditional-wiki-copy",
     _page("https://jendow.com.tw/wiki/2009上海市政府信息公開工作年度報告", h1="2009上海市政府信息公開工作年度報告",
           head_title="2009上海市政府信息公開工作年度報告 - 華人百科", site="華人百科",
           body=["一、概述", "2009年，本市各級政府部門堅持以公開為原則，政府信息公開各項工作取得了新進展。"]),
     script="traditional", is_mirror=True, year=2009)

case("script-big5-gateway-traditional",
     _page("http://big5.www.gov.cn/gate/big5/www.sh.gov.cn/nb/2017/1.html", h1="2016年上海市政府信息公開工作年度報告",
           body=["本年度報告中所列數據統計期限自2016年1月1日至12月31日。", "一、概述", "全年主動公開政府信息若干條。"]),
     script="traditional", year=2016, year_source="period")

case("mirror-gov-subdomain-xxgk",
     _page("http://xxgk.sxgp.gov.cn/xzjd/gpdcb/zfxxgknb/202201/t20220118_1542174.shtml",
           h1="东城街街道办事处2021年政府信息公开工作年度报告",
           body=[_GEN, "本报告中所列数据的统计时限为2021年1月1日至2021年12月31日。", _ACT]),
     is_mirror=False, mirror_reason=None, script="simplified")


# --------------------------------------------------------------------------------------------------------------


def _check(report: Report, expected: dict) -> None:
    got = {k: getattr(report, k) for k in expected}
    problems = []
    for key, want in expected.items():
        if isinstance(want, frozenset):
            if got[key] not in want:
                problems.append(f"{key}: got {got[key]!r}, want one of {sorted(map(repr, want))}")
        elif got[key] != want:
            problems.append(f"{key}: got {got[key]!r}, want {want!r}")
    assert not problems, "; ".join(problems)


@pytest.mark.parametrize(("fetched", "expected"), CASES)
def test_report_metadata(fetched: Fetched, expected: dict) -> None:
    report = parse_report([fetched])
    _check(report, expected)


def test_mirror_reason_given_for_every_mirror() -> None:
    """Spec 3.8 / schema: a copy is stored with is_mirror=1 *and why*; a gov.cn original has no reason."""
    mirror = _page("https://zwinkt.com/zwgk/art/2018/2/28/art_46355_1634539", h1="泰州市人民政府2017年政府信息公开工作年度报告",
                   body=["报告所列数据的统计期限自2017年1月1日起至12月31日止，报告电子版可在泰州市政府门户网站(http://www.zwinkt.com)下载。",
                         "一、主要工作概述", _ACT])
    report = parse_report([mirror])
    assert report.is_mirror is True
    assert report.mirror_reason


def test_editions_of_one_report_share_year_and_differ_in_edition() -> None:
    """Spec 3.2: several editions of one report exist; each keeps its own edition marker and the same year."""
    text = [_intro(2022), _GEN, _ACT]
    plain = parse_report([_page("http://www.hp.gov.cn/nb/2023/1.html", h1="黄浦区2022年政府信息公开工作年度报告", body=text)])
    linked = parse_report([_page("http://www.hp.gov.cn/nb/2023/2.html", h1="黄浦区2022年政府信息公开工作年度报告（超链版）",
                                 body=text)])
    assert (plain.year, linked.year) == (2022, 2022)
    assert plain.edition is None
    assert linked.edition == "超链版"
