"""Builds the labelled corpus from the five seed texts (run by hand; outputs are committed).

* crawler/demo_portal/reports/seedNNN.html: the report body as a CMS publishes it (real tables for 002/003,
  <img> in place of 004's tables, 000 in traditional script, 001 as an aggregator page);
* tests/corpus/pages/*.html: full pages wrapping those fragments in several CMS styles and encodings;
* tests/corpus/gold/seedNNN.txt: the seed text minus navigation and noise lines (for body F1).

expected.json is written by hand, not by this script.

    .venv/bin/python tests/corpus/build_corpus.py
"""

from __future__ import annotations

import html
import re
from pathlib import Path

HERE = Path(__file__).parent
REPO = HERE.parents[1]
FRAGMENTS = REPO / "crawler" / "demo_portal" / "reports"
SEEDS = {n: next((HERE / "seeds").glob(f"{n}_*.txt")) for n in ("000", "001", "002", "003", "004")}
UNITS = {"条", "件", "次", "篇", "个", "人", "人次", "万元"}
HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")


def seed_lines(n: str) -> list[str]:
    return SEEDS[n].read_text(encoding="utf-8").split("\n")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paragraph(line: str) -> str:
    text = esc(line.strip())
    if HEADING.match(line.strip()) and len(line.strip()) <= 40:
        return f"<p><strong>{text}</strong></p>"
    return f'<p style="text-indent:2em;">{text}</p>'


# -- fragments ------------------------------------------------------------------------------------------

def fragment_000() -> tuple[str, list[str]]:
    lines = [x for x in seed_lines("000")[2:] if x.strip()]
    body = [paragraph(x) for x in lines[:-2]]
    body += [f'<p style="text-align:right;">{esc(x.strip())}</p>' for x in lines[-2:]]
    return "\n".join(body), lines


def fragment_001() -> tuple[str, list[str]]:
    lines = seed_lines("001")
    noise = set(range(0, 3)) | set(range(19, 22))
    out, gold = [], []
    for i, line in enumerate(lines):
        if not line.strip() or i < 3:
            continue
        if i in noise:  # Q&A snippets the aggregator pastes between reports
            out.append(f'<div class="related-answer"><span class="ask">网友回答：</span>{esc(line)}</div>')
            continue
        gold.append(line.strip())
        out.append(f"<h3>{esc(line)}</h3>" if i == 22 else paragraph(line))
    return "\n".join(out), gold


def _e2014_rows(cells: list[str]) -> list[tuple[str, str, str]]:
    """Label / unit / value triples from the one-cell-per-line text of seed 002 (wrapped labels merged)."""
    rows, i = [], 0
    while i < len(cells):
        label = cells[i]
        i += 1
        while i < len(cells) and cells[i] and cells[i] not in UNITS and not re.fullmatch(r"[\d.]+", cells[i]):
            label += "\n" + cells[i]
            i += 1
        unit, value = cells[i], cells[i + 1]
        rows.append((label, unit, value))
        i += 2
    return rows


def fragment_002() -> tuple[str, list[str]]:
    lines = seed_lines("002")
    start = next(i for i, x in enumerate(lines) if x.strip().startswith("根据《中华人民共和国"))
    end = next(i for i, x in enumerate(lines) if x.strip() == "返回")
    table_start = next(i for i, x in enumerate(lines) if x.strip() == "统 计 指 标")
    table_end = next(i for i, x in enumerate(lines) if x.strip().startswith("单位负责人"))
    out: list[str] = []
    for line in lines[start:table_start]:
        if not line.strip():
            continue
        centred = line.strip().startswith(("政府信息公开情况统计表", "(2017年度)"))
        out.append(f'<p align="center">{esc(line.strip())}</p>' if centred else paragraph(line))
    cells = [x.strip() for x in lines[table_start:table_end] if x != ""]
    head, data = cells[:3], cells[3:]
    rows = ['<table border="1" cellspacing="0" cellpadding="0" width="600">',
            "<tr>" + "".join(f"<td><p align=\"center\"><b>{esc(h)}</b></p></td>" for h in head) + "</tr>"]
    for label, unit, value in _e2014_rows(data):
        label_html = "<br/>".join(esc(part) for part in label.split("\n"))
        rows.append(f"<tr><td>{label_html}</td><td>{esc(unit) or '&nbsp;'}</td><td>{esc(value) or '&nbsp;'}</td></tr>")
    rows.append("</table>")
    out.append("\n".join(rows))
    out += [f"<p>{esc(x.strip())}</p>" for x in lines[table_end:end] if x.strip()]
    gold = [x.strip() for x in lines[start:end] if x.strip()]
    return "\n".join(out), gold


