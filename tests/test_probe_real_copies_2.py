"""Black-box probe: real COPIES of annual reports on non-government hosts (spec 3.3, 3.8).

Document-sharing sites (doc88, docin, book118/原创力文档, 百度文库, 人人文档), wikis and encyclopedias, news portals
that repost a report, spam mirrors whose agency name was replaced by a gambling brand, traditional-script mirrors
with pinyin glosses, and aggregator pages that paste several reports. The page shapes follow copies found in a
study of stored public pages (he18tv-, szymhbgc-, list-casino-, hongxingpaper-, jendow-, zjtcn-style hosts); every
sentence below is written anew, only the phrasing patterns carry over.

What a careful reader records: the report's own facts, year, title and agency; is_mirror=True with a reason for any
non-government host; script; errors that say what noise was removed. The copy site's chrome (file details, ads,
related links, Q&A snippets, page numbers of a converted document, reading counters) never yields a fact.
"""

from __future__ import annotations

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# the report (e2014-era prose), written for this file
# ---------------------------------------------------------------------------------------------------------------

R_TITLE = "清河县农业局2016年政府信息公开工作年度报告"
R_AGENCY = "清河县农业局"
R_PARAS = [
    "本年度报告根据《中华人民共和国政府信息公开条例》要求，由清河县农业局编制。"
    "本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
    "一、概述",
    "2016年，我局按照县政府的统一部署，把政府信息公开作为推进依法行政的重要抓手，明确办公室专人负责。",
    "二、主动公开政府信息情况",
    "全年主动公开政府信息156条，其中通过政府网站公开政府信息131条。",
    "三、依申请公开政府信息情况",
    "全年共受理政府信息公开申请9件，其中当面申请2件，网上申请7件，均已按期答复。",
    "四、政府信息公开的收费及减免情况",
    "本年度未收取任何费用。",
    "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
    "本年度没有发生针对本局政府信息公开的行政复议、行政诉讼。",
    "六、存在的主要问题及改进措施",
    "信息更新的及时性仍需提高，下一步将加强业务培训。",
]
R_FACTS = {
    "active.items_total": 156.0,
    "active.channel.website": 131.0,
    "apply.received.total": 9.0,
    "apply.channel.in_person": 2.0,
    "apply.channel.online": 7.0,
}
# numbers that appear only in the copy site's chrome
CHROME_NUMBERS = {23.0, 4871.0, 96.0, 15.0, 50.0, 98.0, 1288.0, 6.0, 37.0, 12000.0, 1523.0}


def _paras(paras: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paras)


