"""Black-box probe: body extraction on page templates as real government CMSs serve them (spec 3.4).

Each case builds the bytes one CMS family serves for an article page (TRS WCM, Hanweb 大汉, 开普云/UCAP,
Guangdong gkmlpt, 集约化 platforms, Lonsun, old ASP/ASP.NET/JSP sites, Word "另存为网页" pages …) around the
same 2021-format annual report, written here in our own words, and checks what a careful reader records:
the body holds every paragraph of the report once and in order and none of the page furniture; title,
published date, year, template and agency; the statistics tables' facts.
"""

from __future__ import annotations

import re

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched

YEAR = 2021

# ---------------------------------------------------------------- the report (our own words)


def narrative(agency: str) -> list[tuple[str, str]]:
    """Blocks of the report in order: ('h', heading) / ('p', paragraph) / ('t', table id)."""
    return [
        ("p", f"本报告由{agency}依据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室"
              "发布的年度报告格式编制，内容依次为总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
              "政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
              "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"),
        ("h", "一、总体情况"),
        ("p", f"2021年，{agency}把政务公开作为转变工作作风的重要抓手，坚持以公开为常态、不公开为例外，"
              "围绕年度重点任务持续推进决策、执行、管理、服务、结果公开。"),
        ("p", "（一）主动公开。全年在门户网站政府信息公开专栏更新各类信息一千余条，重点做好财政预决算、"
              "重大建设项目、公共资源配置和疫情防控等领域信息的发布，规范性文件全部实行统一登记、统一编号、统一公布。"),
        ("p", "（二）依申请公开。严格执行申请登记、审核、办理、答复、归档各环节流程，全年新收政府信息公开申请"
              "二十四件，均在法定期限内作出答复，未发生因答复不及时被纠错的情形。"),
        ("p", "（三）政府信息管理。规范政府信息公开目录，逐条标注索引号、发布机构、成文日期和发布日期等要素；"
              "落实公开属性源头认定机制，对拟发布信息逐条进行保密审查，对现行有效的规范性文件集中清理并标注效力状态。"),
        ("p", "（四）平台建设。完成门户网站适老化与无障碍改造，在网站首页设置政府信息公开专栏入口，"
              "在政策文件页面增加相关链接，实现文件与解读关联发布，并支持一键分享和打印；"
              "同步利用政务新媒体推送政策解读和办事指南。"),
        ("p", "（五）监督保障。将政务公开纳入年度综合考核，组织业务培训两次，"
              "邀请群众代表参与评议，对发现的问题即知即改。"),
        ("h", "二、主动公开政府信息情况"),
        ("t", "sec2"),
        ("h", "三、收到和处理政府信息公开申请情况"),
        ("t", "sec3"),
        ("h", "四、政府信息公开行政复议、行政诉讼情况"),
        ("t", "sec4"),
        ("h", "五、存在的主要问题及改进情况"),
        ("p", "本年度工作仍有差距：一是部分栏目内容更新不够及时；二是政策解读形式较为单一，图解和视频解读偏少。"
              "下一步将健全信息发布审核机制，丰富解读方式，提升公开质量。"),
        ("h", "六、其他需要报告的事项"),
        ("p", "本年度未收取政府信息公开信息处理费。"),
        ("p", "本机关无人大代表建议和政协提案办理结果需在本报告中专门说明的情况。"),
        ("p", agency),
        ("p", "2022年1月1日"),
    ]


def paragraphs(agency: str) -> list[str]:
    return [t for k, t in narrative(agency) if k != "t"]


# Section 二 (2021 format) — (text, colspan, rowspan) cells
def sec2_rows(permit: int) -> list[list[tuple]]:
    return [
        [("第二十条第（一）项", 4, 1)],
        [("信息内容",), ("本年制发件数",), ("本年废止件数",), ("现行有效件数",)],
        [("规章",), ("0",), ("0",), ("2",)],
        [("行政规范性文件",), ("3",), ("1",), ("15",)],
        [("第二十条第（五）项", 4, 1)],
        [("信息内容",), ("本年处理决定数量", 3, 1)],
        [("行政许可",), (str(permit), 3, 1)],
        [("第二十条第（六）项", 4, 1)],
        [("信息内容",), ("本年处理决定数量", 3, 1)],
        [("行政处罚",), ("48", 3, 1)],
        [("行政强制",), ("5", 3, 1)],
        [("第二十条第（八）项", 4, 1)],
        [("信息内容",), ("本年收费金额（单位：万元）", 3, 1)],
        [("行政事业性收费",), ("12.5", 3, 1)],
    ]


# section 三 values: natural_person, business, research, nonprofit, legal_service, other_org
S3 = {
    "received_new": (20, 3, 0, 0, 1, 0),
    "carried_in": (2, 0, 0, 0, 0, 0),
    "granted": (10, 2, 0, 0, 1, 0),
    "partial": (3, 0, 0, 0, 0, 0),
    "third_party": (1, 0, 0, 0, 0, 0),
    "process_info": (1, 0, 0, 0, 0, 0),
    "not_held": (4, 1, 0, 0, 0, 0),
    "unclear": (1, 0, 0, 0, 0, 0),
    "petition": (1, 0, 0, 0, 0, 0),
    "total": (21, 3, 0, 0, 1, 0),
    "carried_out": (1, 0, 0, 0, 0, 0),
}
ZERO = (0, 0, 0, 0, 0, 0)


def _vals(name: str) -> list[tuple]:
    v = S3.get(name, ZERO)
    return [(str(x),) for x in (*v, sum(v))]


