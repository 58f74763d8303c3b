"""Black-box probe: REAL copies of annual reports on non-government sites (spec 3.3, 3.8; seeds 000 and 001).

Built from a study of ~40 real pages in the stored pages corpus: traditional-script wiki copies (newton.com.tw,
jendow.com.tw, which also apply Taiwan vocabulary such as 檔案 for 文件, 最佳化 for 优化), spam mirrors that replace the
county/city/agency name or even the words 政府信息公开 with gambling words (澳门赌场, 新葡京, 体育彩票, 体彩网), mirrors
that keep a long preamble naming the report and the mirror's own domain, pinyin-glossed copies (报(bao), 報(bào)),
encyclopedia/baike pages, document-sharing pages, 范文/模板 pages and other look-alikes (自查报告, the Regulation itself,
rules documents, news about a model template, academic papers).
Every document below is written in my own words: it reproduces the publishing pattern (same shape and key words),
with different names and numbers. Asserted: is_mirror, script, year, agency, the look-alike error (spec 3.3), the body
kept to the report's own text, body_hash equal to the simplified original's, and the facts intact (spec 2.5).
"""

from __future__ import annotations

import html

import pytest
from opencc import OpenCC

from pipelines.parse import parse_report
from pipelines.records import Fetched

S2T = OpenCC("s2t").convert


def to_newton(text: str) -> str:
    """Traditional script plus the Taiwan vocabulary seen on newton.com.tw copies (檔案, 最佳化, 入口網站, 程式)."""
    out = S2T(text)
    for a, b in (("文件", "檔案"), ("優化", "最佳化"), ("門戶網站", "入口網站"), ("程序", "程式")):
        out = out.replace(a, b)
    return out


# ---------------------------------------------------------------------------------------------------------------
# page builders
# ---------------------------------------------------------------------------------------------------------------

def paras(text: str) -> str:
    """Paragraphs as <p>; lines with pipes become table rows (as the flattened tables of real pages)."""
    out, rows = [], []
    for line in text.strip().split("\n"):
        line = line.strip()
        if not line:
            continue
        if " | " in line:
            cells = [c.strip() for c in line.strip("|").split(" | ")]
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
            continue
        if rows:
            out.append('<table border="1">' + "".join(rows) + "</table>")
            rows = []
        out.append(f"<p>{html.escape(line)}</p>")
    if rows:
        out.append('<table border="1">' + "".join(rows) + "</table>")
    return "".join(out)


def gov_page(title: str, text: str, *, site: str = "人民政府门户网站", date: str = "2022-01-20") -> bytes:
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}_{site}</title></head>
<body><div class="top"><a href="/">{site}</a> <span>无障碍</span> <span>长者模式</span></div>
<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="article"><h1>{html.escape(title)}</h1>
<div class="info">发布时间：{date} 来源：本站 浏览次数：87</div>
<div class="TRS_Editor" id="zoom">{paras(text)}</div></div>
<div class="footer"><p>主办：{site}办公室</p><p>网站标识码：0000000001</p></div></body></html>"""
    return doc.encode("utf-8")


def mirror_page(title: str, text: str, *, site: str = "信息公开", banner: str = "", date: str = "2022-01-20") -> bytes:
    """A copy on a non-government host: its own header, optional spam banner, related links and footer."""
    top = f'<div class="ad">{html.escape(banner)}</div>' if banner else ""
    meta = f'<div class="meta">时间：{date} 来源：网络</div>' if date else ""
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}-{site}</title></head>
<body>{top}<div class="header"><a href="/">{site}</a> <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="crumb">首页 &gt; 信息公开 &gt; 年度报告</div>
<div class="main"><h1>{html.escape(title)}</h1>{meta}
<div class="content">{paras(text)}</div></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a/1.html">政务公开工作要点解读</a></li>
<li><a href="/a/2.html">信息公开申请流程</a></li></ul></div>
<div class="footer">Copyright © {site} 版权所有</div></body></html>"""
    return doc.encode("utf-8")


def parse(url: str, body: bytes):
    return parse_report([Fetched(url, body, {"content-type": "text/html; charset=utf-8"})])


def facts(report) -> dict[str, float]:
    return {f.key: f.value for f in report.facts if f.source != "derived"}


def is_lookalike(report) -> bool:
    return any(e.startswith("look-alike document") for e in report.errors)


# ---------------------------------------------------------------------------------------------------------------
# documents (own words; patterns from the real pages named in each comment)
# ---------------------------------------------------------------------------------------------------------------