def _page(title_tag: str, top: str, h1: str, body: str, bottom: str, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title_tag}</title>
<meta name="keywords" content="政府信息公开,年度报告,范文,下载"></head>
<body>{top}
<div class="main"><h1>{h1}</h1>
<div class="content">
{body}
</div></div>
{bottom}
</body></html>"""


def _parse(url: str, html: str, charset: str = "utf-8") -> Report:
    body = html.encode(charset)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={charset}"})])


def _facts(r: Report) -> dict[str, float | None]:
    return {f.key: f.value for f in r.facts}


# ---------------------------------------------------------------------------------------------------------------
# document-sharing sites
# ---------------------------------------------------------------------------------------------------------------

DOCSHARE_TOP = """<div class="topbar"><a href="/">首页</a> <a href="/vip">VIP会员</a> <a href="/upload">上传文档</a>
<form><input name="q" placeholder="搜索文档"></form></div>
<div class="ad">开通VIP 限时特惠 全站文档免费下载</div>
<div class="crumb">当前位置：首页 &gt; 行业资料 &gt; 政府/行政 &gt; 工作报告</div>"""

DOCSHARE_INFO = """<div class="docinfo"><span>页数：23页</span><span>大小：96KB</span><span>浏览：4871次</span>
<span>下载积分：15</span><span>上传时间：2017-03-02</span><span>上传者：qhwy2017</span>
<span>文档格式：doc</span></div>"""

DOCSHARE_BOTTOM = """<div class="related"><h3>相关文档</h3><ul>
<li><a href="/p-1.html">2015年清河县农业局政府信息公开工作年度报告</a> 37页</li>
<li><a href="/p-2.html">乡镇2016年政务公开工作总结范文</a> 6页</li>
<li><a href="/p-3.html">政府信息公开工作年度报告模板（通用版）</a> 98页</li></ul></div>
<div class="qa"><h3>网友都在问</h3>
<p>问：一般县局一年要受理多少件信息公开申请？</p><p>答：一般县局一年受理申请大约50件左右。</p>
<p>问：这个文档有多少人下载过？</p><p>答：已有1288人下载。</p></div>
<div class="footer"><p>本站所有文档均为用户上传，仅供学习参考，如有侵权请联系删除。</p>
<p>Copyright © 2009-2017 文档分享网 增值电信业务经营许可证 沪B2-20080000</p></div>"""

DOCSHARE_HOSTS = [
    pytest.param("https://www.doc88.com/p-7059385711234.html", "道客巴巴", id="doc88"),
    pytest.param("https://www.docin.com/p-1834567123.html", "豆丁网", id="docin"),
    pytest.param("https://max.book118.com/html/2017/0302/93412345.shtm", "原创力文档", id="book118"),
    pytest.param("https://wenku.baidu.com/view/3f2a8b1c6e1aff00bed5b9f3f90f76c661374c2b.html", "百度文库",
                 id="baidu-wenku"),
    pytest.param("https://www.renrendoc.com/paper/158812345.html", "人人文档", id="renrendoc"),
]


def _docshare(url: str, site: str) -> Report:
    html = _page(f"{R_TITLE} - {site}", DOCSHARE_TOP, R_TITLE, DOCSHARE_INFO + _paras(R_PARAS), DOCSHARE_BOTTOM)
    return _parse(url, html)


@pytest.mark.parametrize(("url", "site"), DOCSHARE_HOSTS)
def test_docshare_copy_is_mirror(url: str, site: str) -> None:
    r = _docshare(url, site)
    assert r.is_mirror is True
    assert r.mirror_reason


@pytest.mark.parametrize(("url", "site"), DOCSHARE_HOSTS)
def test_docshare_copy_metadata(url: str, site: str) -> None:
    r = _docshare(url, site)
    assert r.year == 2016  # the 统计期限, not the upload date 2017-03-02
    assert r.title == R_TITLE  # without the " - 道客巴巴" site suffix
    assert r.agency == R_AGENCY
    assert r.script == "simplified"
    assert r.template == "e2014"


@pytest.mark.parametrize(("url", "site"), DOCSHARE_HOSTS)
def test_docshare_copy_facts_and_no_chrome_facts(url: str, site: str) -> None:
    r = _docshare(url, site)
    got = _facts(r)
    assert {k: got.get(k) for k in R_FACTS} == R_FACTS
    leaked = [(f.key, f.value, f.raw_label) for f in r.facts if f.value in CHROME_NUMBERS]
    assert leaked == []
    assert all(f.source in ("text", "derived") for f in r.facts)
    assert "网友都在问" not in r.body and "下载积分" not in r.body and "相关文档" not in r.body


# ---------------------------------------------------------------------------------------------------------------
# converted documents: page-number lines between paragraphs, a statement split by a page break
# ---------------------------------------------------------------------------------------------------------------

def _converted_paras(style: str) -> list[str]:
    marks = {
        "page-of": ["第 1 页 共 6 页", "第 2 页 共 6 页", "第 3 页 共 6 页"],
        "dash": ["- 1 -", "- 2 -", "- 3 -"],
        "slash": ["1 / 6", "2 / 6", "3 / 6"],
    }[style]
    return [
        R_PARAS[0], marks[0], R_PARAS[1], R_PARAS[2], R_PARAS[3],
        "全年主动公开政府信息",
        marks[1],
        "156条，其中通过政府网站公开政府信息131条。",
        R_PARAS[5], R_PARAS[6], marks[2], *R_PARAS[7:],
    ]


@pytest.mark.parametrize("style", [
    pytest.param("page-of", id="pagebreak-di-ye-gong-ye"),
    pytest.param("dash", id="pagebreak-dash-number"),
    pytest.param("slash", id="pagebreak-n-slash-total"),
])
def test_converted_document_page_numbers(style: str) -> None:
    html = _page(f"{R_TITLE}.doc - 道客巴巴", DOCSHARE_TOP, R_TITLE, _paras(_converted_paras(style)), "")
    r = _parse("https://www.doc88.com/p-9993385711234.html", html)
    got = _facts(r)
    assert got.get("apply.received.total") == 9.0
    assert got.get("apply.channel.in_person") == 2.0
    assert got.get("active.items_total") == 156.0  # the statement continues after the page mark
    assert [(f.key, f.value) for f in r.facts if f.value in (1.0, 3.0, 6.0)] == []
    assert r.year == 2016


# ---------------------------------------------------------------------------------------------------------------
# encyclopedias / wikis
# ---------------------------------------------------------------------------------------------------------------

WIKI_TITLE = "东平市2014年政府信息公开工作年度报告"
WIKI_PARAS = [
    "本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。",
    "一、概述",
    "2014年，全市各级行政机关继续深化政府信息公开工作，推动权力运行公开透明。",
    "二、主动公开政府信息情况",
    "全年新增主动公开政府信息8420条，其中通过政府门户网站发布信息6315条。",
    "三、依申请公开政府信息情况",
    "全年共受理政府信息公开申请274件，其中网上申请198件，信函申请41件，当面申请35件。",
    "四、因政府信息公开申请行政复议、提起行政诉讼的情况",
    "全市因政府信息公开引起行政复议案件11件，行政诉讼案件4件。",
]
WIKI_FACTS = {
    "active.items_total": 8420.0,
    "active.channel.website": 6315.0,
    "apply.received.total": 274.0,
    "apply.channel.online": 198.0,
    "apply.channel.letter": 41.0,
    "apply.channel.in_person": 35.0,
    "review.total": 11.0,
    "litigation.total": 4.0,
}


def _wiki(url: str, script: str) -> Report:
    top = """<div class="header"><a href="/">百科首页</a> <a href="/create">创建词条</a> <a href="/login">登录</a></div>