def sec3_rows() -> list[list[tuple]]:
    withheld = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    wkeys = ["state_secret", "law", "security", "third_party", "internal", "process_info", "enforcement", "query"]
    unavail = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
    ukeys = ["not_held", "needs_creation", "unclear"]
    notproc = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
               "5.要求行政机关确认或重新出具已获取信息"]
    nkeys = ["petition", "dup", "pub", "mass", "confirm"]
    other = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
             "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]
    rows: list[list[tuple]] = [
        [("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), ("申请人情况", 7, 1)],
        [("自然人", 1, 2), ("法人或其他组织", 5, 1), ("总计", 1, 2)],
        [("商业企业",), ("科研机构",), ("社会公益组织",), ("法律服务机构",), ("其他",)],
        [("一、本年新收政府信息公开申请数量", 3, 1), *_vals("received_new")],
        [("二、上年结转政府信息公开申请数量", 3, 1), *_vals("carried_in")],
        [("三、本年度办理结果", 1, 22), ("（一）予以公开", 2, 1), *_vals("granted")],
        [("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2, 1), *_vals("partial")],
    ]
    for i, (lab, k) in enumerate(zip(withheld, wkeys, strict=True)):
        rows.append(([("（三）不予公开", 1, 8)] if i == 0 else []) + [(lab,), *_vals(k)])
    for i, (lab, k) in enumerate(zip(unavail, ukeys, strict=True)):
        rows.append(([("（四）无法提供", 1, 3)] if i == 0 else []) + [(lab,), *_vals(k)])
    for i, (lab, k) in enumerate(zip(notproc, nkeys, strict=True)):
        rows.append(([("（五）不予处理", 1, 5)] if i == 0 else []) + [(lab,), *_vals(k)])
    for i, lab in enumerate(other):
        rows.append(([("（六）其他处理", 1, 3)] if i == 0 else []) + [(lab,), *_vals("none")])
    rows.append([("（七）总计", 2, 1), *_vals("total")])
    rows.append([("四、结转下年度继续办理", 3, 1), *_vals("carried_out")])
    return rows


def sec4_rows() -> list[list[tuple]]:
    res = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        [("行政复议", 5, 1), ("行政诉讼", 10, 1)],
        [*[(r, 1, 2) for r in res], ("未经复议直接起诉", 5, 1), ("复议后起诉", 5, 1)],
        [*[(r,) for r in res], *[(r,) for r in res]],
        [(v,) for v in "1 0 0 0 1 0 1 0 0 1 0 0 0 0 0".split()],
    ]


EXPECTED_FACTS = {
    "active.regulation.in_force": 2,
    "active.normative.issued": 3,
    "active.normative.repealed": 1,
    "active.normative.in_force": 15,
    "active.penalty.decisions": 48,
    "active.coercion.decisions": 5,
    "active.admin_fee.amount": 12.5,
    "apply.received_new.natural_person": 20,
    "apply.received_new.business": 3,
    "apply.received_new.total": 24,
    "apply.carried_in.total": 2,
    "apply.outcome.granted.total": 13,
    "apply.outcome.partial.total": 3,
    "apply.outcome.withheld.third_party.natural_person": 1,
    "apply.outcome.unavailable.not_held.business": 1,
    "apply.outcome.unavailable.not_held.total": 5,
    "apply.outcome.not_processed.petition.total": 1,
    "apply.outcome.total.legal_service": 1,
    "apply.outcome.total.total": 25,
    "apply.carried_out.total": 1,
    "review.upheld": 1,
    "review.total": 1,
    "litigation.direct.corrected": 1,
    "litigation.direct.total": 1,
    "litigation.after_review.total": 0,
}

# ---------------------------------------------------------------- renderers of the article content


def _attrs(cell: tuple) -> str:
    cs = cell[1] if len(cell) > 1 else 1
    rs = cell[2] if len(cell) > 2 else 1
    return (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")


def table_html(rows: list[list[tuple]], style: str) -> str:
    out = []
    if style == "mso":
        out.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=614 "
                   "style='width:460.6pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
                   "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
        for i, row in enumerate(rows):
            out.append(f"<tr style='mso-yfti-irow:{i};height:18.0pt'>")
            for c in row:
                out.append(f"<td{_attrs(c)} valign=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
                           "<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>"
                           f"<span style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>{c[0]}"
                           "<span lang=EN-US><o:p></o:p></span></span></p></td>")
            out.append("</tr>")
    elif style == "th":
        out.append('<table width="100%" border="1" cellspacing="0" cellpadding="0" class="table">')
        for i, row in enumerate(rows):
            tag = "th" if i == 0 else "td"
            out.append("<tr>" + "".join(f"<{tag}{_attrs(c)}>{c[0]}</{tag}>" for c in row) + "</tr>")
    else:
        out.append('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;">'
                   "<tbody>")
        for row in rows:
            out.append("<tr>" + "".join(
                f'<td{_attrs(c)} style="border:1px solid #000;text-align:center;"><p><span>{c[0]}</span></p></td>'
                for c in row) + "</tr>")
        out.append("</tbody>")
    out.append("</table>")
    return "".join(out)


def _para(text: str, style: str, heading: bool) -> str:
    if style == "mso":
        for d in ("2021年1月1日", "2021年12月31日"):
            y, rest = d.split("年")
            m, dd = rest.rstrip("日").split("月")
            text = text.replace(d, f'<st1:chsdate year="{y}" month="{m}" day="{dd}" islunardate="False" '
                                   f'isrocdate="False" w:st="on">{d}</st1:chsdate>')
        size = "16.0pt" if not heading else "16.0pt;font-family:黑体"
        return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                f"mso-line-height-rule:exactly'><span style='font-size:{size};font-family:仿宋_GB2312;"
                f"mso-hansi-font-family:宋体'>{text}</span><span lang=EN-US style='font-size:16.0pt'>"
                "<o:p></o:p></span></p>\n")
    if style == "indent":
        return f'<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">{text}</p>\n'
    if style == "ueditor":
        return ('<p style="text-indent: 2em; text-align: justify;"><span style="font-family: 仿宋_GB2312, 仿宋; '
                f'font-size: 21px;">{"<strong>" + text + "</strong>" if heading else text}</span></p>\n')
    if style == "div":
        return f"<div>&nbsp;&nbsp;&nbsp;&nbsp;{text}</div>\n"
    if style == "font":
        return f'<P align=left><FONT face=仿宋_GB2312 size=4>\u3000\u3000{text}</FONT></P>\n'
    if style == "br":
        return f"&nbsp;&nbsp;&nbsp;&nbsp;{text}<br />\n"
    if style == "split":
        half = len(text) // 2
        return (f'<p style="text-indent:2em"><span style="font-family:仿宋">{text[:half]}</span><font face="仿宋">'
                f"{text[half:]}</font></p>\n")
    if style == "nbsp":
        return f"<p>\u3000\u3000{text}</p>\n"
    return f"<p>{text}</p>\n"


_LAST_PERMIT: list[int] = [0]


def content(agency: str, permit: int, style: str = "p", tstyle: str = "plain") -> str:
    _LAST_PERMIT[0] = permit
    tables = {"sec2": sec2_rows(permit), "sec3": sec3_rows(), "sec4": sec4_rows()}
    out = []
    for kind, text in narrative(agency):
        if kind == "t":
            out.append(table_html(tables[text], tstyle) + ("<br />\n" if style == "br" else "\n"))
        else:
            out.append(_para(text, style, kind == "h"))
    return "".join(out)


# ---------------------------------------------------------------- shared page furniture (real shapes)

SCRIPT_STATS = ("<script type=\"text/javascript\">var _hmt = _hmt || [];(function() {var hm = document.createElement"
                "(\"script\");hm.src = \"https://hm.baidu.com/hm.js?3a9f0e1c\";var s = document.getElementsByTagName"
                "(\"script\")[0];s.parentNode.insertBefore(hm, s);})();</script>")


def related(agency: str, cls: str = "xgwz", head: str = "相关链接") -> str:
    return (f'<div class="{cls}"><div class="hd">{head}</div><ul>'
            f'<li><a href="../202101/t20210128_1.html">{agency}2020年政府信息公开工作年度报告</a><span>2021-01-28</span></li>'
            f'<li><a href="../202002/t20200210_2.html">{agency}2019年政府信息公开工作年度报告</a><span>2020-02-10</span></li>'
            '<li><a href="../202201/t20220126_3.html">区卫生健康局2021年政府信息公开工作年度报告</a></li>'
            "</ul></div>")


LINKS = ["中国政府网", "省人民政府", "市人民政府", "区发展和改革局", "区教育局", "区科学技术局", "区公安分局",
         "区民政局", "区司法局", "区财政局", "区人力资源和社会保障局", "区自然资源和规划分局", "区生态环境分局",
         "区住房和城乡建设局", "区交通运输局", "区农业农村局", "区商务局", "区文化和旅游局", "区卫生健康局",
         "区应急管理局", "区审计局", "区市场监督管理局", "区统计局", "区医疗保障局"]


def footer(site: str, code: str, icp: str, cls: str = "footer") -> str:
    return ('<div class="yqlj"><span>政府网站：</span><select onchange="window.open(this.value)">'
            '<option value="">--请选择部门网站--</option>'
            + "".join(f'<option value="http://www.example.gov.cn/{i}">{n}</option>' for i, n in enumerate(LINKS))
            + f'</select></div><div class="{cls}"><p><a href="/col/wzdt/index.html">网站地图</a> | <a href="#">联系我们</a> | '
            f'<a href="#">隐私声明</a></p><p>主办单位：{site}办公室 版权所有</p>'
            f'<p>网站标识码：{code} {icp} <img src="/images/ga.png">{icp[:1]}公网安备 {code}02000123号</p>'
            '<p><span id="_ideConac"></span><script src="https://dcs.conac.cn/js/33/000/0000/60433539/CA330000000604335390000.js">'
            "</script></p></div>")


def head(title: str, charset: str = "utf-8", extra: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{title}</title>{extra}'
            '<link rel="stylesheet" href="/css/common.css"></head>')


def topbar(site: str) -> str:
    return (f'<div class="top"><div class="w1200"><span>欢迎访问{site}门户网站</span><a href="javascript:void(0)" '
            'id="cniil_wza">无障碍</a><a href="#">长者模式</a><a href="#">繁體版</a><a href="/">首页</a></div></div>'
            f'<div class="header"><img src="/images/logo.png" alt="{site}"></div>'
            '<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
            '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>')


def crumb(cls: str = "position", sep: str = " &gt; ") -> str:
    return (f'<div class="{cls}">当前位置：<a href="/">首页</a>{sep}<a href="/zwgk/">政府信息公开</a>{sep}'
            '<a href="./">政府信息公开年报</a></div>')


def meta_table(idx: str, org: str, made: str, pub: str, cls: str = "xxgk_table", no: str = "") -> str:
    return (f'<table class="{cls}" width="100%"><tr><td class="t">索引号：</td><td>{idx}</td>'
            '<td class="t">主题分类：</td><td>综合政务/政务公开</td></tr>'
            f'<tr><td class="t">发布机构：</td><td>{org}</td><td class="t">成文日期：</td><td>{made}</td></tr>'
            f'<tr><td class="t">文号：</td><td>{no}</td><td class="t">发布日期：</td><td>{pub}</td></tr>'
            '<tr><td class="t">有效性：</td><td colspan="3">有效</td></tr></table>')


def toolbar(cls: str = "tools") -> str:
    return (f'<div class="{cls}"><span>【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">'
            '中</a> <a href="javascript:doZoom(14)">小</a>】</span><span><a href="javascript:window.print()">【打印本页】'
            '</a></span><span><a href="javascript:window.close()">【关闭窗口】</a></span></div>')


def share(cls: str = "share") -> str:
    return (f'<div class="{cls}"><span>分享到：</span><a class="bds_weixin" data-cmd="weixin">微信</a>'
            '<a class="bds_tsina" data-cmd="tsina">微博</a><a class="bds_qzone" data-cmd="qzone">QQ空间</a>'
            '<div class="ewm">扫一扫在手机打开当前页<img src="/qrcode.png"></div></div>')


def sidebar(cls: str = "side") -> str:
    items = ["关于开展2022年春季植树绿化活动的通知", "区政府召开第十二次常务会议研究部署春节前后安全生产工作",
             "关于公布2022年第一批行政许可事项清单的公告", "全区农村人居环境整治提升现场推进会召开",
             "关于做好2022年元旦春节期间疫情防控工作的通告", "区领导走访慰问困难群众和老党员"]
    return (f'<div class="{cls}"><h3>热点信息</h3><ul>' + "".join(f'<li><a href="#">{i}</a></li>' for i in items)
            + "</ul></div>")


def jiedu(agency: str, cls: str = "jiedu") -> str:
    return (f'<div class="{cls}"><h3>相关解读</h3><p><a href="#">一图读懂{agency}2021年政府信息公开工作年度报告</a></p>'
            "<p>图解说明：年报从总体情况、主动公开、依申请公开、复议诉讼、问题改进等方面，以图表形式直观呈现一年来"
            "政务公开工作的主要成效和数据变化，方便公众快速了解。</p></div>")


def comments(cls: str = "pl") -> str:
    return (f'<div class="{cls}"><h3>网友留言</h3><p>请遵守互联网相关法律法规，尊重网上道德，文明上网，'
            "不得发布含有违法、侮辱、诽谤内容的言论；网友留言仅代表个人观点，与本网站立场无关，本网站有权删除违规留言。</p>"
            '<form action="/comment/add.do" method="post"><textarea name="content"></textarea>'
            '<input type="submit" value="提交"></form></div>')


DISCLAIMER = ('<div class="sm"><p>本网站所登载的信息，凡注明来源为本网的，版权均属本网所有，未经书面授权，任何单位和个人'
              "不得转载、摘编或以其他方式使用；经授权使用的，应注明出处。建议使用1366×768分辨率浏览本站。</p></div>")


def prevnext(agency: str) -> str:
    return (f'<div class="prevnext"><p>上一篇：<a href="#">{agency}关于印发2022年政务公开工作要点的通知</a></p>'
            '<p>下一篇：<a href="#">2021年度部门决算公开说明</a></p></div>')


# ---------------------------------------------------------------- the templates

TEMPLATES: dict[str, dict] = {}


def template(fn):
    TEMPLATES[fn.__name__] = fn
    return fn


def _page(url: str, html: str, title: str, agency: str, published: str | None, enc: str = "utf-8",
          ctype: str | None = None) -> dict:
    headers = {"content-type": ctype or f"text/html; charset={'UTF-8' if enc == 'utf-8' else 'GBK'}"}
    region = next((code for host, code in REGIONS.items() if host in url), None)
    return {"fetched": Fetched(url, html.encode(enc), headers), "title": title, "agency": agency,
            "published": published, "permit": _LAST_PERMIT[0], "region": region}


# GB/T 2260 codes where the agency's division name, the 网站标识码 and the 索引号 all agree
REGIONS = {"anji.gov.cn/art/2022/1/24": "330523", "shhuangpu.gov.cn": "310101", "sqsc.gov.cn": "321302",
           "lianhu.gov.cn": "610104", "yuexiu.gov.cn": "440104", "bjchy.gov.cn": "110105",
           "ccerdao.gov.cn/zwgk": "220105", "yongqiao.gov.cn": "341302"}


@template
def trs_editor_inline_style():
    """TRS WCM: TRS_Editor container with its own <style> block, xxgk metadata table, t{date}_{id}.html."""
    ag, site = "杭州市富阳区人民政府", "杭州市富阳区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}_政府信息公开年报_{site}",
                 extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2022-01-25 16:42">'
                       f'<meta name="ContentSource" content="{ag}办公室">')
            + f"<body>{topbar(site)}<div class=\"main w1200\">{crumb()}"
            + meta_table("002504921/2022-35762", ag, "2022-01-20", "2022-01-25")
            + f'<div class="title"><h1>{t}</h1></div><div class="info">发布日期：2022-01-25 来源：{ag}办公室 '
              '浏览次数：<script>document.write(1289)</script></div>'
            + '<div class="content" id="zoom"><div class="TRS_Editor"><style type="text/css">'
              ".TRS_Editor P{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}"
              ".TRS_Editor DIV{margin-top:5px;margin-bottom:5px;line-height:2;font-family:宋体;font-size:12pt;}"
              ".TRS_Editor TD{font-family:宋体;font-size:12pt;}</style>"
            + content(ag, 356, "indent") + "</div></div>"
            + toolbar() + share() + related(ag) + sidebar() + "</div>"
            + footer(site, "3301830001", "浙ICP备05007524号") + DISCLAIMER + SCRIPT_STATS + "</body></html>")
    return _page("http://www.fuyang.gov.cn/art/zfxxgknb/202201/t20220125_7712345.html", html, t, ag, "2022-01-25")


@template
def trs_custom_unionstyle_gbk():
    """Older TRS site in GBK: TRS_Editor > Custom_UnionStyle, Word-pasted MsoNormal markup, table layout."""
    ag, site = "长春市二道区人民政府", "长春市二道区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, "gb2312")
            + '<body><table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>'
            + topbar(site) + "</td></tr><tr><td>" + crumb("dqwz", "&gt;&gt;")
            + '</td></tr><tr><td><table width="100%" class="bgcolor"><tr><td align="center" class="bt">'
            + f'{t}</td></tr><tr><td align="center" class="rq">发布时间：2022年01月27日 来源：{ag} '
              '【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>'
            + '<tr><td class="zw"><div class="TRS_Editor"><div class="Custom_UnionStyle">'
            + content(ag, 211, "mso", "mso") + "</div></div></td></tr></table></td></tr>"
            + f"<tr><td>{related(ag, 'xglj', '相关文章')}</td></tr>"
            + f"<tr><td>{footer(site, '2201050001', '吉ICP备05001234号')}</td></tr></table></body></html>")
    return _page("http://www.ccerdao.gov.cn/zwgk/zfxxgknb/202201/t20220127_2787053.html", html, t, ag,
                 "2022-01-27", enc="gb18030", ctype="text/html")


