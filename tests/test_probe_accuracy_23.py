"""Twenty-third independent accuracy probe of `parse_report`: report metadata across the many kinds of publishers.

Built from the spec (section 0: the reporting year comes from the 统计期限 sentence first, then the title, then the
page date; 3.1: 索引号 / 发布机构 / 发布日期 blocks, 网站标识码 = 6-digit division code + 4-digit serial, credit
codes `11` + division code; 3.2: title patterns, year-first titles, agency typing), docs/schema.md (the agency_type
vocabulary; region_code = GB/T 2260 code from 网站标识码, 索引号, credit codes or division names; published = ISO date
shown on the page) and /work/shared/data/division_codes.csv (codes as of the reporting year: 撤县设区, 县改市, renamed
and merged divisions).

Publishers covered: 乡镇人民政府 and 街道办事处, 县直部门 written with and without the county name (县教育局,
市自然资源和规划局, 区卫生健康委员会), vertically managed bodies (税务局, 海关, 气象局), 开发区 / 高新区 / 园区
管委会, 新区 (functional zones and the two county-level 新区 governments), 林区, 自治州 / 自治县 / 旗 / 盟,
省政府办公厅, national ministries, and districts whose names recur across provinces (朝阳区 in 北京 and 长春).

Pages imitate five CMS families (Hanweb, TRS, the Guangdong gkmlpt platform, Lonsun, custom PHP/JSP sites), in
UTF-8 or GBK. Only fields the spec determines are asserted; where the spec leaves a field open (a functional zone's
code, the jurisdiction of a customs office, a national ministry's code) the field is not asserted.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

TYPES = ("gov_region", "gov_self", "gov_office", "department", "township", "zone", "other")

# --------------------------------------------------------------------------------------------------------------
# report bodies (the report's own text), one builder per era
# --------------------------------------------------------------------------------------------------------------


def p(text: str) -> str:
    return f'<p style="text-indent:2em;">{text}</p>'


def tr(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>"


def td(text: object, rs: int = 1, cs: int = 1) -> str:
    span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{span}>{text}</td>"


def period_sentence(year: int) -> str:
    return f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"


def intro(agency: str | None, year: int | None, notice: str, with_period: bool) -> str:
    who = agency or "本机关"
    text = (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和{notice}要求，由{who}编制。"
            "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
            "存在的主要问题及改进情况、其他需要报告的事项。")
    if with_period and year:
        text += period_sentence(year)
    text += f"如对本报告有疑问，请与{who}办公室联系（电话：0572-5123456）。"
    return p(text)


def overview(agency: str | None) -> str:
    who = agency or "本机关"
    return "".join([
        p("一、总体情况"),
        p(f"（一）主动公开。{who}坚持以公开为常态、不公开为例外，围绕中心工作做好政府信息主动公开，"
          "全年通过门户网站主动公开政府信息86条，通过政务新媒体发布信息124条。"),
        p("（二）依申请公开。严格按照《条例》规定的时限和程序办理政府信息公开申请，全年共收到政府信息公开申请3件，均在法定期限内答复。"),
        p("（三）政府信息管理。健全政府信息公开审查机制，落实“三审三校”制度，及时清理过时信息。"),
        p("（四）平台建设。持续优化政府信息公开专栏，规范栏目设置，确保信息发布及时准确。"),
        p("（五）监督保障。将政府信息公开工作纳入年度考核，全年组织业务培训2次，未发生因政府信息公开引发的责任追究。"),
    ])


def sec2_2021() -> str:
    rows = [
        tr(td("第二十条第（一）项", cs=4)),
        tr(td("信息内容"), td("本年制发件数"), td("本年废止件数"), td("现行有效件数")),
        tr(td("规章"), td(0), td(0), td(0)),
        tr(td("行政规范性文件"), td(2), td(0), td(7)),
        tr(td("第二十条第（五）项", cs=4)),
        tr(td("信息内容"), td("本年处理决定数量", cs=3)),
        tr(td("行政许可"), td(35, cs=3)),
        tr(td("第二十条第（六）项", cs=4)),
        tr(td("信息内容"), td("本年处理决定数量", cs=3)),
        tr(td("行政处罚"), td(6, cs=3)),
        tr(td("行政强制"), td(0, cs=3)),
        tr(td("第二十条第（八）项", cs=4)),
        tr(td("信息内容"), td("本年收费金额（单位：万元）", cs=3)),
        tr(td("行政事业性收费"), td(0, cs=3)),
    ]
    return p("二、主动公开政府信息情况") + '<table border="1" cellspacing="0">' + "".join(rows) + "</table>"


def sec2_2019() -> str:
    rows = [
        tr(td("第二十条第（一）项", cs=4)),
        tr(td("信息内容"), td("本年新制作数量"), td("本年新公开数量"), td("对外公开总数量")),
        tr(td("规章"), td(0), td(0), td(0)),
        tr(td("规范性文件"), td(2), td(2), td(7)),
        tr(td("第二十条第（五）项", cs=4)),
        tr(td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")),
        tr(td("行政许可"), td(12), td(0), td(35)),
        tr(td("其他对外管理服务事项"), td(0), td(0), td(0)),
        tr(td("第二十条第（六）项", cs=4)),
        tr(td("信息内容"), td("上一年项目数量"), td("本年增/减"), td("处理决定数量")),
        tr(td("行政处罚"), td(20), td(0), td(6)),
        tr(td("行政强制"), td(0), td(0), td(0)),
        tr(td("第二十条第（八）项", cs=4)),
        tr(td("信息内容"), td("上一年项目数量"), td("本年增/减", cs=2)),
        tr(td("行政事业性收费"), td(0), td(0, cs=2)),
        tr(td("第二十条第（九）项", cs=4)),
        tr(td("信息内容"), td("采购项目数量", cs=2), td("采购总金额")),
        tr(td("政府集中采购"), td(3, cs=2), td(45.6)),
    ]
    return p("二、主动公开政府信息情况") + '<table border="1" cellspacing="0">' + "".join(rows) + "</table>"


def sec3(fmt: str) -> str:
    z = [td(0) for _ in range(7)]

    def vals(np_: int) -> list[str]:
        return [td(np_), td(0), td(0), td(0), td(0), td(0), td(np_)]

    withheld = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    unavailable = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
    not_processed = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                     "5.要求行政机关确认或重新出具已获取信息"]
    if fmt == "t2021":
        other = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
    else:
        other = []
    n_result = 2 + len(withheld) + len(unavailable) + len(not_processed) + max(len(other), 1) + 1
    rows = [
        tr(td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rs=3, cs=3), td("申请人情况", cs=7)),
        tr(td("自然人", rs=2), td("法人或其他组织", cs=5), td("总计", rs=2)),
        tr(td("商业企业"), td("科研机构"), td("社会公益组织"), td("法律服务机构"), td("其他")),
        tr(td("一、本年新收政府信息公开申请数量", cs=3), *vals(3)),
        tr(td("二、上年结转政府信息公开申请数量", cs=3), *z),
        tr(td("三、本年度办理结果", rs=n_result), td("（一）予以公开", cs=2), *vals(2)),
        tr(td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", cs=2), *z),
    ]
    for i, label in enumerate(withheld):
        head = [td("（三）不予公开", rs=len(withheld))] if i == 0 else []
        rows.append(tr(*head, td(label), *z))
    for i, label in enumerate(unavailable):
        head = [td("（四）无法提供", rs=len(unavailable))] if i == 0 else []
        rows.append(tr(*head, td(label), *(vals(1) if i == 0 else z)))
    for i, label in enumerate(not_processed):
        head = [td("（五）不予处理", rs=len(not_processed))] if i == 0 else []
        rows.append(tr(*head, td(label), *z))
    if other:
        for i, label in enumerate(other):
            head = [td("（六）其他处理", rs=len(other))] if i == 0 else []
            rows.append(tr(*head, td(label), *z))
    else:
        rows.append(tr(td("（六）其他处理", cs=2), *z))
    rows.append(tr(td("（七）总计", cs=2), *vals(3)))
    rows.append(tr(td("四、结转下年度继续办理", cs=3), *z))
    return (p("三、收到和处理政府信息公开申请情况") + '<table border="1" cellspacing="0">' + "".join(rows)
            + "</table>")


def sec4() -> str:
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        tr(td("行政复议", cs=5), td("行政诉讼", cs=10)),
        tr(*[td(x, rs=2) for x in results], td("未经复议直接起诉", cs=5), td("复议后起诉", cs=5)),
        tr(*[td(x) for x in results + results]),
        tr(*[td(0) for _ in range(15)]),
    ]
    return (p("四、政府信息公开行政复议、行政诉讼情况") + '<table border="1" cellspacing="0">' + "".join(rows)
            + "</table>")


def closing() -> str:
    return (p("五、存在的主要问题及改进情况")
            + p("存在的主要问题：一是主动公开的深度和广度还需拓展；二是政策解读形式较为单一。下一步，我们将进一步完善工作机制，"
                "丰富政策解读形式，提升政府信息公开工作质量。")
            + p("六、其他需要报告的事项")
            + p("本年度未收取政府信息公开信息处理费。无其他需要报告的事项。"))


def body_t2021(agency: str | None, year: int | None, with_period: bool = True) -> str:
    notice = "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）"
    return intro(agency, year, notice, with_period) + overview(agency) + sec2_2021() + sec3("t2021") + sec4() + closing()


def body_t2019(agency: str | None, year: int | None, with_period: bool = True) -> str:
    notice = "《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"
    return intro(agency, year, notice, with_period) + overview(agency) + sec2_2019() + sec3("t2019") + sec4() + closing()


def body_e2014(agency: str | None, year: int | None, with_period: bool = True) -> str:
    who = agency or "本机关"
    first = (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求，由{who}编制。"
             "全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况，"
             "因政府信息公开申请行政复议、提起行政诉讼的情况，存在的主要问题及改进措施。")
    if with_period and year:
        first += f"本年度报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
    return "".join([
        p(first),
        p("一、概述"),
        p(f"{who}高度重视政府信息公开工作，调整充实了政府信息公开工作领导小组，明确了分管领导和专职工作人员。"),
        p("二、主动公开政府信息情况"),
        p("全年共主动公开政府信息152条，其中通过政府门户网站公开128条，通过政务微博公开24条。"),
        p("三、依申请公开政府信息情况"),
        p("全年共受理政府信息公开申请4件，其中当面申请1件，网上申请3件。已全部按期答复，其中同意公开3件，信息不存在1件。"),
        p("四、政府信息公开的收费及减免情况"),
        p("全年未收取政府信息公开检索、复制、邮寄等费用。"),
        p("五、因政府信息公开申请行政复议、提起行政诉讼的情况"),
        p("全年未发生因政府信息公开申请提起行政复议和行政诉讼的情况。"),
        p("六、存在的主要问题及改进措施"),
        p("一是信息公开的及时性有待加强；二是公开内容的深度不够。下一步将进一步规范信息发布程序，加大公开力度。"),
    ])


def body_e2008(agency: str | None, year: int | None, with_period: bool = True) -> str:
    who = agency or "本机关"
    first = (f"根据《中华人民共和国政府信息公开条例》规定，特向社会公布{who}政府信息公开年度报告。"
             "本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开收费及减免情况，"
             "因政府信息公开申请行政复议、提起行政诉讼情况，存在的主要问题和改进措施等部分组成。")
    if with_period and year:
        first += f"本报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。"
    return "".join([
        p(first),
        p("一、概述"),
        p("我们认真贯彻落实《条例》，建立健全政府信息公开工作机制，政府信息公开工作有序开展。"),
        p("二、主动公开政府信息情况"),
        p("全年主动公开政府信息1236条，其中机构职能类86条、政策法规类215条、规划计划类34条。"),
        p("三、依申请公开政府信息情况"),
        p("全年共受理政府信息公开申请12件，均已按期答复。"),
        p("四、政府信息公开收费及减免情况"),
        p("全年未收取任何费用。"),
        p("五、因政府信息公开申请行政复议、提起行政诉讼情况"),
        p("全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。"),
        p("六、存在的主要问题和改进措施"),
        p("政府信息公开工作还存在公开内容不够全面等问题，今后将进一步加强。"),
    ])


def body_for(era: str, agency: str | None, year: int | None, with_period: bool = True) -> str:
    return {"t2021": body_t2021, "t2019": body_t2019, "e2014": body_e2014, "e2008": body_e2008}[era](
        agency, year, with_period)


# --------------------------------------------------------------------------------------------------------------
# page chrome of five CMS families
# --------------------------------------------------------------------------------------------------------------

NAV = ["首页", "政务公开", "政务服务", "互动交流", "走进本地"]


def nav_html() -> str:
    return '<ul class="nav">' + "".join(f'<li><a href="/col/col{1228 + i}/index.html">{n}</a></li>'
                                        for i, n in enumerate(NAV)) + "</ul>"


def footer_html(site: str, code: str | None, icp: str = "浙ICP备05004232号") -> str:
    ident = f"<span>网站标识码：{code}</span>" if code else ""
    return (f'<div class="footer"><p>主办单位：{site}办公室　承办单位：{site}大数据中心</p>'
            f"<p>{ident}<span>{icp}</span><span>公网安备 33052302000123号</span></p>"
            '<p>建议使用1280×1024分辨率浏览　<a href="/col/col1229/index.html">网站地图</a>　'
            '<a href="/col/col1230/index.html">联系我们</a></p></div>')


def meta_table(meta: list[tuple[str, str]]) -> str:
    if not meta:
        return ""
    cells = "".join(f"<tr><th>{k}：</th><td>{html.escape(v)}</td></tr>" for k, v in meta)
    return f'<table class="xxgk_table" width="100%">{cells}</table>'


def page_hanweb(c: dict) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="{c['charset']}"><title>{c['html_title']}</title>
<meta name="SiteName" content="{c['site']}"><meta name="ColumnName" content="政府信息公开年报">
<link rel="stylesheet" href="/module/xxgk/css/xxgk.css"><script src="/module/jslib/jquery/jquery.js"></script></head>
<body><div class="top"><div class="logo"><img src="/images/logo.png" alt="{c['site']}"></div>
<div class="search"><form action="/jrobot/search.do"><input name="q"><button>搜索</button></form></div></div>
{nav_html()}
<div class="bread">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1229218/index.html">政府信息公开</a> &gt;
<a href="/col/col1229219/index.html">政府信息公开年报</a></div>
<div class="xxgk_main">{meta_table(c['meta'])}
<div class="article"><h1 class="title">{c['heading']}</h1>
<div class="info">{c['info']}　<span>【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a>
<a href="javascript:doZoom(12)">小</a>】</span>　<a href="javascript:window.print()">打印本页</a></div>
<div id="zoom">{c['body']}</div></div></div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
{footer_html(c['site'], c['code'], c.get('icp', '浙ICP备05004232号'))}
</body></html>"""