# zwinkt.com (泰州 2017), wvvw.he18tv.com (交通运输局 2022), lfrdys.com (宿州 2016): a long preamble that names the report
# and gives the contact address, then 一、… The copy must keep the whole report, not only the preamble.
LONG_PREAMBLE_2022 = """根据《中华人民共和国政府信息公开条例》要求，现将青山县民政局2022年政府信息公开工作年度报告予以公布。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分内容。本报告所列数据的统计期限为2022年1月1日至2022年12月31日。如对本报告有任何疑问，请与青山县民政局联系（地址：青山县人民路8号；邮编：600000；联系电话：0800-1234567）。
一、总体情况
（一）主动公开。2022年，我局全年主动公开政府信息215条。
（二）依申请公开。2022年收到政府信息公开申请6件，均按期答复。
二、主动公开政府信息情况"""

LONG_PREAMBLE_2016 = """本报告是根据《中华人民共和国政府信息公开条例》精神，按照省政务公开办公室关于做好2016年度政府信息公开年度报告编制公布和统计数据报送工作的通知要求，综合各县、区人民政府和市政府各部门的政府信息公开工作报告和有关统计数据而成。本年度报告中使用数据统计期限为2016年1月1日至12月31日。本年度报告的电子版可在柳河市人民政府信息公开网站（http://www.xyzbet88.com/index.html）下载。如对本年度报告有任何疑问，请与柳河市政务公开办公室联系（地址：柳河市银河路18号，电话：0000-3022000）。
一、概述
2016年，全市政府信息公开工作扎实推进。全年主动公开政府信息18526条，其中通过政府网站公开政府信息9310条。
二、依申请公开情况
全年共受理政府信息公开申请137件，均已按期答复。"""

# wvvw.he18tv.com / bsgg666.com / jingchikouqiang.com / huanqiuguoji.net: the county/city name replaced by gambling words.
CASINO_PARAGRAPH = """一、总体情况
2020年，在区委、区政府的正确领导下，新葡京博彩官网区人民政府东山街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息94条，收到政府信息公开申请3件。
二、主动公开政府信息情况"""

LOTTERY_CITY = """根据《中华人民共和国政府信息公开条例》精神，现将中国体育彩票市审计局2019年政府信息公开工作年度报告向社会公布。本报告中所列数据的统计期限自2019年1月1日起，至2019年12月31日止。
一、总体情况
2019年，我局主动公开政府信息83条，收到政府信息公开申请2件。"""

CASINO_PREFIX = """根据《中华人民共和国政府信息公开条例》要求，现将澳门特区赌场,澳门博彩业网址水利局2022年政府信息公开工作年度报告予以公布。
一、总体情况
（一）主动公开。2022年，我局全年主动公开政府信息，涉及部门文件、公示公告等方面。
（二）依申请公开。2022年收到政府信息公开申请2条，按规范回复2条。"""

# list-casino.com: a simplified report in which 政府信息公开 was replaced by traditional-script gambling words.
CASINO_TRAD_WORDS = """澳門賭場
2025年澳門賭場推薦工作年度报告
根据《中华人民共和国澳門賭場推薦条例》以及相关文件要求，现将我局编制的2025年澳門賭場推薦工作年度报告向社会公开。
一、总体情况
2025年，我局紧扣全市科技重点工作，有序推进我局澳門賭場推薦的各项工作。截至2025年12月底，我局的澳門賭場推薦工作运行正常。
（一）加强主动公开
2025年全年，通过市科技局门户网站共发布各类信息612条，其中概况类信息7条、政务动态信息143条。"""

WECHAT_NOT_TOTAL = """一、总体情况
（一）加强主动公开
2025年全年，通过市科技局门户网站及部门政府信息公开平台共发布各类信息612条，其中概况类信息7条、政务动态信息143条、信息公开目录信息462条。同时，充分发挥新媒体平台作用，在官方微信公众号“青州科技”上发布各类政策解读、工作动态、通知公告等信息389条。"""

# (体彩网 copy of a 淮安 交通运输局 report) "通过不同渠道和方式公开政府信息1万余条"
CHANNELS_WAN = """一、总体情况
（一）主动公开情况
2022年，我局通过不同渠道和方式公开政府信息2万余条，其中，通过政府网站公开1320条，在交通微信推送信息2105条。
（二）依申请公开情况
2022年，我局共收到政府信息公开申请9件，其中通过网络申请7件。"""

CHANNELS_PLAIN = """一、总体情况
2018年，我委通过不同渠道和方式公开政府信息2315条，其中，通过政府网站公开1460条。"""

# newton.com.tw (莆田市體育局 2021): "…行政複議、提起行政訴訟數量是0件"
QUANTITY_IS_ZERO = """一、總體情況
（二）依申請公開受理情況
2021年受理依申請公開政府信息是0件。因政府信息公開申請引起的行政複議、提起行政訴訟數量是0件。"""

# newton.com.tw (廣州市國資委 2020): t2019 table with 規範性檔案 (Taiwan vocabulary for 规范性文件)
T2019_ORIG = """本年度报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。
一、总体情况
2020年，我委坚持以公开为常态、不公开为例外，进一步优化门户网站栏目设置，完善信息发布程序。全年通过门户网站主动公开政府信息2140条。
2020年新收到政府信息公开申请17件，办结15件。
二、主动公开政府信息情况
第二十条第（一）项
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量
规章 | 0 | 0 | 0
规范性文件 | 6 | 6 | 58"""
T2019_TITLE = "青川市发展和改革委员会2020年政府信息公开工作年度报告"