@template
def trs_zoom_comment_markers():
    """TRS page with <!--<$[信息内容]>begin--> markers inside #zoom, PubDate meta, createPageHTML script."""
    ag, site = "长春市统计局", "长春市人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}-{site}", extra=f'<meta name="ArticleTitle" content="{t}">'
                 '<meta name="PubDate" content="2022-01-30 09:12"><meta name="ColumnName" content="政府信息公开年报">')
            + f"<body>{topbar(site)}{crumb('location')}<div class=\"article\">"
            + f'<h2 class="art-title">{t}</h2><div class="art-info"><span>发布时间：2022-01-30 09:12</span>'
              f'<span>信息来源：{ag}</span>{toolbar("font-size")}</div>'
            + '<div id="zoom" class="article-content"><!--<$[信息内容]>begin--><div class="TRS_Editor">'
            + content(ag, 0, "split") + "</div><!--<$[信息内容]>end--></div>"
            + '<script>var currentPage = 0;var countPage = 1;createPageHTML(countPage, currentPage, "index", "html");'
              "</script>"
            + share() + prevnext(ag) + "</div>"
            + footer(site, "2201000004", "吉ICP备05002067号") + SCRIPT_STATS + "</body></html>")
    return _page("http://zwgk.changchun.gov.cn/zfxxgknb/202201/t20220130_2987011.html", html, t, ag, "2022-01-30")


@template
def trs_ueditor_paper():
    """TRS with UEditor body: <div class="view TRS_UEDITOR trs_paper_default trs_web">, Beijing-style."""
    ag, site = "北京市朝阳区人民政府", "北京市朝阳区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}_{site}", extra=f'<meta name="ArticleTitle" content="{t}">'
                 '<meta name="PubDate" content="2022-01-28 17:05"><meta name="SiteName" content="北京市朝阳区人民政府">'
                 f'<meta name="description" content="{paragraphs(ag)[0]}">')
            + f"<body>{topbar(site)}<div class=\"container\">{crumb('bread')}"
            + '<div class="xxgk-info"><ul>'
              "<li><span>[索引号]</span>11N000/2022-00031</li><li><span>[发文机构]</span>北京市朝阳区人民政府</li>"
              "<li><span>[成文日期]</span>2022-01-26</li><li><span>[发布日期]</span>2022-01-28</li></ul></div>"
            + f'<div class="article"><p class="tit">{t}</p>'
            + '<div id="mainText"><div class="view TRS_UEDITOR trs_paper_default trs_web">'
            + content(ag, 1902, "ueditor") + "</div></div>"
            + '<div class="relevantdoc">' + related(ag, "rel", "相关稿件") + "</div>"
            + toolbar("printbar") + "</div></div>"
            + footer(site, "1101050002", "京ICP备05083250号") + "</body></html>")
    return _page("http://www.bjchy.gov.cn/zwgk/zfxxgknb/202201/t20220128_4712030.html", html, t, ag, "2022-01-28")