<div class="lemma-summary">东平市2014年政府信息公开工作年度报告，是东平市人民政府发布的年度报告。</div>
<dl class="basicInfo"><dt>中文名</dt><dd>东平市2014年政府信息公开工作年度报告</dd>
<dt>发布单位</dt><dd>东平市人民政府</dd><dt>发布时间</dt><dd>2015年3月</dd><dt>字数</dt><dd>约12000字</dd></dl>
<div class="catalog"><h2>目录</h2><ol><li>1 概述</li><li>2 主动公开政府信息情况</li>
<li>3 依申请公开政府信息情况</li><li>4 行政复议</li></ol></div>"""
    bottom = """<div class="ref"><h3>参考资料</h3><ol><li>[1] 东平市人民政府门户网站 .2015-03-28</li></ol></div>
<div class="lemma-statistics">词条统计<br>浏览次数：1523次<br>编辑次数：6次<br>最近更新：2019-08-01</div>"""
    title = WIKI_TITLE
    paras = WIKI_PARAS
    if script == "traditional":
        from opencc import OpenCC  # noqa: PLC0415 - optional helper only used to build the traditional variant

        cc = OpenCC("s2t")
        title = cc.convert(title)
        paras = [cc.convert(p) for p in paras]
        top, bottom = cc.convert(top), cc.convert(bottom)
    html = _page(f"{title}_百科", top, title, _paras(paras), bottom)
    return _parse(url, html)


WIKI_CASES = [
    pytest.param("https://baike.baidu.com/item/%E4%B8%9C%E5%B9%B3%E5%B8%822014/1884512", "simplified",
                 id="baidu-baike"),
    pytest.param("https://www.baike.com/wikiid/712345987612345", "simplified", id="baike-com"),
    pytest.param("https://jendow.com.tw/wiki/2014%E6%9D%B1%E5%B9%B3", "traditional", id="tw-wiki-traditional"),
    pytest.param("https://pediainside.com/index.php?title=2014%E4%B8%9C%E5%B9%B3&variant=zh-hant", "traditional",
                 id="pedia-traditional"),
]


@pytest.mark.parametrize(("url", "script"), WIKI_CASES)
def test_wiki_copy(url: str, script: str) -> None:
    r = _wiki(url, script)
    assert r.is_mirror is True
    assert r.mirror_reason
    assert r.script == script
    assert r.year == 2014  # not the 发布时间 2015 or the wiki's update date
    got = _facts(r)
    assert {k: got.get(k) for k in WIKI_FACTS} == WIKI_FACTS
    assert [(f.key, f.value) for f in r.facts if f.value in CHROME_NUMBERS or f.value in (6.0, 2015.0, 2019.0)] == []


# ---------------------------------------------------------------------------------------------------------------
# news portals that repost the report
# ---------------------------------------------------------------------------------------------------------------

NEWS_PARAS = [
    "本报告所列数据统计期限为2017年1月1日至2017年12月31日。",
    "一、概述",
    "2017年，区政府围绕中心工作，推进决策、执行、管理、服务、结果公开。",
    "二、主动公开政府信息情况",
    "全年主动公开政府信息3158条，其中政府网站公开2890条，政务微博发布412条，政务微信发布367条。",
    "三、依申请公开政府信息情况",
    "全年共受理政府信息公开申请63件，已全部办结。",
]
NEWS_FACTS = {
    "active.items_total": 3158.0,
    "active.channel.website": 2890.0,
    "active.channel.weibo": 412.0,
    "active.channel.wechat": 367.0,
    "apply.received.total": 63.0,
}


def _news(url: str, headline: str) -> Report:
    top = """<div class="nav"><a href="/">首页</a><a href="/news">新闻</a><a href="/sports">体育</a>