# newton.com.tw (2010年度 乐山 法制办): wiki chrome around the report (infobox, 相關詞條, 熱門詞條, 聯絡我們)
WIKI_CHROME = """2011年度政府信息公開年度報告
根據《中華人民共和國政府信息公開條例》的規定，現將我辦2011年度政府信息公開情況報告如下。
基本介紹
• 中文名:2011年度政府信息公開年度報告
一、加強組織領導
2011年，我辦高度重視政府信息公開工作，調整了領導小組。
二、主動公開政府信息情況
2011年我辦在市政府網站主動公開信息43條。
三、依申請公開辦理情況
全年未接到政府信息公開申請。
相關詞條
熱門詞條
聯絡我們"""

# newton.com.tw (2012 上海): the wiki puts a comma-joined table of contents before the text
WIKI_TOC = """一、概述,(一)注重統籌推進,(二)注重基礎建設,二、主動公開政府信息情況,三、依申請公開政府信息情況,
一、概述
本年度報告由區政府辦公室編制。本年度報告中所列數據的統計期限從2012年1月1日到12月31日止。
(一)注重統籌推進
2012年，本區主動公開政府信息3518條。
二、主動公開政府信息情況
三、依申請公開政府信息情況
全年共受理政府信息公開申請41件。"""

# m.zjtcn.com baike page (seed 001's header): search-box chrome before the report
BAIKE = """选择特殊符号
选择搜索类型
请输入搜索
一、政府信息公开总体工作情况
（一）组织机构建设情况。市政府进一步理顺了政府信息公开工作管理体制。
二、主动公开政府信息情况
2013年，全市主动公开政府信息21064条。"""

# m.ikangji.com (濱江區 2017, traditional Hanweb copy): "行政復議案共1起"
TRAD_QI = """本報告中所列數據的統計期限自2017年1月1日起至2017年12月31日止。
一、主動公開政府信息的情況
2017年我局主動公開政府信息58條。
二、依申請公開政府信息和不予公開政府信息的情況
2017年我局共收到依申請公開政府信息申請3件。
三、因政府信息公開申請行政復議、提起行政訴訟的情況
2017年我局有關政府信息公開的行政復議案共2起。"""

# pshycm.com (鶴山 2021): pinyin glosses inside table labels
PINYIN_TABLE = """本報告所列數(shù)據(jù)的統(tǒng)計期限自2021年1月1日至2021年12月31日。
一、總體情況
2021年，本局主動公開政府信息66條。
二、主動公開政府信息情況
第二十條第（一）項 |
信息內(nèi)容 | 本年制發(fā)件數(shù) | 本年廢止件數(shù) | 現(xiàn)行有效件數(shù) |
規(guī)章 | 0 | 0 | 0 |
規(guī)范性文件 | 2 | 1 | 9 |
第二十條第（五）項 |
信息內(nèi)容 | 本年處理決定數(shù)量 |
行政許可 | 37 |"""

# look-alikes on copy sites
MOBAN = """XX局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局主动公开政府信息XX条，收到政府信息公开申请X件，均按期答复。
二、主动公开政府信息情况"""

XIAOBIAN = """下面是小编为大家整理的2023年局政府信息公开工作年度报告，供大家参考。
XX局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局主动公开政府信息126条，收到政府信息公开申请3件，均按期答复。
二、主动公开政府信息情况
以上就是小编为大家整理的全部内容，希望对你有所帮助。"""

MULTI_PIAN = """篇一：XX镇2023年政府信息公开工作年度报告
本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。
一、总体情况
2023年，XX镇主动公开政府信息XX条。
篇二：XX街道2023年政府信息公开工作年度报告
一、总体情况
2023年，XX街道主动公开政府信息XX条。"""

FANWEN_TRAD = """政府信息公開年度工作報告範文
本年度報告是根據《中華人民共和國政府信息公開條例》和《市政府信息公開規定》要求，由區政府編制。
一、概述
根據《規定》要求，年5月1日起，本區開始開展政府信息公開工作。截至年底，我區政府信息公開工作運行正常。
二、主動公開政府信息情況
本區到年底累計主動公開政府信息4210條，其中，本年度新增主動公開政府信息1675條。"""

SELF_CHECK = """2021年三季度政务公开工作自查报告
清江市市场监督管理局
2021年9月30日
一、基本情况
2021年三季度，我局累计主动公开信息512条，其中政务微博公开信息208条，微信公众号公开信息161条。三季度收到申请公开3件，今年累计收到申请公开7件，均在规定时限内答复。
二、主要工作
我局对照上级关于信息公开工作的要求，不断加大信息公开力度。"""