@template
def trs_preappend_word():
    """TRS import of a Word file: TRS_PreAppend wrapper holding MsoNormal paragraphs and MsoNormalTable."""
    ag, site = "福州市仓山区人民政府", "福州市仓山区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, extra='<meta name="PubDate" content="2022-01-21 10:00">')
            + f"<body>{topbar(site)}{crumb('wz')}"
            + '<div class="xl_box"><div class="xl_tit">' + t + "</div>"
            + '<div class="xl_xx"><span>索引号：FJ00301-0203-2022-00007</span><span>发布机构：' + ag
            + "</span><span>发布时间：2022-01-21</span></div>"
            + '<div class="xl_con" id="Zoom"><div class="TRS_PreAppend" style="overflow-x: hidden; '
              'word-break: break-all">' + content(ag, 640, "mso", "mso") + "</div></div>"
            + '<div class="fj"><p>附件：</p><ul><li><a href="./P020220121345678901234.pdf">' + t + ".pdf</a></li>"
              "</ul></div>" + share("bdsharebuttonbox") + "</div>"
            + footer(site, "3501040001", "闽ICP备05000478号") + SCRIPT_STATS + "</body></html>")
    return _page("http://www.fzcangshan.gov.cn/xjwz/zwgk/zfxxgknb/202201/t20220121_4301234.htm", html, t, ag,
                 "2022-01-21")


@template
def hanweb_jcms_contentstart():
    """Hanweb jcms article /art/Y/M/D/art_col_id.html: ContentStart/ContentEnd metas inside #zoom."""
    ag, site = "安吉县人民政府", "安吉县人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}", extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" '
                 'content="2022-01-24 15:31"><meta name="ContentSource" content="县政府办"><meta name="Keywords" '
                 'content="年报"><meta name="Author" content="">'
                 f'<meta name="Description" content="{paragraphs(ag)[0]}">')
            + f"<body>{topbar(site)}<div class=\"main\">{crumb('bt-position')}"
            + '<table width="100%" class="xxgk_table"><tr><td>索引号：</td><td>330523/2022-04682</td><td>'
              f"公开方式：</td><td>主动公开</td></tr><tr><td>发布机构：</td><td>{ag}</td><td>成文日期：</td>"
              "<td>2022-01-24</td></tr></table>"
            + f'<div class="title">{t}</div><div class="con-info">发布日期：2022-01-24 15:31 '
              '访问次数：<span id="webcount"></span> 信息来源：县政府办</div>'
            + '<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
            + content(ag, 2413, "nbsp") + '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>'
            + '<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1229518625&artid=3758634">'
              "</script>"
            + toolbar("bt-tool") + jiedu(ag) + related(ag) + "</div>"
            + footer(site, "3305230001", "浙ICP备05017546号") + "</body></html>")
    return _page("http://www.anji.gov.cn/art/2022/1/24/art_1229518625_3758634.html", html, t, ag, "2022-01-24")


@template
def hanweb_jpaas_article_conter():
    """Newer Hanweb jpaas template: main-fl / article-conter #zoom, xxgk meta in a div list, bottom toolbox."""
    ag, site = "荆门市漳河新区管理委员会", "荆门市人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2022-01-19 08:50">')
            + f"<body>{topbar(site)}<div class=\"main-fl\">{crumb('position')}"
            + '<div class="xxgk-xxbox"><div class="row"><label>索引号：</label><span>MB1G99713/2022-00012</span></div>'
              f'<div class="row"><label>发布机构：</label><span>{ag}</span></div>'
              '<div class="row"><label>发布日期：</label><span>2022-01-19</span></div></div>'
            + f'<div class="article-title">{t}</div>'
            + '<div class="article-conter" id="zoom">' + content(ag, 77, "p", "th") + "</div>"
            + '<div class="toolbox">' + toolbar("fontsize") + share("fx") + "</div>"
            + "</div>" + footer(site, "4208000003", "鄂ICP备05001389号") + "</body></html>")
    return _page("http://www.jingmen.gov.cn/art/2022/1/19/art_12207_745210.html", html, t, ag, "2022-01-19")


@template
def ucap_pages_content():
    """开普云/UCAP (gov.cn style): pages_content #UCAP-CONTENT, pages-date line, ucap assets, 我要纠错 bar."""
    ag, site = "丽水市莲都区人民政府", "丽水市莲都区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}_{site}", extra='<script src="/ucap/js/jquery.min.js"></script>'
                 '<link rel="stylesheet" href="/ucap/css/article.css">')
            + f"<body>{topbar(site)}<div class=\"article oneColumn pub_border\">{crumb('BreadcrumbNav')}"
            + f"<h1>{t}</h1>"
            + '<div class="pages-date">2022-01-26 10:08<span class="font">来源：区政府办</span>'
              '<span class="font index_switchsize">字号：<span onclick="javascript:turnit(18)">默认</span>'
              '<span onclick="javascript:turnit(20)">大</span></span></div>'
            + '<div class="pages_content" id="UCAP-CONTENT">' + content(ag, 988, "ueditor") + "</div>"
            + '<div class="pages_print"><span class="font">责任编辑：叶某某</span><span class="font">'
              '<a href="javascript:window.print()">打印本页</a></span><span class="font">'
              '<a href="/jiucuo/">我要纠错</a></span></div>'
            + jiedu(ag, "jiedu-blk") + share("share-box") + related(ag, "relatedlinks") + "</div>"
            + footer(site, "3311020002", "浙ICP备05009874号") + "</body></html>")
    return _page("https://www.liandu.gov.cn/art/2022/1/26/art_1229385522_59012345.html", html, t, ag, "2022-01-26")


@template
def ucap_td_b12c_old():
    """Older gov.cn/UCAP table layout: <td id="UCAP-CONTENT" class="b12c"> inside nested layout tables;
    declared gb2312 although 埇 (埇桥区) exists only in GBK/GB18030."""
    ag, site = "宿州市埇桥区人民政府", "宿州市埇桥区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, "gb2312", extra='<script src="/ucap/site/js/common.js"></script>')
            + f'<body><table width="980" align="center"><tr><td>{topbar(site)}</td></tr>'
            + f"<tr><td>{crumb('bt_link')}</td></tr><tr><td>"
            + '<table width="100%" class="bd1"><tr><td width="100" class="b12">索 引 号：</td><td>'
              "11341300003138049K/202201-00019</td><td class=\"b12\">主题分类：</td><td>政务公开</td></tr>"
              f'<tr><td class="b12">发文机关：</td><td>{ag}</td><td class="b12">发布日期：</td><td>2022年01月18日</td></tr>'
              f'<tr><td class="b12">标　　题：</td><td colspan="3">{t}</td></tr></table>'
            + f'<table width="100%"><tr><td class="bt_title" align="center">{t}</td></tr>'
            + '<tr><td id="UCAP-CONTENT" class="b12c">' + content(ag, 5301, "font") + "</td></tr>"
            + '<tr><td align="right">【<a href="javascript:window.print()">打印</a>】'
              '【<a href="javascript:window.close()">关闭</a>】</td></tr></table></td></tr>'
            + f"<tr><td>{footer(site, '3413000001', '皖ICP备05011427号')}</td></tr></table></body></html>")
    return _page("http://www.yongqiao.gov.cn/zwgk/public/6596211/11234567.html", html, t, ag, "2022-01-18",
                 enc="gb18030", ctype="text/html")


@template
def gkmlpt_guangdong():
    """Guangdong gkmlpt 政府信息公开目录: SID config script, classify meta table, article-content, post_{id}."""
    ag, site = "河源市高新技术开发区管理委员会", "河源市人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}-{site}", extra=f'<meta name="ArticleTitle" content="{t}">'
                 '<meta name="PubDate" content="2022-01-17 11:26:40"><meta name="ColumnName" content="政府信息公开年报">'
                 "<script>window._CONFIG = {SID: '762001', gkmlpt: true, catId: 1234};</script>")
            + f'<body><div id="gkmlpt-header">{topbar(site)}</div><div class="content-box">{crumb("crumbs")}'
            + '<div class="classify"><table><tbody>'
              "<tr><td class=\"first\">索引号：</td><td>11441600MB2C12345X/2022-00005</td>"
              "<td class=\"first\">分类：</td><td>综合政务、其他</td></tr>"
              f"<tr><td class=\"first\">发布机构：</td><td>{ag}</td><td class=\"first\">成文日期：</td><td>2022-01-14</td></tr>"
              f"<tr><td class=\"first\">名称：</td><td colspan=\"3\">{t}</td></tr>"
              "<tr><td class=\"first\">文号：</td><td></td><td class=\"first\">发布日期：</td><td>2022-01-17</td></tr>"
              "</tbody></table></div>"
            + f'<div class="article"><h1 class="title">{t}</h1><div class="article-content">'
            + content(ag, 64, "split") + "</div></div>"
            + '<div class="related">' + related(ag, "links", "相关文件") + "</div>"
            + share("bdshare") + "</div>"
            + footer(site, "4416000004", "粤ICP备05082867号") + SCRIPT_STATS + "</body></html>")
    return _page("http://www.heyuan.gov.cn/gxq/gkmlpt/content/3/3874/post_3874985.html", html, t, ag, "2022-01-17")