<a href="/finance">财经</a><a href="/auto">汽车</a></div>
<div class="article-meta"><span>2018-01-26 09:12</span><span>来源：南湖日报</span><span>阅读 12000</span></div>"""
    lead = "<p>近日，南湖区人民政府在门户网站发布《南湖区2017年政府信息公开工作年度报告》，全文如下：</p>"
    bottom = """<p>责任编辑：王某</p><div class="hot"><h3>热门推荐</h3><ul>
<li>南湖区今年新建学校6所 新增学位1288个</li><li>37家企业入选省级专精特新名单</li></ul></div>
<div class="comment">评论 98 条 点赞 23</div>"""
    html = _page(headline, top, headline, lead + _paras(NEWS_PARAS), bottom)
    return _parse(url, html)


NEWS_CASES = [
    pytest.param("https://www.sohu.com/a/218912345_120012345", "南湖区2017年政府信息公开工作年度报告", id="sohu-title"),
    pytest.param("https://www.163.com/dy/article/D8A1B2C30512ABCD.html", "南湖区2017年政府信息公开工作年度报告",
                 id="netease-title"),
    pytest.param("https://news.sina.com.cn/c/2018-01-26/doc-ifyqyqni1234567.shtml",
                 "南湖区发布2017年政府信息公开工作年度报告", id="sina-headline"),
    pytest.param("https://www.thepaper.cn/newsDetail_forward_1971234", "南湖区2017年政府信息公开工作年度报告",
                 id="thepaper-title"),
]


@pytest.mark.parametrize(("url", "headline"), NEWS_CASES)
def test_news_repost(url: str, headline: str) -> None:
    r = _news(url, headline)
    assert r.is_mirror is True
    assert r.mirror_reason
    assert r.year == 2017
    got = _facts(r)
    assert {k: got.get(k) for k in NEWS_FACTS} == NEWS_FACTS
    assert [(f.key, f.value) for f in r.facts if f.value in CHROME_NUMBERS or f.value == 2018.0] == []


# ---------------------------------------------------------------------------------------------------------------
# spam mirrors: gambling brand injected in place of the agency / county name, gov-like paths on a foreign host
# ---------------------------------------------------------------------------------------------------------------

SPAM_BRANDS = ["澳门新葡京娱乐城", "皇冠体育投注平台", "网易体育直播", "澳门特区赌场,澳门博彩业网址"]


def _spam_t2021(url: str, brand: str, banner: str = "") -> Report:
    title = f"{brand}交通运输局2022年政府信息公开工作年度报告"
    paras = [
        f"根据《中华人民共和国政府信息公开条例》要求，现将{brand}交通运输局2022年政府信息公开工作年度报告予以公布。"
        "本报告所列数据的统计周期为2022年1月1日至2022年12月31日。"
        f"如对本报告有任何疑问，请与{brand}交通运输局联系（地址：{brand}滨河东路12号；联系电话：0817-5522000）。",
        "一、总体情况",
        "（一）主动公开。2022年，我局全年主动公开政府信息214条，涉及部门文件、公示公告、财务信息等方面。",
        "（二）依申请公开。2022年共收到政府信息公开申请5件，均按规定时限答复。",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
        "本年度未收取信息处理费。",
    ]
    top = (f"<div class='banner'>{banner}</div>" if banner else "") + f"""<div class="header">{brand}政府网</div>