REGULATION_PINYIN = """現公(gōng)布修訂後的《中(zhōng)華人民(mín)共和國(guó)政府信息公(gōng)開條例》，自2019年5月15日起施行。
中(zhōng)華人民(mín)共和國(guó)政府信息公(gōng)開條例
第一章 總則
第一條 為(wèi)了保障公(gōng)民(mín)、法人和其他(tā)組織依法獲取政府信息，提高政府工(gōng)作(zuò)的透明度，制定本條例。
第五十條 政府信息公(gōng)開工(gōng)作(zuò)年度報(bào)告應當包括下列內容。"""

RULES_CASINO = """第一章 总则
第一条 为了保障公民、法人和其他组织依法获取澳门赌场机关有关信息，依据《中华人民共和国政府信息公开条例》，制定本办法。
第四条 办公室负责澳门赌场机关信息公开的日常协调和组织实施。其主要职责是：
（三）组织编制并及时更新信息公开指南、信息公开目录和信息公开工作年度报告；"""

FANBEN_NEWS = """网站首页 > 党政范文 > 文章内容
本报讯 记者 在今天召开的信息公开年度研讨会上，某大学公众参与研究中心对外公布了“行政机关政府信息公开工作年度报告格式范本”。
该范本强调，年度报告应披露信息公开工作机构名称、本年度报告的数据统计期限的说明、依申请公开总量和已处理量等内容。
中心负责人介绍，自2008年条例施行以来，各地发布的年度报告内容差异较大。"""

DOC_SHARE_WRONG = """- 格式:doc
- 大小:31.50 KB
- 文档页数:3
松原市人民政府办公室关于印发《进一步规范政府信息公开工作的意见》的通知
各县（市）区人民政府，市政府各部门：
《进一步规范政府信息公开工作的意见》业经市政府同意，现印发给你们，请认真贯彻执行。
一、健全工作机构，落实公开职责
（一）市政务公开领导小组负责规划、部署、监督全市政府信息公开工作。"""

PAPER = """摘要：政府信息公開工作年度報告是《政府信息公開條例》確立的法定制度。本文分析2008年以來年度報告的實施情況。
關鍵詞：政府信息公開；政府信息公開工作年度報告；知情權
中圖分類號：D63 文獻標識碼：A 文章編號：1000-0000(2021)02-0041-09
一、問題的提出
以“政府信息公開工作年度報告”為篇名檢索到的期刊論文有7篇。"""

FORMAT_NOTICE_SPAM = """亚洲精品一区二区在线观看_欧美日韩国产综合
國務院辦公廳政府信息與政務公開辦公室關於印發《中華人民共和國政府信息公開工作年度報告格式》的通知
各省、自治區、直轄市人民政府辦公廳，國務院各部委、各直屬機構辦公廳（室）：
現將修訂後的《中華人民共和國政府信息公開工作年度報告格式》印發給你們，請認真貫徹執行。
一、報告內容
年度報告內容，要嚴格按照條例第五十條的規定確定。"""

REPORT_2021 = """一、总体情况
2021年，本局全年主动公开政府信息318条，收到政府信息公开申请4件。
二、主动公开政府信息情况
本年度未制发规范性文件。"""

# www.bengbu.gov.cn (镇 2016): "我镇2016年度无申请" under the 依申请 heading
NO_REQUEST = """本报告信息数据统计期限为：2016年1月1日——2016年12月31日。
一、基本情况
2016年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》精神。
二、主动公开政府信息情况
自2016年1月1日起至2016年12月31日止，我镇经审核主动公开信息412条。
三、依申请公开政府信息和不予公开政府信息情况
我镇2016年度无申请。"""

# m.c3e5.com (地震局 2010, traditional copy): 谘詢 (old form of 咨询), 全職人員
OLD_CONSULT = """一、概述
根據《條例》要求，2010年，我局繼續開展政府信息公開工作。
二、政府信息主動公開情況
我局2010年共主動公開政府信息96條，其中全文電子化率達100%。
三、政府信息依申請公開情況
我局2010年度未收到政府信息公開申請。
四、谘詢情況
2010年，我局共接受政府信息公開方麵的谘詢1340人次。其中，電話谘詢1340人次。"""

# www.021jzzz.com (上海 街道 2019 copy): 行政复议案0件 / 行政诉讼案0件 / 申诉案0件
ZERO_CASES = """（二）政府信息依申请公开情况
2019年度街道受理信息公开申请0件。
（三）复议、诉讼和申诉情况
2019年度街道发生针对本部门有关政府信息公开事务的行政复议案0件；发生针对本部门有关政府信息公开事务的行政诉讼案0件；收到各类针对本部门政府信息公开事务有关的申诉案0件。"""