@template
def gd_jiyue_post():
    """Guangdong 集约化 column article /…/content/post_{id}.html with zw-info line and #zoomcon."""
    ag, site = "广州市越秀区人民政府", "广州市越秀区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2022-01-29 18:00">')
            + f"<body>{topbar(site)}<div class=\"wrap\">{crumb('crumb')}"
            + f'<div class="zw"><div class="zw-title">{t}</div><div class="zw-info"><span class="time">'
              '时间 : 2022-01-29 18:00:02</span><span class="ly">来源 : 本网</span>'
              '<span class="font">字号：<a>大</a><a>中</a><a>小</a></span></div>'
            + '<div class="zw-cont" id="zoomcon">' + content(ag, 4120, "indent") + "</div>"
            + '<div class="zw-tools"><a href="javascript:window.print();">打印</a>'
              '<a href="javascript:window.close();">关闭</a></div></div>'
            + related(ag, "xgxx", "相关信息") + comments() + "</div>"
            + footer(site, "4401040001", "粤ICP备12033568号") + "</body></html>")
    return _page("https://www.yuexiu.gov.cn/gkmlpt/zfxxgknb/content/post_8100123.html", html, t, ag, "2022-01-29")


@template
def lonsun_anhui_openness():
    """Anhui 龙讯 annual-report module /openness/OpennessAnnualReport/show/{id}.html, j-fontContent body."""
    ag, site = "铜陵市义安区人民政府", "铜陵市义安区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}-{site}")
            + f"<body>{topbar(site)}<div class=\"container\">{crumb('wzy_position')}"
            + '<div class="gk_table"><table class="table_suoyin" width="100%"><tbody>'
              "<tr><th>索<i class=\"i1\"></i>引<i class=\"i1\"></i>号：</th><td>11340706003048193K/202201-00003</td>"
              "<th>组配分类：</th><td>政府信息公开年报</td></tr>"
              f"<tr><th>发布机构：</th><td>{ag}</td><th>主题分类：</th><td>综合政务</td></tr>"
              f"<tr><th>名<i class=\"i2\"></i>称：</th><td colspan=\"3\">{t}</td></tr>"
              "<tr><th>生成日期：</th><td>2022-01-13</td><th>发布日期：</th><td>2022-01-13</td></tr>"
              "</tbody></table></div>"
            + f'<div class="newsbox"><h1 class="newstitle">{t}</h1><div class="wzcon j-fontContent">'
            + content(ag, 833, "ueditor", "mso") + "</div></div>"
            + '<div class="xgwzbox"><h3>相关阅读</h3><ul><li><a href="/openness/OpennessAnnualReport/show/2958.html">'
              f"{ag}2020年政府信息公开工作年度报告</a></li></ul></div>"
            + toolbar("newsbottom") + sidebar("zxxx") + "</div>"
            + footer(site, "3407060001", "皖ICP备05001232号") + "</body></html>")
    return _page("https://www.ahtlyaq.gov.cn/openness/OpennessAnnualReport/show/2959.html", html, t, ag,
                 "2022-01-13")


@template
def shanghai_ivs_content():
    """Shanghai district site: /nw12344/{date}/{32hex}.html, #ivs_content, ivs_title, 相关信息 block."""
    ag, site = "上海市黄浦区人民政府", "上海市黄浦区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2022-01-31">'
                 '<meta name="ContentSource" content="上海黄浦">')
            + f"<body>{topbar(site)}<div class=\"container\">{crumb('breadcrumb')}"
            + f'<div class="Article"><h2 id="ivs_title" class="Article-title">{t}</h2>'
            + '<small class="PBtime">2022-01-31 来源：上海黄浦</small>'
            + '<div id="ivs_content" class="Article_content">' + content(ag, 15230, "split") + "</div></div>"
            + '<div class="xgxx">' + related(ag, "list", "相关信息") + "</div>"
            + toolbar("print") + "</div>"
            + footer(site, "3101010001", "沪ICP备05003129号") + SCRIPT_STATS + "</body></html>")
    return _page("https://www.shhuangpu.gov.cn/xxgk/nw12344/20220131/7a9b2c4d5e6f708192a3b4c5d6e7f809.html", html,
                 t, ag, "2022-01-31")


@template
def suqian_con_text_shtml():
    """Jiangsu 宿迁-style .shtml: article-info table with 文件下载, <div class="con_text" id="zoom">."""
    ag, site = "宿迁市宿城区人民政府", "宿迁市宿城区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t)
            + f"<body>{topbar(site)}{crumb('dqwz')}"
            + '<table class="xxgk_xl" width="100%"><tr><td>索 引 号：</td><td>014320144/2022-00056</td>'
              "<td>分类：</td><td>政府信息公开年度报告</td></tr>"
              f"<tr><td>发布机构：</td><td>{ag}</td><td>发文日期：</td><td>2022-01-12</td></tr>"
              f"<tr><td>文件下载：</td><td colspan=\"3\"><a href=\"/uploadfiles/202201/12/2022011210123.doc\">{t}.doc</a>"
              "</td></tr></table>"
            + f'<div class="con_title">{t}</div><div class="con_time">发布日期：2022-01-12 浏览次数：'
              '<span id="hits">--</span></div>'
            + '<div class="con_text" id="zoom">' + content(ag, 2750, "div") + "</div>"
            + toolbar("con_tools") + prevnext(ag)
            + footer(site, "3213020001", "苏ICP备05015690号") + "</body></html>")
    return _page("http://www.sqsc.gov.cn/cnsq/gknb/202201/4f3a8e2b9c1d4e5fa6b7c8d9e0f1a2b3.shtml", html, t, ag,
                 "2022-01-12")


@template
def suining_zwgk_show():
    """Sichuan 遂宁-style /zwgk/show/{32hex}.html: paragraphs sit directly in .detail beside the furniture."""
    ag, site = "遂宁市船山区人民政府", "遂宁市船山区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{site}-{t}")
            + f"<body>{topbar(site)}{crumb('nav-path')}"
            + f'<div class="detail"><div class="detail_title">{t}</div>'
              '<div class="detail_info">发布时间：2022/1/11 信息来源：区政府办 浏览量：<b id="viewCount">0</b></div>'
            + content(ag, 1402, "p", "th")
            + share("detail_share") + toolbar("detail_tool") + sidebar("detail_hot") + "</div>"
            + footer(site, "5109030001", "蜀ICP备05002134号") + "</body></html>")
    return _page("http://www.scchuanshan.gov.cn/zwgk/show/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b.html", html, t, ag,
                 "2022-01-11")


@template
def aspnet_webforms_gbk():
    """Old ASP.NET WebForms page (GBK): __VIEWSTATE, ctl00_ContentPlaceHolder1 spans, __doPostBack script."""
    ag, site = "蓬莱市人民政府", "蓬莱市人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, "gb2312")
            + '<body><form name="aspnetForm" method="post" action="ShowNews.aspx?id=18234" id="aspnetForm">'
              '<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
              '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk2s8JzG1Q4kZ'
              'f0b9mXq7nK8tYv0E=" /></div>'
              '<script type="text/javascript">var theForm = document.forms[\'aspnetForm\'];function __doPostBack('
              "eventTarget, eventArgument) {if (!theForm.onsubmit || (theForm.onsubmit() != false)) {"
              "theForm.__EVENTTARGET.value = eventTarget;theForm.submit();}}</script>"
            + topbar(site) + crumb("ctl00_SiteMapPath1")
            + '<table width="960" align="center"><tr><td align="center"><span id="ctl00_ContentPlaceHolder1_lblTitle" '
              f'class="title">{t}</span></td></tr><tr><td align="center">'
              '<span id="ctl00_ContentPlaceHolder1_lblInfo">发布时间：2022-1-10 9:30:00 点击数：1024</span></td></tr>'
              '<tr><td><span id="ctl00_ContentPlaceHolder1_lblContent">' + content(ag, 908, "font", "mso")
            + "</span></td></tr></table>"
            + '<div class="print"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a>'
              "</div>" + footer(site, "3706840001", "鲁ICP备05006411号")
            + '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAgK8" /></form>'
              "</body></html>")
    return _page("http://www.penglai.gov.cn/ShowNews.aspx?id=18234", html, t, ag, "2022-01-10", enc="gb18030",
                 ctype="text/html; charset=gb2312")