def page_trs(c: dict) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset={c['charset']}" />
<title>{c['html_title']}</title>
<meta name="ColumnName" content="政府信息公开年报" /><meta name="ContentSource" content="{c['site']}" />
</head><body>
<div class="header"><div class="wrap"><a href="../../../"><img src="../../../images/logo.jpg" /></a></div></div>
{nav_html()}
<div class="position">当前位置：<a href="../../../">首页</a>&gt;<a href="../../">政府信息公开</a>&gt;<a href="../">政府信息公开年报</a></div>
<div class="detail">{meta_table(c['meta'])}
<div class="detail-title">{c['heading']}</div>
<div class="detail-info">{c['info']}　来源：{c['site']}　浏览次数：<span id="count">128</span></div>
<div class="TRS_Editor"><div class="Custom_UnionStyle">{c['body']}</div></div>
<div class="fj">附件：</div></div>
<div class="close"><a href="javascript:window.close()">关闭窗口</a></div>
{footer_html(c['site'], c['code'], c.get('icp', '吉ICP备05002245号'))}
</body></html>"""


def page_gkmlpt(c: dict) -> str:
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{c['charset']}">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{c['html_title']}</title>
<!-- SID: 755024 --></head><body>
<div class="gov-header"><span>{c['site']}</span><a href="/gkmlpt/index">政府信息公开</a></div>
{nav_html()}
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/gkmlpt/index">政府信息公开</a> &gt; <a href="/gkmlpt/index#2587">政府信息公开年报</a></div>
<div class="content-box"><div class="classify">{meta_table(c['meta'])}</div>
<h1 class="content-title">{c['heading']}</h1>
<div class="content-info">{c['info']}</div>
<div class="article-content">{c['body']}</div></div>
{footer_html(c['site'], c['code'], c.get('icp', '粤ICP备05082375号'))}
</body></html>"""


def page_lonsun(c: dict) -> str:
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={c['charset']}">
<title>{c['html_title']}</title><meta name="Keywords" content="政府信息公开年报">
<script src="/assets/js/jquery.min.js"></script></head><body>
<div id="header"><div class="sitename">{c['site']}</div></div>
{nav_html()}
<div class="wzy_position">您的位置：<a href="/">首页</a> &gt; <a href="/public/column/index.html">信息公开</a> &gt; <a href="/openness/OpennessAnnualReport/index.html">政府信息公开年报</a></div>
<div class="div_table">{meta_table(c['meta'])}</div>
<div class="wzcon"><h1 class="newstitle">{c['heading']}</h1>
<div class="newsinfo">{c['info']}</div>
<div class="j-fontContent minh500 clearfix" id="zoom">{c['body']}</div></div>
<div class="fxdy">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
{footer_html(c['site'], c['code'], c.get('icp', '皖ICP备05003254号'))}
</body></html>"""


def page_custom(c: dict) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={c['charset']}">
<title>{c['html_title']}</title></head>
<body leftmargin="0" topmargin="0"><table width="1000" align="center"><tr><td><img src="images/banner.jpg"></td></tr></table>
<table width="1000" align="center"><tr><td class="nav">{nav_html()}</td></tr></table>
<table width="1000" align="center"><tr><td class="dqwz">当前位置：首页 &gt;&gt; 政府信息公开 &gt;&gt; 年度报告</td></tr>
<tr><td>{meta_table(c['meta'])}</td></tr>
<tr><td align="center" class="bt"><b>{c['heading']}</b></td></tr>
<tr><td align="center" class="rq">{c['info']}</td></tr>
<tr><td class="nr">{c['body']}</td></tr></table>
<table width="1000" align="center"><tr><td>{footer_html(c['site'], c['code'], c.get('icp', '京ICP备05061234号'))}</td></tr></table>
</body></html>"""


CHROME = {"hanweb": page_hanweb, "trs": page_trs, "gkmlpt": page_gkmlpt, "lonsun": page_lonsun, "custom": page_custom}