<div class="crumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 县级部门</div>
<table class="meta"><tr><td>索引号：008123456/2023-00012</td><td>发布机构：{brand}交通运输局</td></tr>
<tr><td>发布日期：2023-01-12</td><td>分类：政府信息公开年报</td></tr></table>"""
    bottom = f"<div class='footer'>主办：{brand}人民政府办公室 版权所有 网站标识码：5108240001</div>"
    return _parse(url, _page(title, top, title, _paras(paras), bottom))


SPAM_CASES = [
    pytest.param("http://wvvw.hgtv188.com/zwgk/zfxxgknb/xjbm/202301/t20230112_1767000.html", SPAM_BRANDS[0], "",
                 id="spam-casino-brand-trs-path"),
    pytest.param("http://m.hg0088bet.com/gongkai/show/20230112094512345.html", SPAM_BRANDS[1], "",
                 id="spam-sports-betting-brand"),
    pytest.param("http://szymhbgc.example-mirror.com/xxgk/xxgknb/202301/t20230130_6290000.html", SPAM_BRANDS[2], "",
                 id="spam-sports-live-brand"),
    pytest.param("http://www.list-casino.com/jtj/art/2023/1/12/art_1229_58900.html", SPAM_BRANDS[3], "",
                 id="spam-two-brands-comma"),
    pytest.param("http://en.hongxpaper.com/n2588035/c13587000/content.html", SPAM_BRANDS[0], "免费菠萝视频app下载",
                 id="spam-banner-line"),
]


@pytest.mark.parametrize(("url", "brand", "banner"), SPAM_CASES)
def test_spam_mirror_flag_and_year(url: str, brand: str, banner: str) -> None:
    r = _spam_t2021(url, brand, banner)
    assert r.is_mirror is True
    assert r.mirror_reason
    assert r.year == 2022
    assert r.template == "t2021"


@pytest.mark.parametrize(("url", "brand", "banner"), SPAM_CASES)
def test_spam_mirror_agency_not_brand(url: str, brand: str, banner: str) -> None:
    r = _spam_t2021(url, brand, banner)
    for word in ("澳门", "娱乐", "体育", "投注", "赌场", "博彩", "网易"):
        assert word not in (r.agency or ""), r.agency
    assert r.region_code is None or not r.region_code.startswith("82")  # 82 = 澳门; the brand is not a region


@pytest.mark.parametrize(("url", "brand", "banner"), SPAM_CASES)
def test_spam_mirror_no_fact_from_phone_address_banner(url: str, brand: str, banner: str) -> None:
    r = _spam_t2021(url, brand, banner)
    got = _facts(r)
    assert got.get("active.items_total") == 214.0
    bad = [(f.key, f.value) for f in r.facts if f.value in (12.0, 817.0, 5522000.0, 2023.0, 5108240001.0, 8123456.0)]
    assert bad == []


def test_same_report_on_gov_host_is_not_mirror() -> None:
    url = "http://www.qinghe.gov.cn/zwgk/zfxxgk/zfxxgknb/201702/t20170214_100234.html"
    top = """<div class="header">清河县人民政府</div><div class="crumb">当前位置：首页 &gt; 政府信息公开年报</div>