@template
def classic_asp_br_gbk():
    """Classic ASP article (ShowArticle.asp) in GB2312: text joined by <br>, &nbsp; indents, fontzoom cell; the server's header wrongly says UTF-8."""
    ag, site = "舒兰市市场监督管理局", "舒兰市人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f"<title>{site}--{t}</title>"
            '<link href="../css/style.css" rel="stylesheet" type="text/css"></head>'
            '<body leftmargin="0" topmargin="0"><table width="778" border="0" align="center"><tr><td>'
            + topbar(site) + "</td></tr><tr><td>"
            + '您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/Article/">信息公开</a> &gt;&gt; 正文</td></tr>'
            + f'<tr><td align="center"><font size="4"><b>{t}</b></font></td></tr>'
            + '<tr><td align="center">作者：佚名 文章来源：本站原创 点击数：<script language="javascript" '
              'src="../Article/GetHits.asp?ArticleID=1023"></script> 更新时间：2022-1-7</td></tr>'
            + '<tr><td id="fontzoom" class="content">【字体：<a href="javascript:fontZoom(16)">大</a> '
              '<a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】<br />'
            + content(ag, 96, "br") + "</td></tr>"
            + '<tr><td>上一篇文章：<a href="#">关于2021年度食品安全抽检情况的通告</a><br>下一篇文章：没有了</td></tr>'
            + '<tr><td align="right">【<a href="javascript:window.print()">打印此文</a>】'
              '【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>'
            + f"<tr><td>{footer(site, '2201830001', '吉ICP备05003356号')}</td></tr></table></body></html>")
    return _page("http://www.shulan.gov.cn/Article/ShowArticle.asp?ArticleID=1023", html, t, ag, "2022-01-07",
                 enc="gb18030", ctype="text/html; charset=utf-8")


@template
def jsp_xxgk_detail_head():
    """JSP disclosure detail: xxgk_detail_head metadata table + xxgk_detail_content #Zoom (ministry style),
    plus a print copy under the `hidden` attribute and a display:none textarea for sharing."""
    ag, site = "泰州市人民政府", "泰州市人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t)
            + f"<body>{topbar(site)}<div class=\"wrap\">{crumb('dangqian')}"
            + '<div class="xxgk_detail_head"><table width="100%">'
              "<tr><td>索 引 号：</td><td>014416330/2022-04736</td><td>主题分类：</td><td>综合政务</td></tr>"
              f"<tr><td>发布机构：</td><td>{ag}</td><td>生成日期：</td><td>2022-01-16</td></tr>"
              f"<tr><td>名　　称：</td><td colspan=\"3\">{t}</td></tr>"
              "<tr><td>文　　号：</td><td></td><td>发布日期：</td><td>2022年01月16日</td></tr></table></div>"
            + f'<div class="xxgk_detail_content style1"><div class="xxgk_title">{t}</div>'
            + '<div id="Zoom">' + content(ag, 3312, "indent") + "</div></div>"
            + '<div class="print-area" hidden>' + content(ag, 3312, "p") + "</div>"
            + '<textarea id="shareText" style="display:none">' + t + "：" + paragraphs(ag)[0] + "</textarea>"
            + toolbar("xxgk_tool") + "</div>"
            + footer(site, "3212000002", "苏ICP备05011234号") + "</body></html>")
    return _page("http://www.taizhou.gov.cn/xxgk/detail.jsp?id=8a8a8a2b7e5c6d9f017e61a2b3c40011", html, t, ag,
                 "2022-01-16")


@template
def jsp_struts_action():
    """JSP/Struts site (.action): side catalogue, <div class="position"><span>当前位置：</span>;
    <title> is the site name and the long heading is broken by <br/>."""
    ag, site = "揭阳市惠来县自然资源局", "惠来县人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(site)
            + f'<body>{topbar(site)}<div class="wrapper"><div class="inner"><div class="side"><ul class="leftCatalog">'
              '<li><a href="/web/areaInfoList.action?type=xxgk&catalogID=204">信息公开</a></li>'
              '<li><a href="/web/areaInfoMainList.action?type=zcfg&catalogID=1">政策法规</a></li>'
              '<li><a href="/web/areaInfoMainList.action?type=tzgg&catalogID=9">通知公告</a></li></ul></div>'
            + '<div class="main"><div class="position"><span>当前位置：</span><a href="/web/index.action">网站首页</a>'
              ' &gt; <a href="/web/areaInfoList.action?type=xxgk&catalogID=204">信息公开</a> &gt; <b>年度报告</b></div>'
            + f'<div class="article"><h3>{ag}<br/>{YEAR}年政府信息公开工作年度报告</h3>'
              '<p class="source">发布日期：2022-01-20 作者：管理员 '
              "阅读：<em>312</em>次</p>"
            + '<div class="articleCon">' + content(ag, 58, "nbsp") + "</div></div>"
            + '<div class="closeBtn"><a href="javascript:window.close()">[关闭窗口]</a></div></div></div></div>'
            + footer(site, "4452240001", "粤ICP备05001457号") + "</body></html>")
    return _page("http://www.huilai.gov.cn/web/contentsShow.action?id=40123&catalogID=204", html, t, ag,
                 "2022-01-20")


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset={cs}"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{fn}.files/filelist.xml"><title>{title}</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Administrator</o:Author><o:LastAuthor>dell</o:LastAuthor>
<o:Revision>3</o:Revision><o:Created>2022-01-18T02:11:00Z</o:Created><o:Pages>6</o:Pages><o:Company>Microsoft</o:Company>
</o:DocumentProperties></xml><![endif]--><!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View>
<w:Zoom>90</w:Zoom><w:SpellingState>Clean</w:SpellingState></w:WordDocument></xml><![endif]-->
<style><!-- /* Font Definitions */ @font-face {{font-family:宋体;panose-1:2 1 6 0 3 1 1 1 1 1;mso-font-alt:SimSun;
mso-font-charset:134;}} @font-face {{font-family:仿宋_GB2312;mso-font-charset:134;}}
 /* Style Definitions */ p.MsoNormal, li.MsoNormal, div.MsoNormal {{mso-style-unhide:no;mso-style-qformat:yes;
margin:0cm;margin-bottom:.0001pt;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;
font-family:"Times New Roman","serif";}} @page WordSection1 {{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1 {{page:WordSection1;}} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'><div class=WordSection1 style='layout-grid:15.6pt'>
"""


def _word_lists(html: str) -> str:
    """Word's list numbering: the 一、 of a heading sits in an mso-list:Ignore span inside <![if !supportLists]>."""
    for h in ("一、", "二、", "三、", "四、", "五、", "六、"):
        html = re.sub(rf"(font-family:仿宋_GB2312;mso-hansi-font-family:宋体'>){h}",
                      rf"\1<![if !supportLists]><span style='mso-list:Ignore'>{h}</span><![endif]>", html, count=1)
    return html


@template
def word_saved_as_html():
    """A Word document saved as a web page (另存为网页) and served as is: Word XML islands, MsoNormal, WordSection1."""
    ag = "五常市民意乡人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (WORD_HEAD.format(cs="gb2312", fn="2021nb", title=t)
            + f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;"
              f"font-family:方正小标宋简体'>{t}<span lang=EN-US><o:p></o:p></span></span></b></p>\n"
            + "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
            + _word_lists(content(ag, 12, "mso", "mso"))
            + "</div><div style='mso-element:footnote-separator' id=fs><p class=MsoNormal><span lang=EN-US>"
              "<span style='mso-special-character:footnote-separator'><![if !supportFootnotes]><hr align=left "
              "size=1 width='33%'><![endif]></span></span></p></div>"
              "<div style='mso-element:footer' id=f1><p class=MsoFooter align=center style='text-align:center'>"
              "<span style='font-size:14.0pt'>— <span style='mso-field-code:\" PAGE \"'>"
              "<span lang=EN-US>1</span></span> —</span></p></div>"
              "<div style='mso-element:header' id=h1><p class=MsoHeader>五常市民意乡政务公开文件汇编</p></div>"
            + "</body></html>")
    return _page("http://www.hljwuchang.gov.cn/zwgk/xxgknb/2021nb.htm", html, t, ag, None, enc="gb18030",
                 ctype="text/html")


@template
def hidden_print_copy():
    """Site whose print button uses a hidden copy of the article (<div id="printContent" style="display:none">)."""
    ag, site = "西安市莲湖区残疾人联合会", "西安市莲湖区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    body = content(ag, 0, "p")
    html = (head(t, extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2022-01-15">')
            + f"<body>{topbar(site)}<div class=\"m-main\">{crumb('m-crumb')}"
            + meta_table("11610104MB1567890X/2022-00002", ag, "2022-01-14", "2022-01-15", "m-xxgk")
            + f'<div class="m-txt-article"><h1 class="m-txt-tit">{t}</h1>'
              '<div class="m-txt-info">发布时间：2022-01-15 来源：区残联 <a href="javascript:printContent()">打印</a></div>'
            + '<div class="m-txt-crt" id="conN">' + body + "</div>"
            + '<div id="printContent" style="display:none">' + f"<h2>{t}</h2>" + body + "</div>"
            + "<script>function printContent(){var w=window.open('');w.document.write(document.getElementById("
              "'printContent').innerHTML);w.print();}</script>"
            + "</div></div>" + footer(site, "6101040001", "陕ICP备05004876号") + "</body></html>")
    return _page("http://www.lianhu.gov.cn/zwgk/zfxxgk/xxgknb/bmxxgknb/61f0a2b3c4d5e6f708192a3b.html", html, t, ag,
                 "2022-01-15")


@template
def hubei_jiyue_platform():
    """Hubei 政府网站集约化平台 template: hbgov header, article-box, info table as <ul>, and the 附件 list and 相关链接 block
    printed inside the content container after the text."""
    ag, site = "蒲纺工业园区管理委员会", "赤壁市人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{t}-{site}", extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" '
                 'content="2022-01-22 10:10:45"><meta name="ColumnName" content="年度报告">'
                 '<meta name="ContentSource" content="蒲纺工业园区">')
            + f'<body><div class="hbgov-header">{topbar(site)}</div><div class="container">{crumb("crumb-nav")}'
            + '<ul class="info-list"><li><b>索 引 号：</b>MB1571384/2022-00012</li>'
              f"<li><b>发布机构：</b>{ag}</li><li><b>发文日期：</b>2022-01-22</li><li><b>主题分类：</b>政务公开</li></ul>"
            + f'<div class="article-box"><h2>{t}</h2><div class="article-info"><span>2022-01-22 10:10</span>'
              '<span>来源：蒲纺工业园区</span></div>'
            + '<div class="article-content" id="detailContent">' + content(ag, 27, "ueditor")
            + '<div class="attachment"><p>附件：</p><a href="/uploadfiles/202201/20220122101045123.pdf">'
              f"{t}.pdf</a></div>" + related(ag, "article-related", "相关链接") + "</div></div>"
            + share("share-bar") + "</div>"
            + footer(site, "4212810001", "鄂ICP备05004781号") + SCRIPT_STATS + "</body></html>")
    return _page("http://www.chibi.gov.cn/xxgk/xxgkml/ndbg/202201/t20220122_2512345.shtml", html, t, ag, "2022-01-22")