# m.pinggu.org forum post (范文 with the years blanked out)
FORUM_FANWEN = """政府信息公开年度工作报告范文
本年度报告是根据《中华人民共和国政府信息公开条例》要求，由区政府编制。
一、概述
根据《规定》要求，年5月1日起，本区开始开展政府信息公开工作。截至年底，我区政府信息公开工作运行正常。
二、主动公开政府信息情况
本区到年底累计主动公开政府信息3871条，其中，本年度新增主动公开政府信息1204条。
附件列表"""


# ---------------------------------------------------------------------------------------------------------------
# cases: (url, page bytes, expected). Expected keys: Report fields; "facts" (subset, exact values); "no_fact"
# ((key, value) pairs that must not be produced); "lookalike"; "agency_not" (substring that must not be in the
# agency); "body_has" / "body_not" (substrings).
# ---------------------------------------------------------------------------------------------------------------

CASES = [
    # ---------- whole report kept on a copy (zwinkt.com, wvvw.he18tv.com, lfrdys.com) ----------
    pytest.param(
        "http://www.spamcopy-tv.com/zwgk/zfxxgknb/202301/t20230112_1767001.html",
        mirror_page("青山县民政局2022年政府信息公开工作年度报告", LONG_PREAMBLE_2022),
        dict(is_mirror=True, year=2022, facts={"active.items_total": 215, "apply.received.total": 6},
             body_has=["一、总体情况", "主动公开政府信息215条"]),
        id="mirror-long-preamble-report-not-cut-to-preamble"),
    pytest.param(
        "https://www.xyzbet88.com/html/26555735900001.html",
        mirror_page("柳河市人民政府2016年政府信息公开工作年度报告", LONG_PREAMBLE_2016, date="2017-03-10"),
        dict(is_mirror=True, year=2016, facts={"active.items_total": 18526, "active.channel.website": 9310,
                                              "apply.received.total": 137}),
        id="mirror-own-domain-in-preamble-facts-kept"),
    pytest.param(
        "https://www.spamcopy-tv.com/zwgk/zfxxgknb/202301/t20230112_1767002.html",
        mirror_page(S2T("青山县民政局2022年政府信息公开工作年度报告"), S2T(LONG_PREAMBLE_2022)),
        dict(is_mirror=True, script="traditional", year=2022,
             facts={"active.items_total": 215, "apply.received.total": 6}),
        id="pin-mirror-traditional-long-preamble-facts-kept"),
    # ---------- injected gambling names (jingchikouqiang.com, bsgg666.com, he18tv.com) ----------
    pytest.param(
        "http://www.abcqiang-casino.com/zwgk/xxgknb/2020/content/post_7038001.html",
        mirror_page("新葡京博彩官网区人民政府东山街道办事处2020年政府信息公开工作年度报告", CASINO_PARAGRAPH,
                    date="2021-01-15"),
        dict(is_mirror=True, year=2020, facts={"active.items_total": 94, "apply.received.total": 3},
             body_has=["认真贯彻落实《中华人民共和国政府信息公开条例》"]),
        id="mirror-casino-name-in-paragraph-paragraph-and-facts-kept"),
    pytest.param(
        "http://www.abcqiang-casino.com/zwgk/xxgknb/2020/content/post_7038002.html",
        mirror_page("新葡京博彩官网区人民政府东山街道办事处2020年政府信息公开工作年度报告", CASINO_PARAGRAPH,
                    date="2021-01-15"),
        dict(agency_type="township", agency_not="葡京"),
        id="mirror-casino-name-agency-is-the-street-office"),
    pytest.param(
        "http://bsgg-lottery666.com/zfxxgk/c100482u/202001/792422ed61a245299c2651cc657e0001.shtml",
        mirror_page("中国体育彩票市审计局2019年政府信息公开工作年度报告", LOTTERY_CITY, date="2020-01-16"),
        dict(is_mirror=True, year=2019, agency_type="department", agency_not="彩票",
             facts={"active.items_total": 83, "apply.received.total": 2}),
        id="mirror-lottery-name-replaces-city-agency-clean"),
    pytest.param(
        "http://wvvw.spam18tv.com/zwgk/zfxxgknbnewnb/xjbm/202301/t20230112_1767003.html",
        mirror_page("澳门特区赌场,澳门博彩业网址水利局2022年政府信息公开工作年度报告", CASINO_PREFIX),
        dict(is_mirror=True, year=2022, agency_not="赌场", facts={"apply.received.total": 2}),
        id="mirror-gambling-prefix-agency-clean"),
    # ---------- traditional-script spam words in a simplified report (list-casino.com) ----------
    pytest.param(
        "http://www.list-casino-x.com/szkj/tzgg/202601/27a6abeeb03f4af4a2c15faa3eb30001.shtml",
        mirror_page("2025年澳門賭場推薦工作年度报告", CASINO_TRAD_WORDS, banner="澳門賭場", date="2026-01-27"),
        dict(is_mirror=True, script="simplified"),
        id="mirror-traditional-spam-words-report-script-simplified"),
    pytest.param(
        "http://www.list-casino-x.com/szkj/tzgg/202601/27a6abeeb03f4af4a2c15faa3eb30002.shtml",
        mirror_page("2025年澳門賭場推薦工作年度报告", CASINO_TRAD_WORDS, banner="澳門賭場", date=""),
        dict(year=2025, lookalike=False),
        id="mirror-xxgk-words-replaced-in-title-year-from-title"),
    pytest.param(
        "http://kjj.qingzhou.gov.cn/art/2026/1/27/art_1001_20001.html",
        gov_page("青州市科技局2025年政府信息公开工作年度报告", WECHAT_NOT_TOTAL, date="2026-01-27"),
        dict(facts={"active.channel.wechat": 389}, no_fact=[("active.items_total", 389)]),
        id="wechat-count-is-not-the-active-total"),
    # ---------- prose patterns met in copies ----------
    pytest.param(
        "http://www.tcw-copy.com/art/2023/1/20/art_1_2001.html",
        mirror_page("某市交通运输局2022年政府信息公开工作年度报告", CHANNELS_WAN, date="2023-01-20"),
        dict(is_mirror=True, facts={"active.items_total": 20000, "active.channel.website": 1320,
                                    "active.channel.wechat": 2105, "apply.received.total": 9}),
        id="different-channels-total-wan-approx"),
    pytest.param(
        "http://fgw.qingchuan.gov.cn/art/2019/2/1/art_1_1001.html",
        gov_page("青川市发展和改革委员会2018年政府信息公开工作年度报告", CHANNELS_PLAIN, date="2019-02-01"),
        dict(facts={"active.items_total": 2315, "active.channel.website": 1460}),
        id="different-channels-total-without-zhudong"),
    pytest.param(
        "https://newton.com.tw/wiki/某市體育局2021年度政府信息公開工作年度報告/64270001",
        mirror_page("某市體育局2021年度政府信息公開工作年度報告", QUANTITY_IS_ZERO),
        dict(is_mirror=True, script="traditional",
             facts={"apply.received.total": 0, "review.total": 0, "litigation.total": 0}),
        id="traditional-review-litigation-quantity-is-zero"),
    # ---------- newton.com.tw / jendow.com.tw wiki copies ----------
    pytest.param(
        "https://newton.com.tw/wiki/青川市發展和改革委員會2020年政府信息公開工作年度報告/59210001",
        mirror_page(to_newton(T2019_TITLE), to_newton(T2019_ORIG), date="2021-01-20"),
        dict(is_mirror=True, script="traditional", year=2020, template="t2019",
             facts={"active.normative.issued": 6, "active.normative.published_new": 6,
                    "active.normative.public_total": 58, "active.items_total": 2140}),
        id="newton-taiwan-vocab-normative-row-dangan"),
    pytest.param(
        "https://newton.com.tw/wiki/2011年度政府信息公開年度報告",
        mirror_page("2011年度政府信息公開年度報告", WIKI_CHROME, date="2012-03-01"),
        dict(is_mirror=True, year=2011, facts={"active.items_total": 43},
             body_has=["現將我辦2011年度政府信息公開情況報告如下"], body_not=["中文名", "熱門詞條", "聯絡我們"]),
        id="newton-wiki-chrome-removed-intro-kept"),
    pytest.param(
        "https://newton.com.tw/wiki/2012年某區政府信息公開工作年度報告",
        mirror_page("2012年某區政府信息公開工作年度報告", WIKI_TOC, date="2013-03-20"),
        dict(is_mirror=True, script="traditional", year=2012,
             facts={"active.items_total": 3518, "apply.received.total": 41}, body_not=["(二)注重基礎建設,"]),
        id="newton-comma-toc-not-in-body"),
    pytest.param(
        "https://m.zjtcn.com/baike/qhs2013ndzfxxgkgzbg7240001",
        mirror_page("2013年度政府信息公开工作报告报告内容", BAIKE, date="2014-03-20"),
        dict(is_mirror=True, facts={"active.items_total": 21064}, body_not=["选择特殊符号", "请输入搜索"]),
        id="pin-baike-search-chrome-removed"),
    pytest.param(
        "http://m.ikangji-copy.com/art/2018/3/15/art_1229230631_2080001.html",
        mirror_page("某區某局2017年度政府信息公開工作年度報告", TRAD_QI, date="2018-03-15"),
        dict(is_mirror=True, script="traditional", year=2017,
             facts={"active.items_total": 58, "apply.received.total": 3, "review.total": 2}),
        id="pin-traditional-hanweb-copy-review-unit-qi"),
    pytest.param(
        "http://pshycm-copy.com/zwgk/xxgk/zfxxgkgzndbg/content/post_2510001.html",
        mirror_page("某市文化廣電旅游體育局2021年政府信息公開工作年度報告", PINYIN_TABLE),
        dict(is_mirror=True, script="traditional", year=2021, template="t2021",
             facts={"active.normative.issued": 2, "active.normative.repealed": 1, "active.normative.in_force": 9,
                    "active.permit.decisions": 37}),
        id="pin-pinyin-glosses-inside-table-labels"),
    # ---------- body kept to the report's own text ----------
    pytest.param(
        "http://www.spam-zj.com/art/2022/1/20/art_1_3001.html",
        mirror_page("某县住建局2021年政府信息公开工作年度报告",
                    "亚洲精品国产一区二区_欧美日韩在线观看免费视频\n" + REPORT_2021),
        dict(is_mirror=True, facts={"active.items_total": 318, "apply.received.total": 4},
             body_not=["亚洲精品", "欧美日韩"]),
        id="mirror-porn-banner-line-not-in-body"),
    # ---------- look-alikes on copy sites (spec 3.3) ----------
    pytest.param(
        "https://www.fanwen-copy.com/a/124.html",
        mirror_page("2023年政府信息公开工作年度报告模板", MOBAN),
        dict(lookalike=True),
        id="lookalike-template-moban-page"),
    pytest.param(
        "https://www.fanwen-copy.com/a/125.html",
        mirror_page("2023年局政府信息公开工作年度报告（精选范文）", XIAOBIAN),
        dict(lookalike=True),
        id="lookalike-fanwen-xiaobian-page"),
    pytest.param(
        "https://www.fanwen-copy.com/a/123.html",
        mirror_page("2023年镇政府信息公开工作年度报告范文（通用2篇）", MULTI_PIAN),
        dict(lookalike=True),
        id="pin-lookalike-fanwen-two-pian"),
    pytest.param(
        "https://www.mingyan-copy.org/fanwen/gongzuobaogao/1451816000001.htm",
        mirror_page("政府信息公開年度工作報告範文", FANWEN_TRAD),
        dict(lookalike=True, script="traditional"),
        id="pin-lookalike-fanwen-traditional"),
    pytest.param(
        "https://m.wenke-copy.com/p-5360001.html",
        mirror_page("2021年三季度政务公开工作自查报告", SELF_CHECK, date="2021-10-08"),
        dict(lookalike=True),
        id="lookalike-quarterly-self-inspection-report-on-doc-site"),
    pytest.param(
        "https://66jnh-copy.com/502.html",
        mirror_page("「信息公(gōng)開」中(zhōng)華人民(mín)共和國(guó)政府信息公(gōng)開條例", REGULATION_PINYIN),
        dict(lookalike=True, is_mirror=True),
        id="lookalike-regulation-text-tone-pinyin"),
    pytest.param(
        "http://njb.7fuys-copy.com/xxgk/xxgkgd/201202/t20120221_3440001.shtml",
        mirror_page("澳门赌场机关信息公开管理办法(试行)", RULES_CASINO),
        dict(lookalike=True, is_mirror=True),
        id="lookalike-rules-document-casino-injected"),
    pytest.param(
        "http://hkma-copy.org.cn/html/zaupei/10001.html",
        mirror_page("某大学公布信息公开年度报告范本", FANBEN_NEWS),
        dict(lookalike=True),
        id="lookalike-news-about-model-template"),
    pytest.param(
        "https://www.doczj-copy.com/doc/6618800001.html",
        mirror_page("区府办信息公开报告", DOC_SHARE_WRONG),
        dict(lookalike=True, body_not=["文档页数"]),
        id="lookalike-doc-share-page-with-other-document"),
    pytest.param(
        "http://zgkjsz-copy.com/page/2021/0516/10310001.shtml",
        mirror_page("政府信息公開工作年度報告的實施情況與完善路徑", PAPER),
        dict(lookalike=True),
        id="lookalike-academic-paper-traditional"),
    pytest.param(
        "http://www.haose-copy.com/zwgk/xxgkzd/202111/t20211118_1330001.html",
        mirror_page("國務院辦公廳政府信息與政務公開辦公室關於印發《中華人民共和國政府信息公開工作年度報告格式》的通知",
                    FORMAT_NOTICE_SPAM),
        dict(lookalike=True, is_mirror=True, script="traditional"),
        id="pin-lookalike-format-notice-traditional-spam"),
    pytest.param(
        "http://www.abc-town.gov.cn/public/25461/45850001.html",
        gov_page("某镇2016年度政府信息公开年度报告", NO_REQUEST, date="2017-01-20"),
        dict(is_mirror=False, year=2016, facts={"active.items_total": 412, "apply.received.total": 0}),
        id="township-no-request-short-phrase"),
    pytest.param(
        "https://m.c3e5-copy.com/gongkai/zfxxgk/zfxxgknb/2010nb/szfbm/202009/t20200921_2070001.html",
        mirror_page("市地震局2010年政府信息公開工作年度報告", OLD_CONSULT, date="2011-03-20"),
        dict(is_mirror=True, script="traditional", year=2010, template="e2008",
             facts={"active.items_total": 96, "apply.received.total": 0, "consult.phone": 1340}),
        id="pin-traditional-copy-old-consult-form"),
    pytest.param(
        "http://www.021copy.com/gongkai/site_jd/channel_c_5f9f6cdc/doc_5fd87f970001.html",
        mirror_page("某街道办事处2019年政府信息公开工作年度报告", ZERO_CASES, date="2020-01-20"),
        dict(is_mirror=True, year=2019,
             facts={"apply.received.total": 0, "review.total": 0, "litigation.total": 0, "appeal.total": 0}),
        id="pin-copy-zero-review-litigation-appeal-cases"),
    pytest.param(
        "https://m.pinggu-copy.org/bbs/thread-15270001-1-1.html",
        mirror_page("政府信息公开年度工作报告范文", FORUM_FANWEN, date=""),
        dict(lookalike=True, is_mirror=True),
        id="pin-lookalike-forum-fanwen-blank-years"),
]