def build(case: dict) -> Fetched:
    c = dict(case)
    c.setdefault("charset", "utf-8")
    c.setdefault("meta", [])
    c.setdefault("code", None)
    heading = c["heading"]
    c.setdefault("html_title", f"{heading}_{c['site']}" if heading else c["site"])
    c["body"] = body_for(c["era"], c.get("body_agency"), c.get("body_year"), c.get("with_period", True))
    text = CHROME[c["cms"]](c)
    enc = "gb18030" if c["charset"].lower() in ("gbk", "gb2312", "gb18030") else "utf-8"
    headers = {"content-type": f"text/html; charset={c['charset']}"}
    return Fetched(url=c["url"], body=text.encode(enc), headers=headers)


# --------------------------------------------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------------------------------------------


def case(**kw) -> dict:
    return kw


def meta(index_no: str | None = None, publisher: str | None = None, date: str | None = None,
         date_label: str = "发布日期", title: str | None = None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if index_no:
        out.append(("索引号", index_no))
    out.append(("分类", "政府信息公开年报"))
    if publisher:
        out.append(("发布机构", publisher))
    if date:
        out.append((date_label, date))
    if title:
        out.append(("名称", title))
    out.append(("文号", "无"))
    out.append(("有效性", "有效"))
    return out


CASES = [
    # ---------------------------------------------------------------- 乡镇人民政府 / 街道办事处
    pytest.param(case(
        cms="hanweb", url="https://www.anji.gov.cn/art/2022/1/20/art_1229518625_3921347.html", site="安吉县人民政府",
        heading="安吉县递铺街道办事处2021年政府信息公开工作年度报告", era="t2021", body_agency="递铺街道办事处",
        body_year=2021, code="3305230001", info="发布日期：2022-01-20",
        meta=meta("330523/2022-00012", "安吉县递铺街道办事处", "2022-01-20")),
        dict(title="安吉县递铺街道办事处2021年政府信息公开工作年度报告", agency="安吉县递铺街道办事处",
             agency_type="township", region_code="330523", year=2021, published="2022-01-20"),
        id="street-office-anji-index-number"),
    pytest.param(case(
        cms="custom", url="http://wcsxxgk.harbin.gov.cn/xxgk/xzbm/myx/2022/01/25/1643091.html", site="五常市人民政府",
        heading="五常市民意乡人民政府2021年政府信息公开工作年度报告", era="t2021", body_agency="民意乡人民政府",
        body_year=2021, code="2301840001", info="发布时间：2022/1/25 10:30", icp="黑ICP备05003215号"),
        dict(title="五常市民意乡人民政府2021年政府信息公开工作年度报告", agency="五常市民意乡人民政府",
             agency_type="township", region_code="230184", year=2021, published="2022-01-25"),
        id="township-people-gov-is-township-not-gov-self"),
    pytest.param(case(
        cms="trs", url="http://www.chibi.gov.cn/xxgk/xxgknb/xzbm/2020nb/202101/t20210128_2235471.shtml",
        site="赤壁市人民政府", heading="赤壁市赵李桥镇人民政府2020年政府信息公开工作年度报告", era="t2019",
        body_agency="赵李桥镇人民政府", body_year=2020, code="4212810001", info="发布时间：2021年1月28日",
        icp="鄂ICP备05003578号"),
        dict(title="赤壁市赵李桥镇人民政府2020年政府信息公开工作年度报告", agency="赤壁市赵李桥镇人民政府",
             agency_type="township", region_code="421281", year=2020, published="2021-01-28"),
        id="town-gov-chibi-date-cn"),
    pytest.param(case(
        cms="custom", url="http://www.bjchy.gov.cn/affair/xxgk/nb/8a24fe8a7e9b1c36017ea1b2c3d40012.html",
        site="北京市朝阳区人民政府", heading="北京市朝阳区建外街道办事处2021年政府信息公开工作年度报告", era="t2021",
        body_agency="建外街道办事处", body_year=2021, code="1101050001", info="日期: [2022-01-26]"),
        dict(title="北京市朝阳区建外街道办事处2021年政府信息公开工作年度报告", agency="北京市朝阳区建外街道办事处",
             agency_type="township", region_code="110105", year=2021, published="2022-01-26"),
        id="street-office-beijing-chaoyang-bracket-date"),
    pytest.param(case(
        cms="trs", url="http://www.chaoyang.gov.cn/zwgk/zfxxgknb/202201/t20220124_2987455.html",
        site="长春市朝阳区人民政府", heading="南湖街道办事处2021年政府信息公开工作年度报告", era="t2021",
        body_agency="南湖街道办事处", body_year=2021, code="2201040002", info="发布时间：2022-01-24 09:12:45",
        meta=meta(None, "长春市朝阳区南湖街道办事处", None)),
        dict(title="南湖街道办事处2021年政府信息公开工作年度报告", agency_type="township", region_code="220104",
             year=2021, published="2022-01-24"),
        id="street-office-changchun-chaoyang-by-site-code"),
    pytest.param(case(
        cms="hanweb", url="http://www.yuhang.gov.cn/art/2021/1/29/art_1229511749_3843210.html", site="杭州市余杭区人民政府",
        heading="2020年政府信息公开工作年度报告", era="t2019", body_agency=None, body_year=2020, code="3301100001",
        info="发布日期：2021-01-29", meta=meta("002484056/2021-00043", "余杭区仁和街道办事处", "2021-01-29")),
        dict(title="2020年政府信息公开工作年度报告", agency="余杭区仁和街道办事处", agency_type="township",
             region_code="330110", year=2020, published="2021-01-29"),
        id="street-office-only-in-publisher-block"),
    pytest.param(case(
        cms="lonsun", url="https://www.ahlx.gov.cn/openness/OpennessAnnualReport/show/2431567.html", site="郎溪县人民政府",
        heading="郎溪县十字镇2020年政府信息公开工作年度报告", era="t2019", body_agency="十字镇人民政府", body_year=2020,
        code="3418210001", info="发布时间：2021-01-22 16:05　来源：十字镇"),
        dict(title="郎溪县十字镇2020年政府信息公开工作年度报告", agency_type="township", region_code="341821",
             year=2020, published="2021-01-22"),
        id="town-without-gov-suffix-lonsun"),
    # ---------------------------------------------------------------- 县直部门
    pytest.param(case(
        cms="hanweb", url="https://www.anji.gov.cn/art/2022/1/18/art_1229518627_3920015.html", site="安吉县人民政府",
        heading="安吉县教育局2021年政府信息公开工作年度报告", era="t2021", body_agency="安吉县教育局", body_year=2021,
        code="3305230001", info="发布日期：2022-01-18",
        meta=meta("002630048/2022-00007", "安吉县教育局", "2022-01-18")),
        dict(title="安吉县教育局2021年政府信息公开工作年度报告", agency="安吉县教育局", agency_type="department",
             region_code="330523", year=2021, published="2022-01-18"),
        id="county-education-bureau"),
    pytest.param(case(
        cms="hanweb", url="https://www.anji.gov.cn/art/2021/1/15/art_1229518627_3840021.html", site="安吉县人民政府",
        heading="县教育局2020年政府信息公开工作年度报告", era="t2019", body_agency="县教育局", body_year=2020,
        code="3305230001", info="发布日期：2021-01-15", meta=meta("330523/2021-00211", "县教育局", "2021-01-15")),
        dict(title="县教育局2020年政府信息公开工作年度报告", agency="县教育局", agency_type="department",
             region_code="330523", year=2020, published="2021-01-15"),
        id="short-county-bureau-name-code-from-index-number"),
    pytest.param(case(
        cms="hanweb", url="http://www.nbjb.gov.cn/art/2021/1/27/art_1229214366_3701245.html", site="宁波市人民政府",
        heading="市自然资源和规划局2020年政府信息公开工作年度报告", era="t2019", body_agency="市自然资源和规划局",
        body_year=2020, code="3302000001", info="发布时间：2021/1/27 10:30",
        meta=meta("11330200MB1234567X/2021-00018", "市自然资源和规划局", None)),
        dict(title="市自然资源和规划局2020年政府信息公开工作年度报告", agency="市自然资源和规划局",
             agency_type="department", region_code="330200", year=2020, published="2021-01-27"),
        id="short-city-bureau-name-site-code"),
    pytest.param(case(
        cms="custom", url="http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/61e8a2c5f8d3b24a1c6e7f90.html",
        site="西安市莲湖区人民政府", heading="区卫生健康委员会2021年政府信息公开工作年度报告", era="t2021",
        body_agency="区卫生健康委员会", body_year=2021, code="6101040001", info="发布日期：2022.01.24",
        meta=meta("610104/2022-00031", "区卫生健康委员会", None), icp="陕ICP备05003645号"),
        dict(title="区卫生健康委员会2021年政府信息公开工作年度报告", agency="区卫生健康委员会",
             agency_type="department", region_code="610104", year=2021, published="2022-01-24"),
        id="short-district-health-commission-dotted-date"),
    pytest.param(case(
        cms="lonsun", url="https://www.ahlx.gov.cn/openness/OpennessAnnualReport/show/2432001.html", site="郎溪县人民政府",
        heading="2021年政府信息公开工作年度报告", era="t2021", body_agency=None, body_year=2021, code="3418210001",
        info="发布时间：2022-01-25", meta=meta("11341821MB1523487K/202201-00004", "郎溪县市场监督管理局", None)),
        dict(title="2021年政府信息公开工作年度报告", agency="郎溪县市场监督管理局", agency_type="department",
             region_code="341821", year=2021, published="2022-01-25"),
        id="department-only-in-publisher-block"),
    pytest.param(case(
        cms="custom", url="http://www.xiongxian.gov.cn/content.jsp?id=8a8481f277412e3a0177432b1c2d0031",
        site="雄县人民政府", heading="政府信息公开工作年度报告", era="t2019", body_agency=None, body_year=2020,
        code="1306380001", info="发布日期：2021年01月25日", meta=meta(None, "雄县应急管理局", None),
        icp="冀ICP备05007329号"),
        dict(title="政府信息公开工作年度报告", agency="雄县应急管理局", agency_type="department",
             region_code="130638", year=2020, published="2021-01-25"),
        id="title-without-year-year-from-period"),
    pytest.param(case(
        cms="lonsun", url="http://www.bengbu.gov.cn/public/21981/45871203.html", site="蚌埠市人民政府",
        heading="蚌埠市商务局2020年政府信息公开年度报告", era="t2019", body_agency="蚌埠市商务局", body_year=2020,
        code="3403000001", info="发布时间：2021-01-29　浏览次数：<span>215</span>",
        meta=meta("11340300003143225Q/202101-00006", "蚌埠市商务局", None)),
        dict(title="蚌埠市商务局2020年政府信息公开年度报告", agency="蚌埠市商务局", agency_type="department",
             region_code="340300", year=2020, published="2021-01-29"),
        id="city-commerce-bureau-credit-code-index"),
    pytest.param(case(
        cms="custom", url="http://122.137.242.24:8080/pub/slsxxgkw/scjdglj/nb/201703/t20170310_88213.html",
        site="舒兰市人民政府信息公开网", heading="舒兰市市场监督管理局2016年政务信息公开年度报告", era="e2014",
        body_agency="舒兰市市场监督管理局", body_year=2016, code=None, info="发布时间：2017-03-10",
        meta=meta(None, "舒兰市市场监督管理局", None), charset="gbk", icp="吉ICP备05002245号"),
        dict(title="舒兰市市场监督管理局2016年政务信息公开年度报告", agency="舒兰市市场监督管理局",
             agency_type="department", region_code="220283", year=2016, published="2017-03-10"),
        id="zhengwu-title-gbk-region-from-name"),
    # ---------------------------------------------------------------- 垂直管理
    pytest.param(case(
        cms="trs", url="https://zhejiang.chinatax.gov.cn/art/2022/1/26/art_13268_5421773.html",
        site="国家税务总局浙江省税务局", heading="国家税务总局安吉县税务局2021年政府信息公开工作年度报告", era="t2021",
        body_agency="国家税务总局安吉县税务局", body_year=2021, code="bm29000002", info="发布日期：2022-01-26",
        icp="京ICP备05086293号"),
        dict(title="国家税务总局安吉县税务局2021年政府信息公开工作年度报告", agency="国家税务总局安吉县税务局",
             agency_type="department", region_code="330523", year=2021, published="2022-01-26"),
        id="tax-bureau-vertical-bm-site-code-ignored"),
    pytest.param(case(
        cms="trs", url="http://beijing.chinatax.gov.cn/bjswj/c104269/202201/a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d.shtml",
        site="国家税务总局北京市税务局", heading="国家税务总局北京市朝阳区税务局2021年政府信息公开工作年度报告",
        era="t2021", body_agency="国家税务总局北京市朝阳区税务局", body_year=2021, code="bm29000001",
        info="发布时间：2022-01-27", icp="京ICP备05086293号"),
        dict(title="国家税务总局北京市朝阳区税务局2021年政府信息公开工作年度报告",
             agency="国家税务总局北京市朝阳区税务局", agency_type="department", region_code="110105", year=2021,
             published="2022-01-27"),
        id="tax-bureau-beijing-chaoyang"),
    pytest.param(case(
        cms="custom", url="http://hangzhou.customs.gov.cn/hangzhou_customs/575609/xxgk/nb/4125863/index.html",
        site="中华人民共和国杭州海关", heading="中华人民共和国杭州海关2020年政府信息公开工作年度报告", era="t2019",
        body_agency="杭州海关", body_year=2020, code="bm28000009", info="发布时间：2021-01-28",
        icp="京ICP备05066977号"),
        dict(title="中华人民共和国杭州海关2020年政府信息公开工作年度报告", agency="中华人民共和国杭州海关",
             agency_type="department", year=2020, published="2021-01-28"),
        id="customs-vertical-no-region-asserted"),
    pytest.param(case(
        cms="lonsun", url="https://www.ahlx.gov.cn/public/6606731/1149885321.html", site="郎溪县人民政府",
        heading="郎溪县气象局2021年政府信息公开工作年度报告", era="t2021", body_agency="郎溪县气象局", body_year=2021,
        code="3418210001", info="发布时间：2022-01-12",
        meta=meta("12341821485273415C/202201-00002", "郎溪县气象局", None)),
        dict(title="郎溪县气象局2021年政府信息公开工作年度报告", agency="郎溪县气象局", agency_type="department",
             region_code="341821", year=2021, published="2022-01-12"),
        id="meteorological-bureau-county"),
    pytest.param(case(
        cms="trs", url="http://www.chaoyang.gov.cn/zwgk/zfxxgknb/202201/t20220120_2986612.html",
        site="长春市朝阳区人民政府", heading="长春市朝阳区市场监督管理局2021年政府信息公开工作年度报告", era="t2021",
        body_agency="长春市朝阳区市场监督管理局", body_year=2021, code="2201040002", info="发布时间：2022-01-20"),
        dict(title="长春市朝阳区市场监督管理局2021年政府信息公开工作年度报告", agency="长春市朝阳区市场监督管理局",
             agency_type="department", region_code="220104", year=2021, published="2022-01-20"),
        id="changchun-chaoyang-department"),
    # ---------------------------------------------------------------- 开发区 / 高新区 / 园区 / 新区
    pytest.param(case(
        cms="hanweb", url="http://www.jingmen.gov.cn/art/2022/1/28/art_11519_745622.html", site="荆门市人民政府",
        heading="荆门市漳河新区2021年政府信息公开工作年度报告", era="t2021", body_agency="漳河新区管委会",
        body_year=2021, code="4208000003", info="发布日期：2022-01-28", icp="鄂ICP备05003600号"),
        dict(title="荆门市漳河新区2021年政府信息公开工作年度报告", agency_type="zone", year=2021,
             published="2022-01-28"),
        id="zone-zhanghe-new-area"),
    pytest.param(case(
        cms="gkmlpt", url="http://www.hyhdz.gov.cn/gkmlpt/content/0/412/post_412873.html", site="河源市高新区",
        heading="河源市高新区2021年政府信息公开工作年度报告", era="t2021", body_agency="河源市高新区管委会",
        body_year=2021, code="4416000012", info="发布日期：2022-01-30",
        meta=meta("11441600MB2C11234X/2022-00003", "河源市高新区管委会", "2022-01-30")),
        dict(title="河源市高新区2021年政府信息公开工作年度报告", agency_type="zone", year=2021,
             published="2022-01-30"),
        id="zone-high-tech-gkmlpt"),
    pytest.param(case(
        cms="hanweb", url="http://www.yuhang.gov.cn/art/2019/1/30/art_1229511749_3101552.html", site="杭州市余杭区人民政府",
        heading="超山风景名胜区管委会2018年度政府信息公开工作报告", era="e2014", body_agency="超山风景名胜区管委会",
        body_year=2018, code="3301100001", info="发布日期：2019-01-30"),
        dict(title="超山风景名胜区管委会2018年度政府信息公开工作报告", agency="超山风景名胜区管委会",
             agency_type="zone", year=2018, published="2019-01-30"),
        id="zone-scenic-area-committee-e2014"),
    pytest.param(case(
        cms="custom", url="http://snjkq.suining.gov.cn/zwgk/show/6f0d2c8a91b34e5b8a7c1d2e3f405162.html",
        site="遂宁经济技术开发区", heading="遂宁经济技术开发区管理委员会2020年政府信息公开工作年度报告", era="t2019",
        body_agency="遂宁经济技术开发区管理委员会", body_year=2020, code=None, info="发布时间：2021-01-26 15:20:00",
        icp="蜀ICP备05003210号"),
        dict(title="遂宁经济技术开发区管理委员会2020年政府信息公开工作年度报告",
             agency="遂宁经济技术开发区管理委员会", agency_type="zone", year=2020, published="2021-01-26"),
        id="zone-economic-development-committee"),
    pytest.param(case(
        cms="trs", url="http://www.xianning.gov.cn/xxgk/xxgknb/202101/t20210125_2236610.shtml",
        site="咸宁市人民政府", heading="蒲纺工业园区2020年政府信息公开工作年度报告", era="t2019",
        body_agency="蒲纺工业园区管委会", body_year=2020, code="4212000001", info="发布时间：2021-01-25"),
        dict(title="蒲纺工业园区2020年政府信息公开工作年度报告", agency_type="zone", year=2020,
             published="2021-01-25"),
        id="zone-industrial-park"),
    pytest.param(case(
        cms="custom", url="http://www.weihai.gov.cn/art/2017/3/20/art_51823_962145.html", site="威海市人民政府",
        heading="威海火炬高技术产业开发区管理委员会2016年政府信息公开工作年度报告", era="e2014",
        body_agency="威海火炬高技术产业开发区管理委员会", body_year=2016, code=None,
        info="发布日期：2017-03-20", charset="gb2312", icp="鲁ICP备05001892号"),
        dict(title="威海火炬高技术产业开发区管理委员会2016年政府信息公开工作年度报告",
             agency="威海火炬高技术产业开发区管理委员会", agency_type="zone", year=2016, published="2017-03-20"),
        id="zone-torch-high-tech-gb2312"),
    pytest.param(case(
        cms="hanweb", url="http://yynanhu.yueyang.gov.cn/art/2021/1/21/art_21875_1758312.html", site="岳阳市南湖新区",
        heading="岳阳市南湖新区2020年政府信息公开工作年度报告", era="t2019", body_agency="南湖新区管委会",
        body_year=2020, code=None, info="发布时间：2021-01-21", icp="湘ICP备05004671号"),
        dict(title="岳阳市南湖新区2020年政府信息公开工作年度报告", agency_type="zone", year=2020,
             published="2021-01-21"),
        id="zone-nanhu-new-area-yueyang"),
    pytest.param(case(
        cms="custom", url="https://www.pudong.gov.cn/zwgk/zfxxgknb/2022/20/12589.html", site="上海市浦东新区人民政府",
        heading="上海市浦东新区人民政府2021年政府信息公开工作年度报告", era="t2021",
        body_agency="上海市浦东新区人民政府", body_year=2021, code="3101150001", info="发布日期：2022-01-28",
        icp="沪ICP备05020581号"),
        dict(title="上海市浦东新区人民政府2021年政府信息公开工作年度报告", agency="上海市浦东新区人民政府",
             agency_type="gov_self", region_code="310115", year=2021, published="2022-01-28"),
        id="pudong-new-area-is-a-county-level-government"),
    pytest.param(case(
        cms="trs", url="http://www.tjbh.gov.cn/zwgk/zfxxgknb/202101/t20210129_4982531.html", site="天津市滨海新区人民政府",
        heading="天津市滨海新区人民政府2020年政府信息公开工作年度报告", era="t2019",
        body_agency="天津市滨海新区人民政府", body_year=2020, code=None, info="发布时间：2021-01-29",
        icp="津ICP备05004231号"),
        dict(title="天津市滨海新区人民政府2020年政府信息公开工作年度报告", agency="天津市滨海新区人民政府",
             agency_type="gov_self", region_code="120116", year=2020, published="2021-01-29"),
        id="binhai-new-area-government-region-from-name"),
    # ---------------------------------------------------------------- 林区 / 自治州 / 自治县 / 旗 / 盟
    pytest.param(case(
        cms="hanweb", url="http://www.snj.gov.cn/art/2022/3/25/art_2136_612345.html", site="神农架林区人民政府",
        heading="神农架林区人民政府2021年政府信息公开工作年度报告", era="t2021", body_agency="神农架林区人民政府",
        body_year=2021, code="4290210001", info="发布日期：2022-03-25", icp="鄂ICP备05006812号"),
        dict(title="神农架林区人民政府2021年政府信息公开工作年度报告", agency="神农架林区人民政府",
             agency_type="gov_self", region_code="429021", year=2021, published="2022-03-25"),
        id="forest-district-government"),
    pytest.param(case(
        cms="hanweb", url="http://www.enshi.gov.cn/art/2022/3/28/art_4712_1512345.html",
        site="恩施土家族苗族自治州人民政府", heading="恩施土家族苗族自治州人民政府2021年政府信息公开工作年度报告",
        era="t2021", body_agency="恩施州人民政府", body_year=2021, code="4228000001", info="发布日期：2022-03-28",
        icp="鄂ICP备05006577号"),
        dict(title="恩施土家族苗族自治州人民政府2021年政府信息公开工作年度报告",
             agency="恩施土家族苗族自治州人民政府", agency_type="gov_self", region_code="422800", year=2021,
             published="2022-03-28"),
        id="autonomous-prefecture-government"),
    pytest.param(case(
        cms="trs", url="http://www.yanbian.gov.cn/zw/zfxxgknb/202103/t20210330_312456.html",
        site="延边朝鲜族自治州人民政府", heading="延边朝鲜族自治州人民政府办公室2020年政府信息公开工作年度报告",
        era="t2019", body_agency="延边州人民政府办公室", body_year=2020, code="2224000001",
        info="发布时间：2021-03-30"),
        dict(title="延边朝鲜族自治州人民政府办公室2020年政府信息公开工作年度报告",
             agency="延边朝鲜族自治州人民政府办公室", agency_type="gov_office", region_code="222400", year=2020,
             published="2021-03-30"),
        id="autonomous-prefecture-gov-office"),
    pytest.param(case(
        cms="custom", url="http://www.elc.gov.cn/zwgk/xxgknb/2021-03-29/31245.html", site="鄂伦春自治旗人民政府",
        heading="鄂伦春自治旗人民政府2020年政府信息公开工作年度报告", era="t2019", body_agency="鄂伦春自治旗人民政府",
        body_year=2020, code=None, info="发布日期：2021-03-29", charset="gbk", icp="蒙ICP备05001238号"),
        dict(title="鄂伦春自治旗人民政府2020年政府信息公开工作年度报告", agency="鄂伦春自治旗人民政府",
             agency_type="gov_self", region_code="150723", year=2020, published="2021-03-29"),
        id="autonomous-banner-current-code-not-league-era"),
    pytest.param(case(
        cms="custom", url="http://www.alszq.gov.cn/zwgk/xxgknb/202003/t20200327_1234.html", site="阿拉善左旗人民政府",
        heading="阿拉善左旗人民政府2019年政府信息公开工作年度报告", era="t2019", body_agency="阿拉善左旗人民政府",
        body_year=2019, code="1529210001", info="发布时间：2020-03-27", icp="蒙ICP备05001239号"),
        dict(title="阿拉善左旗人民政府2019年政府信息公开工作年度报告", agency="阿拉善左旗人民政府",
             agency_type="gov_self", region_code="152921", year=2019, published="2020-03-27"),
        id="banner-government"),
    pytest.param(case(
        cms="trs", url="http://www.xlgl.gov.cn/zwgk/zfxxgknb/202203/t20220330_456789.html", site="锡林郭勒盟行政公署",
        heading="锡林郭勒盟2021年政府信息公开工作年度报告", era="t2021", body_agency="锡林郭勒盟行政公署办公室",
        body_year=2021, code="1525000001", info="发布时间：2022-03-30", icp="蒙ICP备05001240号"),
        dict(title="锡林郭勒盟2021年政府信息公开工作年度报告", region_code="152500", year=2021,
             published="2022-03-30"),
        id="league-region-code"),
    pytest.param(case(
        cms="hanweb", url="http://www.cbx.gov.cn/art/2022/1/27/art_5821_334561.html", site="长白朝鲜族自治县人民政府",
        heading="长白朝鲜族自治县人民政府2021年政府信息公开工作年度报告", era="t2021",
        body_agency="长白朝鲜族自治县人民政府", body_year=2021, code=None, info="发布日期：2022-01-27",
        icp="吉ICP备05003301号"),
        dict(title="长白朝鲜族自治县人民政府2021年政府信息公开工作年度报告", agency="长白朝鲜族自治县人民政府",
             agency_type="gov_self", region_code="220623", year=2021, published="2022-01-27"),
        id="autonomous-county-region-from-name"),
    # ---------------------------------------------------------------- 省级 / 国家部委
    pytest.param(case(
        cms="hanweb", url="https://www.zj.gov.cn/art/2022/3/25/art_1229019365_2398877.html", site="浙江省人民政府",
        heading="浙江省人民政府办公厅2021年政府信息公开工作年度报告", era="t2021", body_agency="浙江省人民政府办公厅",
        body_year=2021, code="3300000038", info="发布日期：2022-03-25",
        meta=meta("002482410/2022-00158", "省政府办公厅", "2022-03-25")),
        dict(title="浙江省人民政府办公厅2021年政府信息公开工作年度报告", agency="浙江省人民政府办公厅",
             agency_type="gov_office", region_code="330000", year=2021, published="2022-03-25"),
        id="province-gov-general-office"),
    pytest.param(case(
        cms="hanweb", url="https://www.zj.gov.cn/art/2021/1/28/art_1229019365_2231190.html", site="浙江省人民政府",
        heading="省政府办公厅2020年政府信息公开工作年度报告", era="t2019", body_agency="省政府办公厅",
        body_year=2020, code="3300000038", info="发布日期：2021-01-28"),
        dict(title="省政府办公厅2020年政府信息公开工作年度报告", agency="省政府办公厅", agency_type="gov_office",
             region_code="330000", year=2020, published="2021-01-28"),
        id="short-province-office-name-site-code"),
    pytest.param(case(
        cms="trs", url="http://www.jl.gov.cn/zw/xxgk/zfxxgknb/202103/t20210331_7981234.html", site="吉林省人民政府",
        heading="吉林省人民政府2020年政府信息公开工作年度报告", era="t2019", body_agency="吉林省人民政府",
        body_year=2020, code="2200000001", info="发布时间：2021-03-31"),
        dict(title="吉林省人民政府2020年政府信息公开工作年度报告", agency="吉林省人民政府", agency_type="gov_self",
             region_code="220000", year=2020, published="2021-03-31"),
        id="province-gov-self"),
    pytest.param(case(
        cms="trs", url="http://www.shanghai.gov.cn/nw12344/20220330/2b1a7c9e5d3f4a8b9c0d1e2f3a4b5c6d.html",
        site="上海市人民政府", heading="上海市人民政府办公厅2021年政府信息公开工作年度报告", era="t2021",
        body_agency="上海市人民政府办公厅", body_year=2021, code="3100000001", info="发布日期：2022年3月30日",
        icp="沪ICP备05020581号"),
        dict(title="上海市人民政府办公厅2021年政府信息公开工作年度报告", agency="上海市人民政府办公厅",
             agency_type="gov_office", region_code="310000", year=2021, published="2022-03-30"),
        id="municipality-general-office"),
    pytest.param(case(
        cms="hanweb", url="https://jyt.zj.gov.cn/art/2022/1/30/art_1532836_58924811.html", site="浙江省教育厅",
        heading="浙江省教育厅2021年政府信息公开工作年度报告", era="t2021", body_agency="浙江省教育厅",
        body_year=2021, code="3300000015", info="发布日期：2022-01-30"),
        dict(title="浙江省教育厅2021年政府信息公开工作年度报告", agency="浙江省教育厅", agency_type="department",
             region_code="330000", year=2021, published="2022-01-30"),
        id="province-department"),
    pytest.param(case(
        cms="trs", url="http://wjw.hubei.gov.cn/zfxxgk/fdzdgknr/zfxxgknb/202101/t20210129_3313456.shtml",
        site="湖北省卫生健康委员会", heading="湖北省卫生健康委员会2020年政府信息公开工作年度报告", era="t2019",
        body_agency="湖北省卫生健康委员会", body_year=2020, code="4200000012", info="发布时间：2021-01-29",
        icp="鄂ICP备05003201号"),
        dict(title="湖北省卫生健康委员会2020年政府信息公开工作年度报告", agency="湖北省卫生健康委员会",
             agency_type="department", region_code="420000", year=2020, published="2021-01-29"),
        id="province-health-commission"),
    pytest.param(case(
        cms="custom", url="http://www.stats.gov.cn/xxgk/xxgkndbg/202201/t20220128_1827001.html", site="国家统计局",
        heading="国家统计局2021年政府信息公开工作年度报告", era="t2021", body_agency="国家统计局", body_year=2021,
        code="bm36000002", info="发布时间：2022-01-28 16:30", icp="京ICP备05034670号"),
        dict(title="国家统计局2021年政府信息公开工作年度报告", agency="国家统计局", agency_type="department",
             year=2021, published="2022-01-28"),
        id="national-bureau"),
    pytest.param(case(
        cms="custom", url="https://www.mee.gov.cn/xxgk2018/xxgk/xxgk15/202101/t20210129_819762.html",
        site="中华人民共和国生态环境部", heading="生态环境部2020年政府信息公开工作年度报告", era="t2019",
        body_agency="生态环境部", body_year=2020, code="bm17000001", info="发布日期：2021-01-29",
        icp="京ICP备05009132号"),
        dict(title="生态环境部2020年政府信息公开工作年度报告", agency="生态环境部", agency_type="department",
             year=2020, published="2021-01-29"),
        id="national-ministry"),
    # ---------------------------------------------------------------- gov_region / gov_self / gov_office, cities
    pytest.param(case(
        cms="hanweb", url="https://www.hangzhou.gov.cn/art/2021/3/26/art_1229063384_3850312.html", site="杭州市人民政府",
        heading="杭州市人民政府2020年政府信息公开工作年度报告", era="t2019", body_agency="杭州市人民政府",
        body_year=2020, code="3301000019", info="发布日期：2021-03-26"),
        dict(title="杭州市人民政府2020年政府信息公开工作年度报告", agency="杭州市人民政府", agency_type="gov_self",
             region_code="330100", year=2020, published="2021-03-26"),
        id="city-gov-self"),
    pytest.param(case(
        cms="custom", url="https://www.suqian.gov.cn/cnsq/gknb/201503/0f235d56ca894d5d9a95a53676d05733.shtml",
        site="宿迁市人民政府", heading="宿迁市政府办公室2014年政府信息公开年度报告", era="e2014",
        body_agency="宿迁市政府办公室", body_year=2014, code="3213000001", info="发布日期：2015-03-12",
        meta=meta("014320144/2015-00056", "宿迁市政府办公室", "2015-03-12"), icp="苏ICP备05009356号"),
        dict(title="宿迁市政府办公室2014年政府信息公开年度报告", agency="宿迁市政府办公室", agency_type="gov_office",
             region_code="321300", year=2014, published="2015-03-12"),
        id="city-gov-office-e2014"),
    pytest.param(case(
        cms="trs", url="http://www.chaoyang.gov.cn/zwgk/zfxxgknb/202103/t20210326_2801234.html",
        site="长春市朝阳区人民政府", heading="朝阳区人民政府2020年政府信息公开工作年度报告", era="t2019",
        body_agency="朝阳区人民政府", body_year=2020, code="2201040002", info="发布时间：2021-03-26"),
        dict(title="朝阳区人民政府2020年政府信息公开工作年度报告", agency="朝阳区人民政府", agency_type="gov_self",
             region_code="220104", year=2020, published="2021-03-26"),
        id="chaoyang-changchun-by-site-code"),
    pytest.param(case(
        cms="custom", url="http://www.bjchy.gov.cn/affair/xxgk/nb/8a24fe8a78a1b2c30178b1c2d3e40021.html",
        site="北京市朝阳区人民政府", heading="朝阳区人民政府2020年政府信息公开工作年度报告", era="t2019",
        body_agency="朝阳区人民政府", body_year=2020, code="1101050001", info="日期: [2021-03-30]"),
        dict(title="朝阳区人民政府2020年政府信息公开工作年度报告", agency="朝阳区人民政府", agency_type="gov_self",
             region_code="110105", year=2020, published="2021-03-30"),
        id="chaoyang-beijing-by-site-code"),
    pytest.param(case(
        cms="trs", url="http://www.chaoyang.gov.cn/zwgk/zfxxgknb/202203/t20220325_3001234.html",
        site="长春市朝阳区人民政府", heading="长春市朝阳区人民政府2021年政府信息公开工作年度报告", era="t2021",
        body_agency="长春市朝阳区人民政府", body_year=2021, code=None, info="发布时间：2022-03-25"),
        dict(title="长春市朝阳区人民政府2021年政府信息公开工作年度报告", agency="长春市朝阳区人民政府",
             agency_type="gov_self", region_code="220104", year=2021, published="2022-03-25"),
        id="chaoyang-changchun-by-qualified-name"),
    pytest.param(case(
        cms="hanweb", url="http://www.snj.gov.cn/art/2020/3/27/art_2136_501234.html", site="神农架林区人民政府",
        heading="2019年神农架林区政府信息公开工作年度报告", era="t2019", body_agency="神农架林区人民政府办公室",
        body_year=2019, code="4290210001", info="发布日期：2020-03-27", icp="鄂ICP备05006812号"),
        dict(title="2019年神农架林区政府信息公开工作年度报告", agency="神农架林区", region_code="429021",
             year=2019, published="2020-03-27"),
        id="year-first-title-forest-district"),
    pytest.param(case(
        cms="custom", url="http://www.shanghai.gov.cn/nw2/nw2314/nw2319/nw12344/u26aw20613.html", site="上海市人民政府",
        heading="2009上海市政府信息公开工作年度报告", era="e2008", body_agency="上海市", body_year=2009,
        code=None, info="发布日期：2010-03-31", charset="gb2312", icp="沪ICP备05020581号"),
        dict(title="2009上海市政府信息公开工作年度报告", agency="上海市", region_code="310000", year=2009,
             published="2010-03-31"),
        id="year-first-without-nian-e2008"),
    pytest.param(case(
        cms="custom", url="http://www.sft.gov.cn/zwgk/xxgknb/201803/t20180320_51234.html", site="双鸭山市四方台区人民政府",
        heading="2017年四方台区政府信息公开工作年度报告", era="e2014", body_agency="四方台区人民政府", body_year=2017,
        code="2305050001", info="发布时间：2018-03-20", icp="黑ICP备05004412号"),
        dict(title="2017年四方台区政府信息公开工作年度报告", agency="四方台区", region_code="230505", year=2017,
             published="2018-03-20"),
        id="year-first-sifangtai"),
    # ---------------------------------------------------------------- renamed / merged divisions (as of year)
    pytest.param(case(
        cms="hanweb", url="http://www.penglai.gov.cn/art/2020/1/20/art_15432_2512345.html", site="蓬莱市人民政府",
        heading="蓬莱市人民政府2019年政府信息公开工作年度报告", era="t2019", body_agency="蓬莱市人民政府",
        body_year=2019, code="3706840001", info="发布日期：2020-01-20", icp="鲁ICP备05004561号"),
        dict(title="蓬莱市人民政府2019年政府信息公开工作年度报告", agency="蓬莱市人民政府", agency_type="gov_self",
             region_code="370684", year=2019, published="2020-01-20"),
        id="penglai-city-2019-old-code"),
    pytest.param(case(
        cms="hanweb", url="http://www.penglai.gov.cn/art/2022/1/25/art_15432_2912345.html", site="烟台市蓬莱区人民政府",
        heading="烟台市蓬莱区人民政府2021年政府信息公开工作年度报告", era="t2021", body_agency="蓬莱区人民政府",
        body_year=2021, code="3706840001", info="发布日期：2022-01-25", icp="鲁ICP备05004561号"),
        dict(title="烟台市蓬莱区人民政府2021年政府信息公开工作年度报告", agency="烟台市蓬莱区人民政府",
             agency_type="gov_self", region_code="370614", year=2021, published="2022-01-25"),
        id="penglai-district-2021-stale-site-code-mapped-to-successor"),
    pytest.param(case(
        cms="hanweb", url="http://www.penglai.gov.cn/art/2021/3/1/art_15433_2712345.html", site="烟台市蓬莱区人民政府",
        heading="蓬莱市人民政府2019年政府信息公开工作年度报告", era="t2019", body_agency="蓬莱市人民政府",
        body_year=2019, code="3706140001", info="发布日期：2021-03-01", icp="鲁ICP备05004561号"),
        dict(title="蓬莱市人民政府2019年政府信息公开工作年度报告", agency_type="gov_self", region_code="370684",
             year=2019, published="2021-03-01"),
        id="penglai-2019-report-on-new-district-site"),
    pytest.param(case(
        cms="custom", url="http://www.fuyang.gov.cn/xxgk/nb/2014/03/20/art_991_124523.html", site="富阳市人民政府",
        heading="富阳市人民政府2013年政府信息公开工作年度报告", era="e2008", body_agency="富阳市人民政府",
        body_year=2013, code=None, info="发布日期：2014-03-20", charset="gbk"),
        dict(title="富阳市人民政府2013年政府信息公开工作年度报告", agency="富阳市人民政府", agency_type="gov_self",
             region_code="330183", year=2013, published="2014-03-20"),
        id="fuyang-city-2013-before-district"),
    pytest.param(case(
        cms="hanweb", url="http://www.fuyang.gov.cn/art/2017/3/24/art_1229339_5123456.html", site="杭州市富阳区人民政府",
        heading="杭州市富阳区人民政府2016年政府信息公开工作年度报告", era="e2014", body_agency="富阳区人民政府",
        body_year=2016, code="3301110001", info="发布日期：2017-03-24"),
        dict(title="杭州市富阳区人民政府2016年政府信息公开工作年度报告", agency="杭州市富阳区人民政府",
             agency_type="gov_self", region_code="330111", year=2016, published="2017-03-24"),
        id="fuyang-district-2016"),
    pytest.param(case(
        cms="hanweb", url="http://www.hzsc.gov.cn/art/2020/3/25/art_1229284632_3651234.html", site="杭州市上城区人民政府",
        heading="杭州市江干区人民政府2019年政府信息公开工作年度报告", era="t2019", body_agency="江干区人民政府",
        body_year=2019, code="3301020001", info="发布日期：2020-03-25"),
        dict(title="杭州市江干区人民政府2019年政府信息公开工作年度报告", agency="杭州市江干区人民政府",
             agency_type="gov_self", region_code="330104", year=2019, published="2020-03-25"),
        id="jianggan-2019-merged-district-on-shangcheng-site"),
    pytest.param(case(
        cms="custom", url="http://www.fzcl.gov.cn/xjwz/zwgk/xxgknb/201703/t20170327_1429876.htm", site="长乐市人民政府",
        heading="长乐市人民政府2016年政府信息公开工作年度报告", era="e2014", body_agency="长乐市人民政府",
        body_year=2016, code=None, info="发布时间：2017-03-27", icp="闽ICP备05001234号"),
        dict(title="长乐市人民政府2016年政府信息公开工作年度报告", agency="长乐市人民政府", agency_type="gov_self",
             region_code="350182", year=2016, published="2017-03-27"),
        id="changle-city-2016"),
    pytest.param(case(
        cms="trs", url="http://www.fzcl.gov.cn/xjwz/zwgk/xxgknb/bmnb/202001/t20200120_3154321.htm",
        site="福州市长乐区人民政府", heading="福州市长乐区卫生健康局2019年政府信息公开工作年度报告", era="t2019",
        body_agency="长乐区卫生健康局", body_year=2019, code="3501120001", info="发布时间：2020-01-20",
        icp="闽ICP备05001234号"),
        dict(title="福州市长乐区卫生健康局2019年政府信息公开工作年度报告", agency="福州市长乐区卫生健康局",
             agency_type="department", region_code="350112", year=2019, published="2020-01-20"),
        id="changle-district-department-2019"),
    pytest.param(case(
        cms="custom", url="http://www.pixian.gov.cn/zwgk/xxgknb/201603/t20160325_45123.html", site="郫县人民政府",
        heading="郫县人民政府2015年政府信息公开工作年度报告", era="e2014", body_agency="郫县人民政府",
        body_year=2015, code=None, info="发布时间：2016-03-25", icp="蜀ICP备05012345号"),
        dict(title="郫县人民政府2015年政府信息公开工作年度报告", agency="郫县人民政府", agency_type="gov_self",
             region_code="510124", year=2015, published="2016-03-25"),
        id="pixian-county-2015"),
    pytest.param(case(
        cms="custom", url="http://www.pidu.gov.cn/pdqrmzf/c124356/2018-03/26/content_abc123.shtml",
        site="成都市郫都区人民政府", heading="郫都区2017年政府信息公开工作年度报告", era="e2014",
        body_agency="郫都区人民政府", body_year=2017, code="5101170001", info="发布时间：2018-03-26",
        icp="蜀ICP备05012345号"),
        dict(title="郫都区2017年政府信息公开工作年度报告", region_code="510117", year=2017, published="2018-03-26"),
        id="pidu-district-2017"),
    pytest.param(case(
        cms="custom", url="http://www.mohe.gov.cn/zwgk/xxgknb/201803/t20180326_9912.html", site="漠河县人民政府",
        heading="漠河县人民政府2017年政府信息公开工作年度报告", era="e2014", body_agency="漠河县人民政府",
        body_year=2017, code=None, info="发布时间：2018-03-26", icp="黑ICP备05004567号"),
        dict(title="漠河县人民政府2017年政府信息公开工作年度报告", agency="漠河县人民政府", agency_type="gov_self",
             region_code="232723", year=2017, published="2018-03-26"),
        id="mohe-county-2017-before-city"),
    pytest.param(case(
        cms="custom", url="http://www.mohe.gov.cn/zwgk/xxgknb/202003/t20200325_13312.html", site="漠河市人民政府",
        heading="漠河市人民政府2019年政府信息公开工作年度报告", era="t2019", body_agency="漠河市人民政府",
        body_year=2019, code=None, info="发布时间：2020-03-25", icp="黑ICP备05004567号"),
        dict(title="漠河市人民政府2019年政府信息公开工作年度报告", agency="漠河市人民政府", agency_type="gov_self",
             region_code="232701", year=2019, published="2020-03-25"),
        id="mohe-city-2019"),
    pytest.param(case(
        cms="custom", url="http://www.wujiang.gov.cn/zgwj/xxgknb/201203/t20120328_1123.html", site="吴江市人民政府",
        heading="吴江市人民政府2011年政府信息公开工作年度报告", era="e2008", body_agency="吴江市人民政府",
        body_year=2011, code=None, info="发布日期：2012-03-28", charset="gb2312", icp="苏ICP备05012345号"),
        dict(title="吴江市人民政府2011年政府信息公开工作年度报告", agency="吴江市人民政府", agency_type="gov_self",
             region_code="320584", year=2011, published="2012-03-28"),
        id="wujiang-city-2011-before-district"),
    pytest.param(case(
        cms="custom", url="http://www.laiwu.gov.cn/xxgk/nb/201803/t20180329_2345.html", site="莱芜市人民政府",
        heading="莱芜市人民政府2017年政府信息公开工作年度报告", era="e2014", body_agency="莱芜市人民政府",
        body_year=2017, code=None, info="发布时间：2018-03-29", icp="鲁ICP备05001111号"),
        dict(title="莱芜市人民政府2017年政府信息公开工作年度报告", agency="莱芜市人民政府", agency_type="gov_self",
             region_code="371200", year=2017, published="2018-03-29"),
        id="laiwu-prefecture-2017-abolished-2019"),
    pytest.param(case(
        cms="custom", url="http://www.laiwu.gov.cn/xxgk/nb/202003/t20200326_3456.html", site="济南市莱芜区人民政府",
        heading="济南市莱芜区人民政府2019年政府信息公开工作年度报告", era="t2019", body_agency="莱芜区人民政府",
        body_year=2019, code=None, info="发布时间：2020-03-26", icp="鲁ICP备05001111号"),
        dict(title="济南市莱芜区人民政府2019年政府信息公开工作年度报告", agency="济南市莱芜区人民政府",
             agency_type="gov_self", region_code="370116", year=2019, published="2020-03-26"),
        id="laiwu-district-2019"),
    pytest.param(case(
        cms="lonsun", url="http://www.guangde.gov.cn/openness/OpennessAnnualReport/show/1987654.html",
        site="广德县人民政府", heading="广德县人民政府2018年政府信息公开工作年度报告", era="e2014",
        body_agency="广德县人民政府", body_year=2018, code=None, info="发布时间：2019-03-28"),
        dict(title="广德县人民政府2018年政府信息公开工作年度报告", agency="广德县人民政府", agency_type="gov_self",
             region_code="341822", year=2018, published="2019-03-28"),
        id="guangde-county-2018"),
    pytest.param(case(
        cms="lonsun", url="http://www.guangde.gov.cn/openness/OpennessAnnualReport/show/2398765.html",
        site="广德市人民政府", heading="广德市人民政府2020年政府信息公开工作年度报告", era="t2019",
        body_agency="广德市人民政府", body_year=2020, code=None, info="发布时间：2021-03-26"),
        dict(title="广德市人民政府2020年政府信息公开工作年度报告", agency="广德市人民政府", agency_type="gov_self",
             region_code="341882", year=2020, published="2021-03-26"),
        id="guangde-city-2020"),
    # ---------------------------------------------------------------- year: period beats title, date beats nothing
    pytest.param(case(
        cms="hanweb", url="https://www.anji.gov.cn/art/2021/1/22/art_1229518627_3841277.html", site="安吉县人民政府",
        heading="安吉县林业局2021年政府信息公开工作年度报告", era="t2019", body_agency="安吉县林业局", body_year=2020,
        code="3305230001", info="发布日期：2021-01-22"),
        dict(title="安吉县林业局2021年政府信息公开工作年度报告", agency="安吉县林业局", agency_type="department",
             region_code="330523", year=2020, published="2021-01-22"),
        id="period-beats-wrong-title-year"),
    pytest.param(case(
        cms="gkmlpt", url="http://www.jyrongcheng.gov.cn/gkmlpt/content/0/526/post_526711.html",
        site="揭阳市榕城区人民政府", heading="揭阳市榕城区司法局2021年政府信息公开工作年度报告", era="t2021",
        body_agency="揭阳市榕城区司法局", body_year=2021, code="4452020001",
        info="发布日期：2022-01-28　来源：揭阳市榕城区司法局",
        meta=[("索引号", "11445202MB2D74512H/2022-00004"), ("分类", "政府信息公开年报"), ("发布机构", "揭阳市榕城区司法局"),
              ("成文日期", "2022-01-25"), ("名称", "揭阳市榕城区司法局2021年政府信息公开工作年度报告"),
              ("文号", ""), ("发布日期", "2022-01-28"), ("主题词", "")]),
        dict(title="揭阳市榕城区司法局2021年政府信息公开工作年度报告", agency="揭阳市榕城区司法局",
             agency_type="department", region_code="445202", year=2021, published="2022-01-28"),
        id="gkmlpt-published-not-written-date"),
    pytest.param(case(
        cms="hanweb", url="https://www.anji.gov.cn/art/2019/3/7/art_1229518625_3758634.html", site="安吉县人民政府",
        heading="安吉县人民政府2018年政府信息公开工作年度报告", era="e2014", body_agency="安吉县人民政府",
        body_year=2018, code="3305230001", info="发布日期：2019年3月7日",
        meta=meta("330523/2019-04682", "安吉县人民政府办公室", None)),
        dict(title="安吉县人民政府2018年政府信息公开工作年度报告", agency="安吉县人民政府", agency_type="gov_self",
             region_code="330523", year=2018, published="2019-03-07"),
        id="county-gov-self-e2014-date-cn"),
    pytest.param(case(
        cms="trs", url="http://www.xiongxian.gov.cn/zwgk/xxgknb/202201/t20220121_87654.html", site="雄县人民政府",
        heading="雄县人民政府2021年政府信息公开工作年度报告", era="t2021", body_agency="雄县人民政府",
        body_year=2021, code=None, info="时间：2022-01-21　来源：雄县人民政府办公室", charset="gbk",
        icp="冀ICP备05007329号"),
        dict(title="雄县人民政府2021年政府信息公开工作年度报告", agency="雄县人民政府", agency_type="gov_self",
             region_code="130638", year=2021, published="2022-01-21"),
        id="county-in-xiongan-gbk"),
    # ---------------------------------------------------------------- more publisher kinds
    pytest.param(case(
        cms="hanweb", url="https://www.anji.gov.cn/art/2022/1/28/art_1229518625_3922001.html", site="安吉县人民政府",
        heading="安吉县人民政府办公室2021年政府信息公开工作年度报告", era="t2021", body_agency="安吉县人民政府办公室",
        body_year=2021, code="3305230001", info="发布时间：2022-1-28"),
        dict(title="安吉县人民政府办公室2021年政府信息公开工作年度报告", agency="安吉县人民政府办公室",
             agency_type="gov_office", region_code="330523", year=2021, published="2022-01-28"),
        id="county-gov-office-unpadded-date"),
    pytest.param(case(
        cms="custom", url="http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/600e3b7ef8d3b24a1c6e0012.html",
        site="西安市莲湖区人民政府", heading="莲湖区残疾人联合会2020年政府信息公开工作年度报告", era="t2019",
        body_agency="莲湖区残疾人联合会", body_year=2020, code="6101040001", info="发布日期：2021-01-25",
        icp="陕ICP备05003645号"),
        dict(title="莲湖区残疾人联合会2020年政府信息公开工作年度报告", agency="莲湖区残疾人联合会",
             agency_type="other", region_code="610104", year=2020, published="2021-01-25"),
        id="disabled-persons-federation-other"),
    pytest.param(case(
        cms="custom", url="http://www.als.gov.cn/zwgk/xxgknb/202201/t20220126_412345.html", site="阿拉善盟行政公署",
        heading="阿拉善盟生态环境局2021年政府信息公开工作年度报告", era="t2021", body_agency="阿拉善盟生态环境局",
        body_year=2021, code=None, info="发布时间：2022-01-26", icp="蒙ICP备05001241号"),
        dict(title="阿拉善盟生态环境局2021年政府信息公开工作年度报告", agency="阿拉善盟生态环境局",
             agency_type="department", region_code="152900", year=2021, published="2022-01-26"),
        id="league-department-region-from-name"),
    pytest.param(case(
        cms="hanweb", url="http://www.cbx.gov.cn/art/2021/1/20/art_5823_301234.html", site="长白朝鲜族自治县人民政府",
        heading="长白朝鲜族自治县教育局2020年政府信息公开工作年度报告", era="t2019",
        body_agency="长白朝鲜族自治县教育局", body_year=2020, code=None, info="发布日期：2021-01-20",
        icp="吉ICP备05003301号"),
        dict(title="长白朝鲜族自治县教育局2020年政府信息公开工作年度报告", agency="长白朝鲜族自治县教育局",
             agency_type="department", region_code="220623", year=2020, published="2021-01-20"),
        id="autonomous-county-department"),
    pytest.param(case(
        cms="trs", url="https://zhejiang.chinatax.gov.cn/art/2022/1/25/art_13268_5421001.html",
        site="国家税务总局浙江省税务局", heading="国家税务总局浙江省税务局2021年政府信息公开工作年度报告", era="t2021",
        body_agency="国家税务总局浙江省税务局", body_year=2021, code="bm29000002", info="发布日期：2022-01-25",
        icp="京ICP备05086293号"),
        dict(title="国家税务总局浙江省税务局2021年政府信息公开工作年度报告", agency="国家税务总局浙江省税务局",
             agency_type="department", region_code="330000", year=2021, published="2022-01-25"),
        id="provincial-tax-bureau-vertical"),
    pytest.param(case(
        cms="gkmlpt", url="http://www.jyrongcheng.gov.cn/gkmlpt/content/0/527/post_527002.html",
        site="揭阳市榕城区人民政府", heading="揭阳市榕城区仙桥街道办事处2021年政府信息公开工作年度报告", era="t2021",
        body_agency="仙桥街道办事处", body_year=2021, code="4452020001", info="发布日期：2022-01-29",
        meta=meta("11445202007012345A/2022-00011", "揭阳市榕城区仙桥街道办事处", "2022-01-29")),
        dict(title="揭阳市榕城区仙桥街道办事处2021年政府信息公开工作年度报告", agency="揭阳市榕城区仙桥街道办事处",
             agency_type="township", region_code="445202", year=2021, published="2022-01-29"),
        id="street-office-gkmlpt"),
    pytest.param(case(
        cms="custom", url="http://www.fuyang.gov.cn/art/2019/3/28/art_1229339_5512345.html", site="杭州·富陽",
        heading="2018年富陽區信息公開工作年度報告", era="e2014", body_agency="富陽區", body_year=2018, code=None,
        info="發布日期：2019-03-28"),
        dict(title="2018年富陽區信息公開工作年度報告", region_code="330111", year=2018, published="2019-03-28"),
        id="traditional-title-fuyang-2018"),
    pytest.param(case(
        cms="hanweb", url="http://www.yuhang.gov.cn/art/2021/1/26/art_1229511749_3843001.html", site="杭州市余杭区人民政府",
        heading="仁和街道2020年政府信息公开工作年度报告", era="t2019", body_agency="仁和街道", body_year=2020,
        code="3301100001", info="发布日期：2021-01-26"),
        dict(title="仁和街道2020年政府信息公开工作年度报告", agency="仁和街道", agency_type="township",
             region_code="330110", year=2020, published="2021-01-26"),
        id="street-without-office-suffix"),
]


def run(c: dict) -> Report:
    return parse_report([build(c)])


@pytest.mark.parametrize(("page", "expected"), CASES)
def test_report_metadata(page: dict, expected: dict) -> None:
    rep = run(page)
    got = {k: getattr(rep, k) for k in expected}
    assert got == expected
    if rep.agency_type is not None:
        assert rep.agency_type in TYPES
    if rep.region_code is not None:
        assert len(rep.region_code) == 6 and rep.region_code.isdigit()