@template
def nanping_cms_html():
    """Fujian 南平-style /cms/html/{site}/{YYYY-MM-DD}/{id}.html: the 索引号 block printed inside #zoom above the text."""
    ag, site = "南平市延平区人民政府", "南平市延平区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t)
            + f"<body>{topbar(site)}<div class=\"w1000\">{crumb('local')}"
            + f'<div class="xl-bt">{t}</div><div class="xl-xx">发布时间：2022-01-09 点击数：'
              '<span id="clicks">--</span></div>'
            + '<div class="xl-nr" id="zoom">'
            + '<div class="xl-xxgk"><dl><dt>索引号</dt><dd>FJ00104-0300-2022-00011</dd><dt>发布机构</dt>'
              f"<dd>{ag}</dd><dt>生效日期</dt><dd>2022-01-09</dd><dt>发文日期</dt><dd>2022-01-09</dd></dl></div>"
            + content(ag, 501, "indent", "th") + "</div>"
            + toolbar("xl-gn") + "</div>"
            + footer(site, "3507020001", "闽ICP备05002381号") + "</body></html>")
    return _page("http://www.ypzf.gov.cn/cms/html/ypqrmzf/2022-01-09/1934567890.html", html, t, ag, "2022-01-09")


@template
def tongchuan_resources_site():
    """Shaanxi 铜川-style /resources/site/{id}/html/gk/xxgknb/…: info-cont #info_content, 扫码 and 纠错 widgets; UTF-8 with BOM but a stale gb2312 meta;
    the share bar and font toolbar sit inside the content container above the text."""
    ag, site = "铜川市耀州区人民政府", "铜川市耀州区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = ("\ufeff" + head(t, "gb2312", extra=f'<meta name="ArticleTitle" content="{t}">'
                              '<meta name="PubDate" content="2022-01-08 14:20">')
            + f"<body>{topbar(site)}<div class=\"main\">{crumb('path')}"
            + '<div class="info-head"><h1>' + t + '</h1><p><span>发布日期：2022-01-08</span><span>来源：耀州区政府办'
              '</span><span>浏览次数：<i id="readCount"></i></span></p></div>'
            + '<div class="info-cont" id="info_content">' + share("bdsharebuttonbox") + toolbar("fontsize")
            + content(ag, 3150, "p", "mso") + "</div>"
            + '<div class="info-foot"><a href="/jiucuo">我要纠错</a>' + share("ewm") + toolbar("fz") + "</div>"
            + "</div>" + footer(site, "6102040001", "陕ICP备05008813号") + "</body></html>")
    return _page("http://www.yaozhou.gov.cn/resources/site/23/html/gk/xxgknb/202201/103245.html", html, t, ag,
                 "2022-01-08", ctype="text/html")


@template
def php_read_gkml():
    """Custom PHP disclosure catalogue (read_gkml.php?brow=N): gkml_table header cells, gkml_content body, GBK."""
    ag, site = "长春市二道区教育局", "长春市二道区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(f"{site}政府信息公开", "gbk")
            + f"<body>{topbar(site)}{crumb('gkml_dqwz')}"
            + '<table class="gkml_table" width="98%" border="1"><tr><td class="gkml_bt">索引号</td>'
              "<td>0142768-8/2022-00185</td><td class=\"gkml_bt\">信息分类</td><td>年度报告</td></tr>"
              f"<tr><td class=\"gkml_bt\">发布机构</td><td>{ag}</td><td class=\"gkml_bt\">生成日期</td>"
              "<td>2022年1月6日</td></tr>"
              f"<tr><td class=\"gkml_bt\">名称</td><td colspan=\"3\">{t}</td></tr></table>"
            + '<div class="gkml_content">' + content(ag, 0, "font", "mso") + "</div>"
            + '<div class="gkml_bottom"><a href="read_gkml.php?brow=1203">返回目录</a> '
              '<a href="javascript:window.print()">打印本页</a></div>'
            + footer(site, "2201050001", "吉ICP备05000327号") + "</body></html>")
    return _page("http://www.ccerdao.gov.cn/read_gkml.php?brow=1204", html, t, ag, "2022-01-06", enc="gb18030",
                 ctype="text/html; charset=gbk")


@template
def mobile_article_page():
    """Mobile edition (m. host): mui header bar, article-body, fixed bottom share bar, no metadata table."""
    ag = "嘉兴市南湖区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,'
            f'initial-scale=1,user-scalable=no"><title>{t}</title><meta name="ArticleTitle" content="{t}">'
            '<meta name="PubDate" content="2022-01-05 09:00"><link rel="stylesheet" href="/m/css/mui.min.css"></head>'
            '<body><header class="mui-bar mui-bar-nav"><a class="mui-action-back mui-icon mui-icon-left-nav"></a>'
            '<h1 class="mui-title">政府信息公开年报</h1><a href="/m/">首页</a></header><div class="mui-content">'
            + f'<div class="art-title">{t}</div><div class="art-meta">2022-01-05 来源：南湖区政府办</div>'
            + '<div class="article-body" style="max-height:600px;overflow:hidden">' + content(ag, 1777, "indent")
            + '</div><div class="unfold-btn" onclick="unfold()">展开全文</div></div>'
            + '<a class="go-top" href="#top">返回顶部</a>'
            + '<nav class="mui-bar mui-bar-tab bottom-share">' + share("m-share") + "</nav>"
            + '<div class="m-footer">主办单位：嘉兴市南湖区人民政府办公室 网站标识码：3304020001 浙ICP备05011128号</div>'
            + SCRIPT_STATS + "</body></html>")
    return _page("http://m.nanhu.gov.cn/art/2022/1/5/art_1531234_58901234.html", html, t, ag, "2022-01-05")


@template
def ueditor_word_paste_islands():
    """UEditor body holding a raw Word paste: conditional comments, <xml> islands and a <style> inside the body."""
    ag, site = "超山风景名胜区管理委员会", "杭州市临平区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    paste = ("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
             "<w:TrackMoves/><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅"
             "</w:DrawingGridVerticalSpacing></w:WordDocument></xml><![endif]-->"
             "<style>/* Style Definitions */ table.MsoNormalTable{mso-style-name:普通表格;mso-tstyle-rowband-size:0;"
             "font-size:10.5pt;font-family:\"Times New Roman\";}</style>")
    html = (head(f"{t}_{site}", extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" '
                 'content="2022-01-04 16:00">')
            + f"<body>{topbar(site)}<div class=\"detail-main\">{crumb('curr-pos')}"
            + meta_table("MB1C23456/2022-00001", ag, "2022-01-04", "2022-01-04", "detail-meta")
            + f'<h1 class="detail-title">{t}</h1>'
            + '<div class="detail-content" id="zoom">' + paste + content(ag, 19, "mso", "mso") + "</div>"
            + toolbar("detail-bottom") + related(ag) + "</div>"
            + footer(site, "3301130001", "浙ICP备05012345号") + "</body></html>")
    return _page("http://www.linping.gov.cn/art/2022/1/4/art_1229555_59123456.html", html, t, ag, "2022-01-04")