@pytest.mark.parametrize(("url", "body", "expected"), CASES)
def test_real_copy(url: str, body: bytes, expected: dict) -> None:
    report = parse(url, body)
    got: dict = {}
    want: dict = {}
    have = facts(report)
    for key, value in expected.items():
        if key == "facts":
            got[key] = {k: have.get(k) for k in value}
        elif key == "no_fact":
            got[key] = [(k, v) for k, v in value if have.get(k) == v]
            value = []
        elif key == "lookalike":
            got[key] = is_lookalike(report)
        elif key == "agency_not":
            got[key] = report.agency is not None and value not in report.agency
            value = True
        elif key == "body_has":
            got[key] = [s for s in value if s not in report.body]
            value = []
        elif key == "body_not":
            got[key] = [s for s in value if s in report.body]
            value = []
        else:
            got[key] = getattr(report, key)
        want[key] = value
    assert got == want, f"agency={report.agency!r} errors={report.errors} facts={have}"


# ---------------------------------------------------------------------------------------------------------------
# body_hash: a copy and its simplified original are the same report (docs/schema.md, spec 3.8 rule 4)
# ---------------------------------------------------------------------------------------------------------------

GOV_URL = "http://fgw.qingchuan.gov.cn/art/2021/1/20/art_1229_50001.html"