T2021_SECTION2 = """<table border="1" cellspacing="0" class="MsoNormalTable">
<tr><td colspan="4"><p align="center"><b>第二十条第（一）项</b></p></td></tr>
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>5</td><td>23</td><td>55</td></tr>
<tr><td colspan="4"><p align="center"><b>第二十条第（五）项</b></p></td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政许可</td><td colspan="3">3949</td></tr>
<tr><td colspan="4"><p align="center"><b>第二十条第（六）项</b></p></td></tr>
<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>
<tr><td>行政处罚</td><td colspan="3">895</td></tr>
<tr><td>行政强制</td><td colspan="3">0</td></tr>
<tr><td colspan="4"><p align="center"><b>第二十条第（八）项</b></p></td></tr>
<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>
<tr><td>行政事业性收费</td><td colspan="3">7.522</td></tr>
</table>"""


def _t2021_section3(value_rows: list[list[str]]) -> str:
    pending = iter(value_rows)

    def values() -> str:
        return "".join(f"<td>{v}</td>" for v in next(pending))

    rows = [
        '<table border="1" cellspacing="0">',
        '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
        '<td colspan="7">申请人情况</td></tr>',
        '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
        "<tr><td>商业 企业</td><td>科研 机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
        f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{values()}</tr>',
        f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{values()}</tr>',
    ]
    groups = [("（一）予以公开", []), ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", []),
              ("（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                                 "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息",
                                 "7.属于行政执法案卷", "8.属于行政查询事项"]),
              ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
              ("（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
                                 "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]),
              ("（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
              ("（七）总计", [])]
    n_rows = sum(max(1, len(subs)) for _, subs in groups)
    first = True
    for group, subs in groups:
        lead = f'<td rowspan="{n_rows}">三、本年度办理结果</td>' if first else ""
        first = False
        if not subs:
            rows.append(f'<tr>{lead}<td colspan="2">{group}</td>{values()}</tr>')
            continue
        for k, sub in enumerate(subs):
            head = f'<td rowspan="{len(subs)}">{group}</td>' if k == 0 else ""
            rows.append(f"<tr>{lead if k == 0 else ''}{head}<td>{sub}</td>{values()}</tr>")
    rows.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{values()}</tr>')
    rows.append("</table>")
    return "\n".join(rows)


def _section3_values(lines: list[str]) -> list[list[str]]:
    """The seven values of each data row of seed 003's pipe-flattened section 三, in order."""
    rows = []
    for line in lines:
        nums = [c.strip() for c in line.split("|") if re.fullmatch(r"\d+", c.strip())]
        if len(nums) == 7:
            rows.append(nums)
    return rows


T2021_SECTION4 = """<table border="1" cellspacing="0">
<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td rowspan="2">结果维持</td><td rowspan="2">结果 纠正</td><td rowspan="2">其他 结果</td><td rowspan="2">尚未 审结</td>
<td rowspan="2">总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>结果 维持</td><td>结果 纠正</td><td>其他 结果</td><td>尚未 审结</td><td>总计</td>
<td>结果 维持</td><td>结果 纠正</td><td>其他 结果</td><td>尚未 审结</td><td>总计</td></tr>
<tr>{values}</tr>
</table>"""


def fragment_003() -> tuple[str, list[str]]:
    lines = seed_lines("003")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "|" not in line:
            if line.strip():
                out.append(paragraph(line))
            i += 1
            continue
        block = []
        while i < len(lines) and "|" in lines[i]:
            block.append(lines[i])
            i += 1
        if block[0].startswith("第二十条"):
            out.append(T2021_SECTION2)
        elif block[0].startswith("(本列数据"):
            out.append(_t2021_section3(_section3_values(block)))
        else:
            values = [c.strip() for c in block[-1].split("|") if c.strip()]
            out.append(T2021_SECTION4.format(values="".join(f"<td>{v}</td>" for v in values)))
    gold = [x.strip() for x in lines if x.strip()]
    return "\n".join(out), gold


def fragment_004() -> tuple[str, list[str]]:
    lines = seed_lines("004")
    start = next(i for i, x in enumerate(lines) if x.startswith("本年度报告根据"))
    end = next(i for i, x in enumerate(lines) if x.startswith("打印 关闭"))
    text_lines = [x.strip(" |") for x in lines[start:end] if x.strip(" |")]
    paragraphs: list[str] = []
    for line in text_lines:
        # the seed runs headings into the paragraph text: one <p> per heading as the page had it
        paragraphs += [p.strip() for p in re.split(r"\s+(?=[一二三四五六七八九十]、|\([一二三四五六七八九十]\))", line)
                       if p.strip()]
    out: list[str] = []
    for k, para in enumerate(paragraphs):
        out.append(paragraph(para))
        if para[:2] in ("二、", "三、", "四、") and len(para) < 30:
            out.append(f'<p style="text-align:center;"><img src="/picture/0/2102051{k:02d}.jpg" '
                       f'width="600" border="0"/></p>')
    return "\n".join(out), text_lines


# -- page wrappers ---------------------------------------------------------------------------------------

def meta_rows(meta: dict[str, str]) -> str:
    cells = "".join(f"<td class=\"label\">{k}：</td><td>{esc(v)}</td>" for k, v in meta.items())
    return f'<table class="xxgk_table" width="100%"><tr>{cells}</tr></table>'


def trs_page(title: str, fragment: str, charset: str, date: str, source: str, site: str, code: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{esc(title)}_{site}</title>
<meta name="SiteName" content="{site}"><meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:30">
<script type="text/javascript">var _hmt = _hmt || []; document.write("<div>统计</div>");</script>
<style>.TRS_Editor P{{line-height:2;}}</style></head>
<body><div class="header"><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a>
<a href="/bsfw/">办事服务</a></div></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<div class="main"><h1 class="article-title">{esc(title)}</h1>
<div class="article-info">发布时间：{date} 来源：{esc(source)} 字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="TRS_Editor">{fragment}</div>
<div class="bdshare">分享到：<a>微信</a> <a>微博</a></div>
<div class="btns">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="prevnext"><p>上一篇：<a href="./t20190301_1.html">关于公布2019年重点工作任务分工的通知</a></p>
<p>下一篇：<a href="./t20190310_2.html">2018年法治政府建设情况报告</a></p></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="http://www.gov.cn/">中国政府网</a></li>
<li><a href="http://www.zj.gov.cn/">浙江省人民政府</a></li></ul></div></div>
<div class="footer"><p>主办：{site} 网站标识码：{code}</p><p>ICP备05000000号</p></div></body></html>"""


def hanweb_page(title: str, fragment: str, meta: dict[str, str], code: str, charset_meta: bool = True) -> str:
    head_meta = '<meta charset="utf-8">' if charset_meta else ""
    return f"""<!DOCTYPE html><html><head>{head_meta}<title>{esc(title)}</title>
<link rel="stylesheet" href="/module/jslib/jquery/jquery.css"><script src="/module/jslib/jquery/jquery.js"></script>
</head><body>
<div id="top"><ul class="menu"><li><a href="/">网站首页</a></li><li><a href="/col/col1/index.html">政务公开</a></li>
<li><a href="/col/col2/index.html">政务服务</a></li></ul></div>
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col3/index.html">政府信息公开年报</a></div>
{meta_rows(meta)}
<div class="article"><h2 class="title">{esc(title)}</h2>
<div id="zoom">{fragment}</div>
<div class="fontsize">【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="print">【<a>打印本页</a>】【<a>关闭窗口</a>】</div></div>
<div id="footer">版权所有：本网站 网站标识码：{code} 浙公网安备 33110202000101号</div>
<script type="text/javascript">var webid=1;</script></body></html>"""


def gkmlpt_page(title: str, fragment: str, meta: dict[str, str]) -> str:
    rows = "".join(f"<tr><th>{k}：</th><td>{esc(v)}</td></tr>" for k, v in meta.items())
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="SiteIDCode" content="4400000127"><!-- SID:gkmlpt --></head><body>
<div class="gkmlpt-header"><div class="top-bar"><a href="/">首页</a> <a href="/gkmlpt/index">政府信息公开</a></div></div>
<div class="classify"><table>{rows}</table></div>
<div class="content"><h1 class="content-title">{esc(title)}</h1>
<div class="article-content">{fragment}</div></div>
<div class="article-tools"><span>扫一扫在手机打开当前页</span></div>
<div class="footer">网站标识码：4400000127</div></body></html>"""


def custom_page(title: str, fragment: str, head: str, nav: str, tail: str) -> str:
    """Older custom CMS: layout tables, no known body container (the density fallback has to find it)."""
    return f"""<html><head>{head}<title>{esc(title)}</title></head><body>
<table width="1000" align="center"><tr><td>{nav}</td></tr></table>
<table width="1000" align="center"><tr><td width="200" valign="top"><ul><li><a href="/a">机构职能</a></li>
<li><a href="/b">政策法规</a></li><li><a href="/c">规划计划</a></li><li><a href="/d">政府信息公开年报</a></li></ul></td>
<td valign="top"><table width="100%"><tr><td align="center"><b>{esc(title)}</b></td></tr>
<tr><td>{fragment}</td></tr></table></td></tr></table>
<table width="1000" align="center"><tr><td>{tail}</td></tr></table></body></html>"""


def portal_page(title: str, fragment: str, date: str, source: str) -> str:
    """A generic portal template: one #content wrapper around a menu, a 'latest documents' list and the article."""
    latest = "".join(f'<li><a href="/xxgk/2018/{i:03d}.html">关于印发2018年第{i}批重点工作任务的通知</a><span>2018-03-{i:02d}</span></li>'
                     for i in range(1, 13))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}-长春市二道区人民政府</title></head>
<body><div id="content"><div class="topnav"><a href="/">首页</a><a href="/zjed/">走进二道</a><a href="/zwgk/">政务公开</a>
<a href="/hdjl/">互动交流</a></div>
<div class="left"><h3>最新文件</h3><ul>{latest}</ul></div>
<div class="right"><div class="tit">{esc(title)}</div>
<div class="info">发布日期：{date}　来源：{esc(source)}　浏览次数：1024</div>
<div class="main-txt">{fragment}</div></div></div>
<div class="bottom">版权所有：长春市二道区人民政府 网站标识码：2201050001 吉ICP备05000000号</div></body></html>"""


def build() -> None:
    fragments = {}
    for n, make in (("000", fragment_000), ("001", fragment_001), ("002", fragment_002), ("003", fragment_003),
                    ("004", fragment_004)):
        fragment, gold = make()
        fragments[n] = fragment
        (FRAGMENTS / f"seed{n}.html").write_text(fragment + "\n", encoding="utf-8")
        (HERE / "gold" / f"seed{n}.txt").write_text("\n".join(gold) + "\n", encoding="utf-8")

    pages: dict[str, bytes] = {}
    t000 = "2018年富陽區信息公開工作年度報告"
    pages["s000_trs_gb2312meta.html"] = trs_page(
        t000, fragments["000"], "gb2312", "2019-03-05", "“manbetxbrf com ”政府門戶網站", "杭州·富阳", "3301830001",
    ).encode("gbk")
    pages["s000_custom_mirror.html"] = custom_page(
        t000, fragments["000"], "", "網站首頁 | 政務公開 | 時間:2019-03-05 15:14 來源:“manbetxbrf com ”政府門戶網站",
        "manbetxbrf com 版權所有").encode("utf-8")
    pages["s001_aggregator.html"] = f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>锦州市2009年政府信息公开工作年度报告_建设工程百科</title></head><body>
<div class="search-box"><div>选择特殊符号</div><div>选择搜索类型</div><input placeholder="请输入搜索"></div>
<div class="baike"><h1>锦州市2009年政府信息公开工作年度报告</h1>
<div class="baike-content">{fragments["001"]}</div></div>
<div class="footer">建设工程百科 m.zjtcn.com</div></body></html>""".encode()
    nav002 = ("网站首页 走进二道 区域动态 政务公开 互动交流 办事大厅 投资二道 二道之窗<br/>"
              "欢迎光临长春市二道区政府 今天是：<br/>首页 &gt; 区政府信息公开目录")
    pages["s002_custom_gbk.html"] = custom_page(
        "二道区人民政府2017年度政府信息公开工作报告", fragments["002"],
        '<meta http-equiv="Content-Type" content="text/html; charset=gbk">', nav002, "<a>返回</a>").encode("gbk")
    pages["s002_trs_wrongmeta.html"] = trs_page(
        "二道区人民政府2017年度政府信息公开工作报告", fragments["002"], "utf-8", "2018-03-28", "二道区政务公开办",
        "长春市二道区人民政府", "2201050001").encode("gbk")
    pages["s002_portal_sidebar.html"] = portal_page(
        "二道区人民政府2017年度政府信息公开工作报告", fragments["002"], "2018-03-28", "二道区政务公开办").encode("utf-8")
    meta003 = {"索引号": "011354523/2022-01234", "分类": "政府信息公开年报", "发布机构": "漳河新区管委会",
               "发文日期": "2022-01-20", "文号": "", "有效性": "有效"}
    t003 = "漳河新区2021年政府信息公开工作年度报告"
    pages["s003_hanweb_bom.html"] = b"\xef\xbb\xbf" + hanweb_page(t003, fragments["003"], meta003, "4208000009").encode()
    pages["s003_gkmlpt.html"] = gkmlpt_page(t003, fragments["003"], {
        "索引号": "011354523/2022-01234", "分类": "年度报告", "发布机构": "漳河新区管委会",
        "成文日期": "2022-01-20", "名称": t003}).encode("utf-8")
    t004 = "莲都区2020年政府信息公开工作年度报告"
    meta004 = {"索引号": "002603475/2021-59083", "发布机构": "莲都区人民政府办公室", "发文日期": "2021-02-05"}
    pages["s004_hanweb_gbk_header.html"] = hanweb_page(t004, fragments["004"], meta004, "3311020001",
                                                       charset_meta=False).encode("gbk")
    no_images = re.sub(r'<p style="text-align:center;"><img[^>]*/></p>\n?', "", fragments["004"])
    pages["s004_custom_layout.html"] = custom_page(
        t004, no_images, '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        "当前位置 ：首页 &gt; |", "<a>打印</a> <a>关闭</a>").encode("utf-8")
    for name, data in pages.items():
        (HERE / "pages" / name).write_bytes(data)


if __name__ == "__main__":
    build()