@template
def vue_ssr_initial_state():
    """集约化 SSR template: server-rendered article plus a window.__INITIAL_STATE__ JSON copy of the same text."""
    ag, site = "莲都区商务局", "丽水市莲都区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    body = content(ag, 144, "p")
    state = body.replace("<", "\\u003C").replace(">", "\\u003E").replace('"', '\\"').replace("\n", "")
    html = (head(t, extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2022-01-03">')
            + f'<body><div id="app" data-server-rendered="true">{topbar(site)}{crumb("el-breadcrumb")}'
            + '<div class="art-meta-table">'
            + meta_table("11331102MB0123456F/2022-00009", ag, "2022-01-03", "2022-01-03", "el-table") + "</div>"
            + f'<div class="art-main"><h1 data-v-3f2a1b>{t}</h1><div class="art-body" data-v-3f2a1b>' + body
            + "</div></div>" + share("art-share") + "</div>"
            + '<script>window.__INITIAL_STATE__={"article":{"id":59012,"title":"' + t + '","pubDate":"2022-01-03",'
              '"content":"' + state + '"}};</script>'
            + '<script src="/static/js/app.8f3a2c.js" defer></script>'
            + footer(site, "3311020002", "浙ICP备05009874号") + "</body></html>")
    return _page("https://www.liandu.gov.cn/col/col1229385522/art/2022/art_59012.html", html, t, ag, "2022-01-03")


@template
def meta_block_after_body():
    """Hanweb disclosure page that prints the 索引号 block *below* the article, then bdshare config script."""
    ag, site = "余杭区人民政府", "杭州市余杭区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    html = (head(t, extra=f'<meta name="ArticleTitle" content="{t}"><meta name="PubDate" content="2022-01-02 09:45">')
            + f"<body>{topbar(site)}<div class=\"xxgk-main\">{crumb('xxgk-pos')}"
            + f'<div class="xxgk-title">{t}</div>'
            + '<div class="xxgk-zw" id="zoom">' + content(ag, 6021, "indent") + "</div>"
            + '<div class="xxgk-info-bottom">'
            + meta_table("002489237/2022-00001", ag, "2022-01-02", "2022-01-02", "xxgk-info")
            + "</div>"
            + share("bdsharebuttonbox")
            + '<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"",'
              '"bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName("head")[0]||body)'
              ".appendChild(createElement('script')).src='/static/api/js/share.js?cdnversion='+~(-new Date()/36e5)];"
              "</script>" + related(ag) + "</div>"
            + footer(site, "3301100001", "浙ICP备05004510号") + "</body></html>")
    return _page("http://www.yuhang.gov.cn/art/2022/1/2/art_1532135_59012346.html", html, t, ag, "2022-01-02")


# ---------------------------------------------------------------- the checks

FURNITURE = [
    "当前位置：", "您现在的位置：", "索引号：", "索 引 号：", "[索引号]", "发布机构：", "发文机关：", "主题分类：",
    "成文日期：", "发布日期：", "发布时间：", "来源：", "信息来源", "分享到：", "【打印", "打印本页", "打印此文", "【关闭",
    "关闭窗口", "[关闭", "扫一扫在手机打开当前页", "网站标识码", "ICP备", "公网安备", "主办单位", "版权所有", "网站地图",
    "浏览次数", "点击数", "访问次数", "字号：", "【字体", "长者模式", "繁體版", "上一篇", "下一篇", "相关文章", "相关阅读",
    "相关信息", "相关稿件", "相关文件", "我要纠错", "责任编辑", "返回目录", "政府信息公开年报",
    "/2022-0", "/202201-", "-2022-000", "2020年政府信息公开工作年度报告", "2019年政府信息公开工作年度报告",
    "卫生健康局2021年", "政务公开工作要点", "热点信息", "春季植树", "常务会议", "一图读懂", "图解说明", "网友留言",
    "文明上网", "本网站所登载", "分辨率", "生效日期", "发文日期", "请选择",
    "区发展和改革局", "区人力资源和社会保障局", "政府网站：", "展开全文", "返回顶部", "— 1 —", "—1—", "政务公开文件汇编", "部门决算", "function", "document.", "window.", "var ", "font-family",
    "mso-", "TRS_Editor", "WordDocument", "Style Definitions", "__VIEWSTATE", "{", "}", "\\u003C",
]

_CACHE: dict[str, tuple[dict, object]] = {}


def _parsed(name: str):
    if name not in _CACHE:
        page = TEMPLATES[name]()
        _CACHE[name] = (page, parse_report([page["fetched"]]))
    return _CACHE[name]


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s or "")


def _check_body(page: dict, report) -> None:
    body = _norm(report.body)
    assert body, "empty body"
    pos = 0
    for para in paragraphs(page["agency"]):
        p = _norm(para)
        if len(p) >= 25:  # long paragraphs: exactly once (no hidden or script copy joined in)
            n = body.count(p)
            assert n == 1, f"paragraph found {n} times: {para[:30]}…"
        at = body.find(p, pos)
        assert at >= 0, f"paragraph missing or out of order: {para[:30]}…"
        pos = at + len(p)
    leaked = [w for w in FURNITURE if w in report.body]
    assert not leaked, f"page furniture in body: {leaked}"


def _check_fields(page: dict, report) -> None:
    got = {
        "title": _norm(report.title), "agency": report.agency, "year": report.year, "template": report.template,
        "published": report.published if page["published"] else None,
        "region_code": report.region_code if page.get("region") else None,
    }
    want = {
        "title": _norm(page["title"]), "agency": page["agency"], "year": YEAR, "template": "t2021",
        "published": page["published"], "region_code": page.get("region"),
    }
    assert got == want
    facts = {f.key: f.value for f in report.facts if f.source == "table"}
    expected = dict(EXPECTED_FACTS, **{"active.permit.decisions": page["permit"]})
    wrong = {k: (facts.get(k), v) for k, v in expected.items() if facts.get(k) != v}
    assert not wrong, f"table facts (got, want): {wrong}"
    assert not report.tables_missing


NAMES = list(TEMPLATES)


@pytest.mark.parametrize("name", [pytest.param(n, id=f"body-{n}") for n in NAMES])
def test_body_is_the_report_without_page_furniture(name):
    page, report = _parsed(name)
    _check_body(page, report)


@pytest.mark.parametrize("name", [pytest.param(n, id=f"fields-{n}") for n in NAMES])
def test_title_date_agency_and_table_facts(name):
    page, report = _parsed(name)
    _check_fields(page, report)


def test_enough_distinct_templates():
    assert len(TEMPLATES) >= 25
    bodies = {TEMPLATES[n]()["fetched"].body for n in NAMES}
    assert len(bodies) == len(NAMES)


def test_trs_article_paginated_over_two_pages():
    """TRS splits a long article over index.html and index_1.html with a createPageHTML pager: one report, pages joined."""
    ag, site = "吉林市船营区人民政府", "吉林市船营区人民政府"
    t = f"{ag}{YEAR}年政府信息公开工作年度报告"
    whole = content(ag, 705, "indent")
    cut = whole.index("<p", whole.index("三、收到和处理政府信息公开申请情况"))
    parts = [whole[:cut], whole[cut:]]
    pages = []
    for i, part in enumerate(parts):
        html = (head(f"{t}_{site}", extra=f'<meta name="ArticleTitle" content="{t}">'
                     '<meta name="PubDate" content="2022-01-23 10:00">')
                + f"<body>{topbar(site)}{crumb()}"
                + meta_table("11220204013545678A/2022-00004", ag, "2022-01-21", "2022-01-23")
                + f'<h1>{t}</h1><div class="TRS_Editor">{part}</div>'
                + f'<div class="page"><script>var currentPage = {i};var countPage = 2;'
                + 'createPageHTML(countPage, currentPage, "t20220123_1234567", "html");</script>'
                + '<a href="t20220123_1234567.html">首页</a> <a href="t20220123_1234567.html">上一页</a> 1 2 '
                  '<a href="t20220123_1234567_1.html">下一页</a> <a href="t20220123_1234567_1.html">尾页</a></div>'
                + share() + related(ag) + footer(site, "2202040001", "吉ICP备05004561号") + "</body></html>")
        url = "http://www.jlcy.gov.cn/zwgk/zfxxgknb/202201/t20220123_1234567" + ("_1" if i else "") + ".html"
        pages.append(Fetched(url, html.encode("utf-8"), {"content-type": "text/html; charset=UTF-8"}))
    report = parse_report(pages)
    page = {"title": t, "agency": ag, "published": "2022-01-23", "permit": 705}
    assert report.part_urls == [p.url for p in pages]
    _check_body(page, report)
    for w in ("上一页", "下一页", "尾页"):
        assert w not in report.body
    _check_fields(page, report)