def test_newton_taiwan_vocabulary_copy_same_body_hash() -> None:
    orig = parse(GOV_URL, gov_page(T2019_TITLE, T2019_ORIG))
    copy = parse("https://newton.com.tw/wiki/x/59210002",
                 mirror_page(to_newton(T2019_TITLE), to_newton(T2019_ORIG), date="2021-01-20"))
    assert copy.is_mirror and not orig.is_mirror
    assert copy.body_hash == orig.body_hash


def test_long_preamble_copy_same_body_hash() -> None:
    orig = parse("http://mzj.qingshan.gov.cn/art/2023/1/12/art_1_1001.html",
                 gov_page("青山县民政局2022年政府信息公开工作年度报告", LONG_PREAMBLE_2022))
    copy = parse("http://wvvw.spamcopy-tv.com/zwgk/zfxxgknb/202301/t20230112_1767009.html",
                 mirror_page(S2T("青山县民政局2022年政府信息公开工作年度报告"), S2T(LONG_PREAMBLE_2022)))
    assert copy.body_hash == orig.body_hash


def test_porn_banner_copy_same_body_hash() -> None:
    orig = parse("http://zjj.qingshan.gov.cn/art/2022/1/20/art_1_2001.html",
                 gov_page("某县住建局2021年政府信息公开工作年度报告", REPORT_2021))
    copy = parse("http://www.spam-zj.com/art/2022/1/20/art_1_3002.html",
                 mirror_page("某县住建局2021年政府信息公开工作年度报告",
                             "亚洲精品国产一区二区_欧美日韩在线观看免费视频\n" + REPORT_2021))
    assert copy.body_hash == orig.body_hash


def test_tone_marked_pinyin_copy_same_body_hash() -> None:
    # 66jnh.com style glosses with tone marks: 公(gōng)開(kāi); the glosses are not part of the report
    marks = {"公": "gōng", "开": "kāi", "报": "bào", "告": "gào", "政": "zhèng", "务": "wù", "工": "gōng", "作": "zuò"}
    glossed = "".join(ch + (f"({marks[ch]})" if ch in marks else "") for ch in T2019_ORIG)
    orig = parse(GOV_URL, gov_page(T2019_TITLE, T2019_ORIG))
    copy = parse("https://66jnh-copy.com/601.html", mirror_page(S2T(T2019_TITLE), S2T(glossed)))
    assert copy.is_mirror
    assert copy.body_hash == orig.body_hash
    assert facts(copy)["active.items_total"] == 2140