<table class="meta"><tr><td>索引号：008123456/2017-00021</td><td>发布机构：清河县农业局</td></tr>
<tr><td>发布日期：2017-02-14</td></tr></table>"""
    r = _parse(url, _page(R_TITLE, top, R_TITLE, _paras(R_PARAS), "<div class='footer'>网站标识码：1305000001</div>"))
    assert r.is_mirror is False
    assert r.year == 2016
    got = _facts(r)
    assert {k: got.get(k) for k in R_FACTS} == R_FACTS


def test_docshare_and_gov_copy_share_body_hash() -> None:
    gov = _parse("http://www.qinghe.gov.cn/zwgk/zfxxgk/zfxxgknb/201702/t20170214_100234.html",
                 _page(R_TITLE, "<div class='header'>清河县人民政府</div>", R_TITLE, _paras(R_PARAS), ""))
    copy = _docshare("https://www.doc88.com/p-7059385711234.html", "道客巴巴")
    assert gov.body_hash is not None
    assert gov.body_hash == copy.body_hash


# ---------------------------------------------------------------------------------------------------------------
# traditional-script mirrors, with and without pinyin glosses
# ---------------------------------------------------------------------------------------------------------------

TRAD_TITLE = "2018年富江區政府信息公開工作年度報告"
TRAD_PARAS_PLAIN = [
    "本報告中所列數據的統計期限自2018年1月1日起至2018年12月31日止。",
    "一、概述",
    "2018年，全區認真貫徹落實《條例》，政府信息公開工作穩步推進。",
    "二、主動公開政府信息情況",
    "全年主動公開政府信息2346條，其中通過政府網站公開政府信息1980條。",
    "三、依申請公開政府信息情況",
    "全年共受理政府信息公開申請41件，其中網上申請29件，當面申請12件。",
]
TRAD_PARAS_PINYIN = [
    "本報(bao)告中所列數(shu)據的統(tong)計期限自2018年1月1日起至2018年12月31日止。",
    "一、概(gai)述",
    "2018年，全區認(ren)真貫(guan)徹落實《條例》，政府信息公(gong)開(kai)工作穩步推進。",
    "二、主動公(gong)開(kai)政府信息情況",
    "全年主(zhu)動公(gong)開(kai)政府信息2346條(tiao)，其中通過政府網(wang)站公開政府信息1980條。",
    "三、依申(shen)請公開政府信息情況",
    "全年共受(shou)理政府信息公開申(shen)請41件，其中網上申請29件，當面申請12件。",
]
TRAD_FACTS = {
    "active.items_total": 2346.0,
    "active.channel.website": 1980.0,
    "apply.received.total": 41.0,
    "apply.channel.online": 29.0,
    "apply.channel.in_person": 12.0,
}


@pytest.mark.parametrize(("url", "paras", "charset"), [
    pytest.param("http://www.haose21.com/zfxxgk/nb/2019/0125/1234.html", TRAD_PARAS_PLAIN, "utf-8",
                 id="trad-plain-utf8"),
    pytest.param("http://www.haose21.com/zfxxgk/nb/2019/0125/1235.html", TRAD_PARAS_PINYIN, "utf-8",
                 id="trad-pinyin-glosses"),
    pytest.param("http://www.eshutan.com/xxgk/nb/2019/1236.html", TRAD_PARAS_PLAIN, "gb18030",
                 id="trad-plain-gb18030"),
    pytest.param("http://zgwqmt.com/art/2019/1/25/art_1229_1237.html", TRAD_PARAS_PINYIN, "gb18030",
                 id="trad-pinyin-gb18030"),
])
def test_traditional_mirror(url: str, paras: list[str], charset: str) -> None:
    top = "<div class='header'>富江區人民政府 繁體版 | 簡體版</div><div class='crumb'>當前位置：首頁 &gt; 信息公開年報</div>"
    html = _page(TRAD_TITLE, top, TRAD_TITLE, _paras(paras), "<div class='footer'>版權所有 富江區人民政府</div>",
                 charset=charset)
    r = _parse(url, html, charset)
    assert r.is_mirror is True
    assert r.mirror_reason
    assert r.script == "traditional"
    assert r.year == 2018
    got = _facts(r)
    assert {k: got.get(k) for k in TRAD_FACTS} == TRAD_FACTS


def test_pinyin_glosses_do_not_change_body_hash() -> None:
    top = "<div class='header'>富江區人民政府</div>"
    a = _parse("http://www.haose21.com/zfxxgk/nb/2019/0125/1234.html",
               _page(TRAD_TITLE, top, TRAD_TITLE, _paras(TRAD_PARAS_PLAIN), ""))
    b = _parse("http://www.haose21.com/zfxxgk/nb/2019/0125/1235.html",
               _page(TRAD_TITLE, top, TRAD_TITLE, _paras(TRAD_PARAS_PINYIN), ""))
    assert a.body_hash is not None
    assert a.body_hash == b.body_hash


# ---------------------------------------------------------------------------------------------------------------
# aggregator pages that paste several reports plus Q&A snippets (zjtcn-style 百科)
# ---------------------------------------------------------------------------------------------------------------

def _aggregator() -> Report:
    top = """<div>选择特殊符号</div><div>选择搜索类型</div><div>请输入搜索</div>"""
    first = [
        "一、政府信息公开总体工作情况",
        "本报告所列数据的统计期限自2013年1月1日起至2013年12月31日止。",
        "2013年，全市新增主动公开政府信息4120条，其中通过政府网站公开3870条。",
        "全年共受理政府信息公开申请186件。",
    ]
    second = [
        "一、概述",
        "本报告所列数据的统计期限自2010年1月1日起至2010年12月31日止。",
        "2010年，本局主动公开政府信息352条。",
        "全年受理政府信息公开申请17件。",
    ]
    qa = [
        "相关问答",
        "问：小区供暖费按什么标准收取？",
        "答：居民供暖费每平方米收取37元，申请缓交的需提交材料。",
        "问：供热公司能否拒绝受理报修申请？",
        "答：不能，去年该公司共受理报修申请1523件。",
    ]
    body = _paras(first) + "<hr>" + _paras(second) + "<hr>" + _paras(qa)
    html = _page("2013年度政府信息公开工作报告报告内容-百科", top, "2013年度政府信息公开工作报告报告内容", body,
                 "<div class='footer'>筑龙百科 © 2019</div>")
    return _parse("https://m.zjtcn.com/baike/lys2013ndzfxxgkgzbgbgnr7240000", html)


def test_aggregator_is_mirror_with_errors() -> None:
    r = _aggregator()
    assert r.is_mirror is True
    assert r.mirror_reason
    assert r.errors, "pieces cut / Q&A lines removed must be reported"


def test_aggregator_keeps_one_segment_facts() -> None:
    r = _aggregator()
    got = _facts(r)
    # a report is one edition of one agency for one year: the facts must all come from one pasted segment
    assert (got.get("active.items_total"), got.get("apply.received.total")) in ((4120.0, 186.0), (352.0, 17.0))
    assert r.year in (2013, 2010)
    if r.year == 2013:
        assert got.get("active.items_total") == 4120.0
    else:
        assert got.get("active.items_total") == 352.0


def test_aggregator_qa_snippets_yield_no_fact() -> None:
    r = _aggregator()
    assert [(f.key, f.value) for f in r.facts if f.value in (37.0, 1523.0)] == []
    assert "供暖" not in r.body


# ---------------------------------------------------------------------------------------------------------------
# more shapes seen on real copy hosts
# ---------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("h1", "related_first"), [
    pytest.param(R_TITLE + ".doc", False, id="docshare-h1-filename-doc"),
    pytest.param(R_TITLE + ".docx", True, id="docshare-h1-filename-related-first"),
    pytest.param(R_TITLE, True, id="docshare-related-list-before-body"),
])
def test_docshare_title_and_year_not_from_filename_or_related(h1: str, related_first: bool) -> None:
    body = DOCSHARE_INFO + _paras(R_PARAS)
    top = DOCSHARE_TOP + (DOCSHARE_BOTTOM if related_first else "")
    bottom = "" if related_first else DOCSHARE_BOTTOM
    r = _parse("https://max.book118.com/html/2017/0302/93412346.shtm",
               _page(f"{h1}-原创力文档", top, h1, body, bottom))
    assert r.title == R_TITLE
    assert r.year == 2016
    assert r.agency == R_AGENCY
    got = _facts(r)
    assert {k: got.get(k) for k in R_FACTS} == R_FACTS


def test_spam_brand_in_traditional_inside_simplified_report() -> None:
    # a simplified report whose "政府信息公开" was replaced by a traditional-script casino phrase
    title = "2024年澳門賭場推薦工作年度报告"
    paras = [
        "根据《中华人民共和国澳門賭場推薦条例》要求，现将我局编制的2024年澳門賭場推薦工作年度报告向社会公开。",
        "一、总体情况",
        "2024年，我局通过门户网站主动公开政府信息318条，通过政务微信公众号发布信息127条。",
        "二、收到和处理政府信息公开申请情况",
        "全年共收到政府信息公开申请6件。",
    ]
    r = _parse("http://www.casino-list88.com/kjj/tzgg/202501/3f1c.shtml",
               _page(title, "<div>澳門賭場</div>", title, _paras(paras), ""))
    assert r.is_mirror is True
    assert r.script == "simplified"  # the report's own text is simplified; only the injected words are not
    assert r.year == 2024
    assert [(f.key, f.value) for f in r.facts if f.value == 2024.0] == []


def test_spam_copy_applications_counted_in_tiao() -> None:
    # spam copies of small departments' reports count applications with 条 and replies with 条
    title = "澳门新葡京娱乐城水利局2022年政府信息公开工作年度报告"
    paras = [
        "本报告所列数据的统计周期为2022年1月1日至2022年12月31日。",
        "一、总体情况",
        "（一）主动公开。2022年，我局全年主动公开政府信息，涉及部门文件、部门动态、公示公告等方面。",
        "（二）依申请公开。2022年收到政府信息公开申请3条，按规范回复3条。",
    ]
    r = _parse("http://wvvw.hgtv188.com/zwgk/zfxxgknb/xjbm/202301/t20230112_1767001.html",
               _page(title, "", title, _paras(paras), ""))
    assert r.is_mirror is True
    assert r.year == 2022
    assert _facts(r).get("apply.received.total") == 3.0
    assert "active.items_total" not in _facts(r)  # 全年主动公开政府信息 without a number


def test_pinyin_spam_copy_of_format_notice_is_lookalike() -> None:
    title = "關於政府信息公開工作年度報告有關事項的通知"
    paras = [
        "免费XX视频app下载",
        "文(wen)章(zhang)來源：中央政府網 發(fa)布時(shi)間(jian)：2020-11-26",
        "國辦公(gong)開辦函〔2019〕60號",
        "各省、自治區、直轄市人民政府辦(ban)公(gong)廳：",
        "新(xin)條例施行後，各行政機關應(ying)按照統一格式編製年度報(bao)告，報告時限提前至每年1月31日前。",
    ]
    r = _parse("http://cn.paperxh.com/n2588035/c13580000/content.html", _page(title, "", title, _paras(paras), ""))
    assert r.is_mirror is True
    assert any("look-alike" in e for e in r.errors)
    assert r.facts == []
    assert r.template is None


def test_writing_guide_fanwen_has_no_year() -> None:
    # a "范文" page: a real report with the year blanked out ("年5月1日起"), served by a forum
    title = "政府信息公开年度工作报告范文"
    paras = [
        "本年度报告由区政府信息公开办公室编制，全文包括概述、主动公开政府信息情况、依申请公开政府信息情况等。",
        "一、概述",
        "根据《规定》要求，年",
        "5月1日起，本区开始开展政府信息公开工作。",
        "二、主动公开政府信息情况",
        "本年度新增主动公开政府信息",
        "1745",
        "条。",
    ]
    r = _parse("https://bbs.example-forum.org/thread-15270000-1-1.html", _page(title, "", title, _paras(paras), ""))
    assert r.is_mirror is True
    assert r.year is None
