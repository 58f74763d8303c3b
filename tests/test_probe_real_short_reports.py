"""Black-box probe: the "no report on this page" entry must not hit short or unusual real report pages.

Each case is a page as a portal serves it (CMS chrome, metadata block, footer). Real report pages that are short
(a 图片版 of page pictures, a download link, an embedded PDF, a table-only report, a 3-sentence township report, …)
must not carry the entry and must keep the year and template a careful reader records; pages that hold no report
(a site-styled 404, a list of reports, a login page, …) must carry it with no template, year or tables_missing.
Shapes follow real portals' short reports (phrasing patterns, not sentences, carried over).
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched
from tests import attachment_factory as af

NR = "no report on this page"

HEAD = """<div class="top"><div class="logo"><img src="/images/logo.png" alt="{site}"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li>
<li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>"""

FOOT = """<div class="footer"><p>主办单位：{site}　地址：{addr}</p>
<p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/">ICP备05001234号</a></p>
<img src="/images/jiucuo.png" alt="政府网站找错"><img src="/images/dzjg.png" alt="党政机关"></div>"""


def page(title: str, content: str, *, site: str = "某县人民政府", crumbs: str = "首页 > 政府信息公开 > 年度报告",
         meta: dict[str, str] | None = None, head_title: str | None = None, addr: str = "县府路1号",
         charset: str = "utf-8") -> str:
    meta = {"索引号": "11330000MB1234567X/2022-00012", "发布机构": site, "发布日期": "2022-01-20"} if meta is None \
        else meta
    meta_html = "".join(f"<td>{html.escape(k)}：</td><td>{html.escape(v)}</td>" for k, v in meta.items())
    h1 = f'<h1 class="article-title">{html.escape(title)}</h1>' if title else ""
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{html.escape(head_title if head_title is not None else title)}_{site}</title>"
            f'<link rel="stylesheet" href="/css/main.css"></head><body>'
            f"{HEAD.format(site=site)}<div class=\"crumb\">当前位置：{crumbs}</div>"
            f'<div class="main"><table class="xxgk-meta"><tr>{meta_html}</tr></table>{h1}'
            f'<div class="article-content" id="zoom">{content}</div>'
            f'<div class="tools"><a href="javascript:window.print()">【打印本页】</a>'
            f'<a href="javascript:window.close()">【关闭窗口】</a></div></div>'
            f"{FOOT.format(site=site, addr=addr, code='3300000001')}</body></html>")


def fetch(url: str, text: str, encoding: str = "utf-8", status: int = 200) -> Fetched:
    return Fetched(url, text.encode(encoding), {"content-type": f"text/html; charset={encoding}"}, status=status)


def has_nr(report) -> bool:
    return any(e.startswith(NR) for e in report.errors)


def fact_map(report) -> dict[str, float | None]:
    return {f.key: f.value for f in report.facts}


# ============================================================================================ real short reports
PIC_IMGS = "".join(
    f'<p style="text-align:center"><img src="/xxgk/upload/2022/01/{n}.jpg" width="800" border="0"></p>'
    for n in ("20220120093512001", "20220120093512002", "20220120093512003", "20220120093512004"))

T21 = af.numbered_t2021()


def _t21_tables() -> str:
    return ("<p>二、主动公开政府信息情况</p>" + af.html_table(af.t2021_active_spec(T21))
            + "<p>三、收到和处理政府信息公开申请情况</p>" + af.html_table(af.t2021_apply_spec(T21))
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + af.html_table(af.t2021_review_spec(T21)))


def _cases_keep():  # (id, pages, attachments, year, template)
    out = []

    # 1. 图片版 with no year in the title: year only in the picture file names and the page date; agency in crumbs
    p = page("政府信息公开工作年度报告（图片版）", PIC_IMGS, site="某县市场监督管理局",
             crumbs="首页 > 部门信息公开 > 县市场监督管理局 > 政府信息公开年报")
    out.append(pytest.param([fetch("http://www.mx.gov.cn/art/2022/1/20/art_1229_3341.html", p)], [], None, None,
                            id="pic-edition-title-without-year"))

    # 2. 图片版 whose title is only "2021年度报告" (no agency), pictures only
    p = page("2021年度报告", PIC_IMGS, site="某市自然资源和规划局",
             crumbs="首页 > 政府信息公开 > 政府信息公开年报")
    out.append(pytest.param([fetch("http://zrzy.example.gov.cn/xxgk/ndbg/202201/t20220120_88.html", p)], [], 2021,
                            "t2021", id="pic-edition-title-year-only"))

    # 3. 图片版 with year and agency in the title
    p = page("某县农业农村局2021年政府信息公开工作年度报告（图片版）", PIC_IMGS, site="某县农业农村局")
    out.append(pytest.param([fetch("http://nyj.example.gov.cn/art/2022/1/20/art_5_101.html", p)], [], 2021, "t2021",
                            id="pic-edition-full-title"))

    # 4. a single picture whose only text is its alt text; page title generic ("年度报告")
    img = ('<p><img src="/u/cms/www/202201/201120345abc.png" '
           'alt="某镇人民政府2021年政府信息公开工作年度报告" title="某镇人民政府2021年政府信息公开工作年度报告"></p>')
    p = page("", img, site="某镇人民政府", head_title="年度报告")
    out.append(pytest.param([fetch("http://www.mz.gov.cn/zfxxgk/ndbg/202201/t20220120_1.html", p)], [], 2021, "t2021",
                            id="picture-alt-text-only"))

    # 5. a picture with alt text under a title without year (2020 report, t2019 era)
    img = '<p><img src="/upload/2021/0125/ndbg2020.jpg" alt="2020年政府信息公开工作年度报告"></p>'
    p = page("政府信息公开工作年度报告", img, site="某区卫生健康局",
             meta={"索引号": "002-2021-0008", "发布机构": "区卫生健康局", "发布日期": "2021-01-25"})
    out.append(pytest.param([fetch("http://www.qx.gov.cn/wjj/xxgk/ndbg/2021/0125/8.html", p)], [], 2020, "t2019",
                            id="picture-alt-with-year-title-without"))

    # 6. download link with its own wording "点击下载：…pdf"
    body = ('<p>点击下载：<a href="/xxgk/upload/2022/01/fj_001.pdf">某县交通运输局2021年政府信息公开工作年度报告.pdf</a></p>')
    p = page("某县交通运输局2021年政府信息公开工作年度报告", body, site="某县交通运输局")
    out.append(pytest.param([fetch("http://jtj.example.gov.cn/art/2022/1/21/art_9_77.html", p)], [], 2021, "t2021",
                            id="download-link-dianjixiazai"))

    # 7. "下载附件" only, the file name holds nothing but a number
    body = '<p><a href="/attach/0/9f8e7d6c5b4a.pdf" target="_blank">下载附件</a></p>'
    p = page("某区发展和改革局2021年政府信息公开工作年度报告", body, site="某区发展和改革局")
    out.append(pytest.param([fetch("http://fgj.example.gov.cn/zfxxgk/ndbg/202201/t20220125_1.html", p)], [], 2021,
                            "t2021", id="download-link-xiazaifujian"))

    # 8. file icon and file name (docx), nothing else
    body = ('<p class="fj"><img src="/images/icon/doc.gif" border="0"> '
            '<a href="/module/download/downfile.jsp?classid=0&filename=2201201020.docx">'
            '2020年度政府信息公开工作年度报告.docx</a></p>')
    p = page("某街道办事处2020年度政府信息公开工作年度报告", body, site="某街道办事处",
             meta={"索引号": "jd-2021-003", "发布机构": "某街道办事处", "发布日期": "2021-01-28"})
    out.append(pytest.param([fetch("http://www.jd.gov.cn/col/col1229/art/2021/art_33.html", p)], [], 2020, "t2019",
                            id="file-icon-and-filename"))

    # 9. 附件 list with .pdf and .doc twins (the zoucheng shape), only a one-line intro
    body = ('<p>附件：</p><p><a href="/xxgk/ndbg/2010/fj1.pdf">某镇2010年政府信息公开工作年度报告.pdf</a></p>'
            '<p><a href="/xxgk/ndbg/2010/fj1.doc">某镇2010年政府信息公开工作年度报告.doc</a></p>')
    p = page("某镇2010年政府信息公开工作年度报告", body, site="某镇人民政府",
             meta={"发布机构": "某镇人民政府", "发布日期": "2011-03-14"})
    out.append(pytest.param([fetch("http://www.zc.gov.cn/module/xxgk/ndbg.jsp?area=113708&fbtime=2010", p)], [],
                            2010, "e2008", id="attachment-twins-2010"))

    # 10-12. embedded PDF fetched and passed as attachment
    pdf = af.t2021_pdf(T21, title="某县水利局2021年政府信息公开工作年度报告")
    att = Fetched("http://slj.example.gov.cn/u/2022/ndbg2021.pdf", pdf, {"content-type": "application/pdf"})
    for eid, tag in (
            ("embed-pdf", '<embed src="/u/2022/ndbg2021.pdf" type="application/pdf" width="100%" height="900">'),
            ("object-pdf", '<object data="/u/2022/ndbg2021.pdf" type="application/pdf" width="100%" height="900">'
                           '<p>您的浏览器不支持PDF预览</p></object>'),
            ("pdfjs-iframe", '<iframe src="/static/pdfjs/web/viewer.html?file=/u/2022/ndbg2021.pdf" '
                             'width="100%" height="900" frameborder="0"></iframe>')):
        p = page("某县水利局2021年政府信息公开工作年度报告", tag, site="某县水利局")
        out.append(pytest.param([fetch("http://slj.example.gov.cn/art/2022/1/26/art_3_12.html", p)], [att], 2021,
                                "t2021", id=f"{eid}-with-attachment"))

    # 13. English-only report (English portal of a city)
    body = ("<p>This report is prepared in accordance with the Regulations of the People's Republic of China on the "
            "Disclosure of Government Information. The statistics cover the period from January 1 to December 31, "
            "2021.</p><p>I. General Situation</p><p>In 2021, the municipal government proactively disclosed 3,215 "
            "pieces of government information.</p><p>II. Handling of Requests</p><p>The government received 87 "
            "requests for disclosure of government information in 2021.</p>")
    p = page("Annual Report on Government Information Disclosure of Example Municipal Government for 2021", body,
             site="Example Municipal People's Government", crumbs="Home > Government > Information Disclosure",
             meta={"Date": "2022-01-28"})
    out.append(pytest.param([fetch("http://english.example.gov.cn/gov/disclosure/2022-01/28/c_1.htm", p)], [], 2021,
                            None, id="english-only"))

    # 14. a report that is only its t2021 statistics tables
    p = page("某乡人民政府2021年政府信息公开工作年度报告", _t21_tables(), site="某乡人民政府")
    out.append(pytest.param([fetch("http://www.xx.gov.cn/xxgk/xz/ndbg/202201/t20220118_5.html", p)], [], 2021,
                            "t2021", id="t2021-tables-only"))

    # 15. only the 2014 统计表 (no prose)
    p = page("某区民政局2017年政府信息公开工作年度报告", af.html_table(af.e2014_spec()), site="某区民政局",
             meta={"发布机构": "某区民政局", "发布日期": "2018-03-20"})
    out.append(pytest.param([fetch("http://mzj.example.gov.cn/xxgk/ndbg/201803/t20180320_4.html", p)], [], 2017,
                            "e2014", id="e2014-table-only"))

    # 16. 3-sentence e2008 report of a township
    body = ("<p>根据《中华人民共和国政府信息公开条例》，现公布本乡2010年度政府信息公开工作情况。</p>"
            "<p>2010年，我乡主动公开政府信息46条，其中工作动态31条。</p>"
            "<p>本年度我乡未接到政府信息公开申请，未收取任何费用，未发生行政复议和行政诉讼。</p>")
    p = page("某乡2010年政府信息公开工作年度报告", body, site="某乡人民政府",
             meta={"发布机构": "某乡人民政府", "发布日期": "2011-02-28"})
    out.append(pytest.param([fetch("http://www.xy.gov.cn/zwgk/xz/ndbg/201102/t20110228_2.htm", p)], [], 2010,
                            "e2008", id="e2008-three-sentences"))

    # 17. a township report of two paragraphs (no headings), GBK page
    body = ("<p>　　今年以来，我镇认真贯彻《条例》，成立了政府信息公开工作领导小组，由党政办1名同志专门负责此项工作。"
            "截至2011年12月31日，全镇通过政府网站和政务公开栏主动公开政府信息58条。</p>"
            "<p>　　2011年我镇没有收到公民、法人和其他组织提出的政府信息公开申请，也没有因政府信息公开引起的行政复议和行政诉讼。"
            "下一步我镇将进一步规范公开内容。</p>")
    p = page("某镇2011年政府信息公开年度报告", body, site="某镇人民政府", charset="gbk",
             meta={"发布机构": "某镇人民政府", "发布日期": "2012-01-06"})
    out.append(pytest.param([fetch("http://www.mz.gov.cn/xxgk/2012/0106/1.html", p, "gbk")], [], 2011, "e2008",
                            id="township-two-paragraphs-gbk"))

    # 18. a township report whose period sentence drops 月 and 日 as the CMS ate them ("201011日至20101231日")
    body = ("<p>本报告信息数据统计期限为：201011日至20101231日。</p>"
            "<p>一、主动公开政府信息情况</p><p>2010年我乡主动公开政府信息数37条。</p>"
            "<p>二、依申请公开政府信息情况</p><p>2010年我乡未收到依申请公开政府信息。</p>")
    p = page("某乡2010年度政府信息公开工作年度报告", body, site="某乡人民政府",
             meta={"发布日期": "2011-01-10"})
    out.append(pytest.param([fetch("http://www.xl.gov.cn/xzxxgk/xl/ndbg/2011/0110.html", p)], [], 2010, "e2008",
                            id="township-eaten-period"))

    # 19. traditional-script 年報 (Big5-style page served as utf-8)
    body = ("<p>本年報依據《中華人民共和國政府信息公開條例》編制，統計期限自2021年1月1日起至2021年12月31日止。</p>"
            "<p>一、總體情況</p><p>2021年，本局主動公開政府信息215條。</p>"
            "<p>二、收到和處理政府信息公開申請情況</p><p>本年度新收政府信息公開申請3件。</p>")
    p = page("某縣文化和旅遊局2021年政府信息公開工作年度報告", body, site="某縣文化和旅遊局",
             crumbs="首頁 > 政府信息公開 > 年度報告", meta={"發布機構": "某縣文化和旅遊局", "發布日期": "2022-01-22"})
    out.append(pytest.param([fetch("http://big5.example.gov.cn/gate/big5/wlj/ndbg/2022/0122.html", p)], [], 2021,
                            "t2021", id="traditional-script-nianbao"))

    # 20. Word-exported page: all the text in one MsoTableGrid cell
    inner = ("<p class=MsoNormal><span style='font-family:仿宋_GB2312'>某县统计局2012年政府信息公开工作年度报告</span></p>"
             "<p class=MsoNormal><span>本报告所列数据统计期限自2012年1月1日起至2012年12月31日止。</span></p>"
             "<p class=MsoNormal><span>一、概述</span></p>"
             "<p class=MsoNormal><span>我局全年主动公开政府信息73条。</span></p>"
             "<p class=MsoNormal><span>二、依申请公开情况</span></p>"
             "<p class=MsoNormal><span>全年共受理政府信息公开申请2件，均已办结。</span></p>")
    body = (f'<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 width=600><tr>'
            f'<td width=600 valign=top style="padding:0cm 5.4pt">{inner}</td></tr></table>')
    p = page("某县统计局2012年政府信息公开工作年度报告", body, site="某县统计局",
             meta={"发布日期": "2013-03-15"})
    out.append(pytest.param([fetch("http://tjj.example.gov.cn/xxgk/ndbg/2013/0315_1.html", p)], [], 2012, "e2008",
                            id="word-table-holds-all-text"))

    # 21. a later page of a split report, alone: short ("六、其他需要报告的事项 无")
    body = ("<p>五、存在的主要问题及改进情况</p><p>一是公开内容不够全面；二是解读形式较单一。</p>"
            "<p>六、其他需要报告的事项</p><p>无。</p>")
    p = page("某区司法局2021年政府信息公开工作年度报告", body, site="某区司法局")
    out.append(pytest.param([fetch("http://sfj.example.gov.cn/art/2022/1/20/art_1_9_2.html", p)], [], 2021, "t2021",
                            id="split-later-page-alone"))

    # 22. the same later page even shorter: only "六、其他需要报告的事项 无"
    body = "<p>六、其他需要报告的事项</p><p>无</p><p style='text-align:right'>某区司法局</p><p>2022年1月20日</p>"
    p = page("某区司法局2021年政府信息公开工作年度报告", body, site="某区司法局")
    out.append(pytest.param([fetch("http://sfj.example.gov.cn/art/2022/1/20/art_1_9_3.html", p)], [], 2021, "t2021",
                            id="split-last-page-only-item-six"))

    # 23. two pages joined: first page holds the body, second page only "六 … 无"
    first = page("某区司法局2021年政府信息公开工作年度报告",
                 "<p>本报告统计期限自2021年1月1日起至2021年12月31日止。</p><p>一、总体情况</p>"
                 "<p>2021年，我局主动公开政府信息132条。</p>" + _t21_tables()
                 + '<div class="page">1 <a href="art_1_9_2.html">2</a> <a href="art_1_9_2.html">下一页</a></div>',
                 site="某区司法局")
    second = page("某区司法局2021年政府信息公开工作年度报告", "<p>六、其他需要报告的事项</p><p>无</p>",
                  site="某区司法局")
    out.append(pytest.param([fetch("http://sfj.example.gov.cn/art/2022/1/20/art_1_9.html", first),
                             fetch("http://sfj.example.gov.cn/art/2022/1/20/art_1_9_2.html", second)], [], 2021,
                            "t2021", id="split-two-pages-short-tail"))

    # 24. CMS put the text in a <textarea>
    body = ('<textarea id="txtContent" style="display:none">&lt;p&gt;本报告统计期限自2021年1月1日起至2021年12月31日止。'
            '&lt;/p&gt;&lt;p&gt;一、总体情况&lt;/p&gt;&lt;p&gt;2021年，本镇主动公开政府信息88条，新收政府信息公开申请2件。'
            '&lt;/p&gt;</textarea><div id="showContent"></div>'
            '<script>document.getElementById("showContent").innerHTML=document.getElementById("txtContent").value;'
            '</script>')
    p = page("某镇人民政府2021年政府信息公开工作年度报告", body, site="某镇人民政府")
    out.append(pytest.param([fetch("http://www.zz.gov.cn/zwgk/ndbg/202201/t20220120_8.html", p)], [], 2021, "t2021",
                            id="textarea-content"))

    # 25. hidden div shown by script
    body = ('<div id="con" style="display:none"><p>本报告统计期限自2020年1月1日起至2020年12月31日止。</p>'
            '<p>一、总体情况</p><p>2020年，我委主动公开政府信息156条。</p>'
            '<p>二、收到和处理政府信息公开申请情况</p><p>全年新收政府信息公开申请5件。</p></div>'
            '<script>$(function(){$("#con").show();});</script>')
    p = page("某市发展和改革委员会2020年政府信息公开工作年度报告", body, site="某市发展和改革委员会",
             meta={"发布日期": "2021-01-29"})
    out.append(pytest.param([fetch("http://fgw.example.gov.cn/zwgk/ndbg/202101/t20210129_3.html", p)], [], 2020,
                            "t2019", id="hidden-div-shown-by-script"))

    # 26. 图片版 next to a one-line note "（此为图片版，文字版见附件）"
    body = "<p>（本报告为图片版）</p>" + PIC_IMGS
    p = page("2019年度政府信息公开工作年度报告", body, site="某县教育局",
             meta={"发布日期": "2020-01-31"})
    out.append(pytest.param([fetch("http://jyj.example.gov.cn/xxgk/ndbg/2020/0131.html", p)], [], 2019, "t2019",
                            id="pic-edition-note-2019"))

    # 27. pictures lazy-loaded (data-src, blank src)
    lazy = "".join(f'<img src="/images/blank.gif" data-original="/upload/ndbg/{i}.jpg" class="lazy">'
                   for i in range(1, 4))
    p = page("某县审计局2021年政府信息公开工作年度报告", lazy, site="某县审计局")
    out.append(pytest.param([fetch("http://sjj.example.gov.cn/art/2022/1/24/art_2_5.html", p)], [], 2021, "t2021",
                            id="pic-edition-lazy-images"))

    # 28. only an iframe to a PDF viewer, PDF not fetched
    body = '<iframe src="/pdfjs/web/viewer.html?file=%2Fupload%2F2021ndbg.pdf" width="100%" height="800"></iframe>'
    p = page("某县应急管理局2021年政府信息公开工作年度报告", body, site="某县应急管理局")
    out.append(pytest.param([fetch("http://yjj.example.gov.cn/art/2022/1/19/art_7_1.html", p)], [], 2021, "t2021",
                            id="pdfjs-iframe-not-fetched"))

    # 29. a report title with 年报 only ("2021年政务公开年报"), one picture
    p = page("某街道2021年政府信息公开年报", '<p><img src="/upload/2022/nb2021.png"></p>', site="某街道办事处")
    out.append(pytest.param([fetch("http://www.jdb.gov.cn/xxgk/nb/2022/1.html", p)], [], 2021, "t2021",
                            id="nianbao-title-one-picture"))

    # 30. docx attachment passed with a page of only a link
    docx = af.t2021_docx(T21)
    att = Fetched("http://wjw.example.gov.cn/files/2022/ndbg.docx", docx,
                  {"content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    body = '<p>附件：<a href="/files/2022/ndbg.docx">2021年度报告.docx</a></p>'
    p = page("某县卫生健康委员会2021年政府信息公开工作年度报告", body, site="某县卫生健康委员会")
    out.append(pytest.param([fetch("http://wjw.example.gov.cn/art/2022/1/21/art_4_2.html", p)], [att], 2021, "t2021",
                            id="docx-attachment-link-page"))

    # 31. e2014 era, 3 sentences with period
    body = ("<p>本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。</p>"
            "<p>2016年，我办通过门户网站公开政府信息64条。</p><p>全年未收到政府信息公开申请。</p>")
    p = page("某县人民防空办公室2016年政府信息公开工作年度报告", body, site="某县人民防空办公室",
             meta={"发布日期": "2017-03-01"})
    out.append(pytest.param([fetch("http://rfb.example.gov.cn/xxgk/2017/0301.html", p)], [], 2016, "e2014",
                            id="e2014-three-sentences"))

    # 32. report page whose title says 政务公开 (not 信息公开) and body is pictures
    p = page("某区城市管理局2021年政务公开工作年度报告", PIC_IMGS, site="某区城市管理局")
    out.append(pytest.param([fetch("http://cgj.example.gov.cn/zwgk/ndbg/2022/0120.html", p)], [], 2021, "t2021",
                            id="zhengwu-gongkai-title-pictures"))

    # 33. title in <h1> absent; report title only as bold first paragraph, then a download link
    body = ('<p style="text-align:center"><strong>某镇2021年政府信息公开工作年度报告</strong></p>'
            '<p>详见附件。</p><p><a href="/upload/fj.pdf">附件.pdf</a></p>')
    p = page("", body, site="某镇人民政府", head_title="信息公开")
    out.append(pytest.param([fetch("http://www.mzz.gov.cn/xxgk/info/1024.html", p)], [], 2021, "t2021",
                            id="bold-title-see-attachment"))

    # 34. thumbnails linking to the full-size pictures (a gallery of the report's pages)
    thumbs = "".join(f'<a href="/upload/2022/ndbg_p{i}.jpg" target="_blank"><img src="/upload/2022/ndbg_p{i}_s.jpg" '
                     f'width="180"></a>' for i in range(1, 7))
    p = page("某县林业局2021年政府信息公开工作年度报告", f'<div class="gallery">{thumbs}</div>', site="某县林业局")
    out.append(pytest.param([fetch("http://lyj.example.gov.cn/art/2022/1/27/art_6_3.html", p)], [], 2021, "t2021",
                            id="pic-thumbnails-gallery"))

    # 35. 2009 picture-only report (e2008 era)
    p = page("某县物价局2009年政府信息公开工作年度报告", PIC_IMGS, site="某县物价局",
             meta={"发布日期": "2010-03-30"})
    out.append(pytest.param([fetch("http://wjj.example.gov.cn/xxgk/2010/0330_1.html", p)], [], 2009, "e2008",
                            id="pic-edition-2009"))

    # 36. link to the 统计表 as a spreadsheet, with "详见附件" wording only
    body = ('<p>详见附件。</p><p>附件：<a href="/files/2018/tjb.xls">2017年度政府信息公开情况统计表.xls</a></p>')
    p = page("某区商务局2017年政府信息公开工作年度报告", body, site="某区商务局",
             meta={"发布日期": "2018-03-25"})
    out.append(pytest.param([fetch("http://swj.example.gov.cn/xxgk/ndbg/2018/0325.html", p)], [], 2017, "e2014",
                            id="see-attachment-xls"))

    # 37. a .ofd file link (format of recent government files)
    body = '<p>附件：<a href="/files/2022/0120/ndbg.ofd">2021年度政府信息公开工作年度报告.ofd</a></p>'
    p = page("某市档案馆2021年政府信息公开工作年度报告", body, site="某市档案馆")
    out.append(pytest.param([fetch("http://daj.example.gov.cn/zwgk/ndbg/2022/0120.html", p)], [], 2021, "t2021",
                            id="ofd-link"))

    # 38. an xlsx statistics file passed as attachment, page only a link
    att = Fetched("http://tj.example.gov.cn/files/2022/tjb.xlsx", af.t2021_xlsx(T21),
                  {"content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    body = '<p>附件：<a href="/files/2022/tjb.xlsx">统计表.xlsx</a></p>'
    p = page("某县统计局2021年政府信息公开工作年度报告", body, site="某县统计局")
    out.append(pytest.param([fetch("http://tj.example.gov.cn/art/2022/1/18/art_1_1.html", p)], [att], 2021, "t2021",
                            id="xlsx-attachment-link-page"))

    # 39. later page of a split report holding only the section-四 table
    p = page("某区司法局2021年政府信息公开工作年度报告",
             "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + af.html_table(af.t2021_review_spec(T21)),
             site="某区司法局")
    out.append(pytest.param([fetch("http://sfj.example.gov.cn/art/2022/1/20/art_1_9_4.html", p)], [], 2021, "t2021",
                            id="split-later-page-review-table-only"))

    # 40. very short 2021 prose report (a 村/社区-level 街道 office with nothing to report)
    body = ("<p>一、总体情况</p><p>2021年，本街道主动公开政府信息12条。</p>"
            "<p>二、收到和处理政府信息公开申请情况</p><p>本年度未收到政府信息公开申请。</p>"
            "<p>三、其他需要报告的事项</p><p>无。</p>")
    p = page("某街道办事处2021年政府信息公开工作年度报告", body, site="某街道办事处")
    out.append(pytest.param([fetch("http://www.jdb.gov.cn/xxgk/ndbg/2022/0115.html", p)], [], 2021, "t2021",
                            id="t2021-short-prose"))

    # 41. a report published only as a single long picture inside <center>, title with 图片版 and no agency
    p = page("2020年政府信息公开工作年度报告（图片版）",
             '<center><img src="/upload/202101/long_ndbg.png" style="width:100%"></center>', site="某区教育局",
             meta={"发布日期": "2021-01-22"})
    out.append(pytest.param([fetch("http://jyj.example.gov.cn/zwgk/ndbg/202101/t20210122_3.html", p)], [], 2020,
                            "t2019", id="one-long-picture-2020"))

    # 42. English version with Chinese-style numbering and a "statistical period" sentence
    body = ("<p>Release date: January 19, 2021</p><p>According to the Regulations of the People's Republic of China "
            "on Government Information Disclosure, this annual report of the Example County Audit Bureau is hereby "
            "released. The statistical period of the data in this report is from January 1, 2020 to December 31, "
            "2020.</p><p>1. Overall situation</p><p>In 2020, a total of 54 pieces of government information were "
            "actively disclosed.</p>")
    p = page("2020 Annual Report of Example County Audit Bureau on Government Information Disclosure", body,
             site="Example County Government", crumbs="Home > Open Government", meta={})
    out.append(pytest.param([fetch("http://en.example.gov.cn/opengov/ndbg/202101/t20210119_5.html", p)], [], 2020,
                            None, id="english-statistical-period"))

    # 43. report body with no title on the page (CMS "详细信息" shell), opening with 一、总体情况
    body = ("<p>一、总体情况</p><p>2021年，县林草局认真贯彻落实《条例》，扎实推进政务公开。</p>"
            "<p>（一）主动公开情况。全年公开政府信息64条，其中门户网站发布41条。</p>"
            "<p>（二）依申请公开情况。本年度未收到依申请公开件。</p>")
    p = page("", body, site="某县人民政府", head_title="详细信息", meta={"发布日期": "2022-01-19"})
    out.append(pytest.param([fetch("http://www.mx.gov.cn/gongkai/show/20220119085933.html", p)], [], 2021, "t2021",
                            id="no-title-opens-with-section-one"))

    # 44. 图片版 whose title has the year but no agency, on a county site whose crumbs name no agency either
    p = page("2021年政府信息公开工作年度报告", PIC_IMGS, site="某县人民政府")
    out.append(pytest.param([fetch("http://www.mx.gov.cn/zfxxgk/ndbg/202201/t20220120_7.html", p)], [], 2021, "t2021",
                            id="pic-edition-year-no-agency"))

    # 45. 图片版 whose title has neither year nor agency, crumbs generic
    p = page("政府信息公开工作年度报告（图片版）", PIC_IMGS, site="某县人民政府")
    out.append(pytest.param([fetch("http://www.mx.gov.cn/zfxxgk/ndbg/202201/t20220120_9.html", p)], [], None, None,
                            id="pic-edition-no-year-no-agency"))

    # 46. full report title, body only "附件：" and an opaque file name
    body = '<p>附件：<a href="/module/download/9f3c1e.pdf">9f3c1e.pdf</a></p>'
    p = page("某县司法局2021年政府信息公开工作年度报告", body, site="某县司法局")
    out.append(pytest.param([fetch("http://sfj.example.gov.cn/art/2022/1/21/art_8_3.html", p)], [], 2021, "t2021",
                            id="attachment-opaque-filename"))
    return out


@pytest.mark.parametrize(("pages", "attachments", "year", "template"), _cases_keep())
def test_short_report_is_not_no_report(pages, attachments, year, template):
    report = parse_report(pages, attachments)
    assert not has_nr(report), report.errors
    if year is not None:
        assert report.year == year
    if template is not None:
        assert report.template == template


# ---------------------------------------------------------------------------------------- facts where stated
def test_e2008_three_sentences_facts():
    body = ("<p>根据《中华人民共和国政府信息公开条例》，现公布本乡2010年度政府信息公开工作情况。</p>"
            "<p>2010年，我乡主动公开政府信息46条，其中工作动态31条。</p>"
            "<p>本年度我乡未接到政府信息公开申请，未发生行政复议和行政诉讼。</p>")
    p = page("某乡2010年政府信息公开工作年度报告", body, site="某乡人民政府",
             meta={"发布机构": "某乡人民政府", "发布日期": "2011-02-28"})
    report = parse_report([fetch("http://www.xy.gov.cn/zwgk/xz/ndbg/201102/t20110228_2.htm", p)])
    facts = {f.key: f for f in report.facts}
    assert facts["active.items_total"].value == 46
    assert facts["active.items_total"].source == "text"
    assert not has_nr(report)


def test_t2021_tables_only_facts_read():
    p = page("某乡人民政府2021年政府信息公开工作年度报告", _t21_tables(), site="某乡人民政府")
    report = parse_report([fetch("http://www.xx.gov.cn/xxgk/xz/ndbg/202201/t20220118_5.html", p)])
    assert not has_nr(report)
    assert report.tables_missing is False
    assert sum(1 for f in report.facts if f.source == "table") >= 40


def test_embedded_pdf_facts_come_from_pdf():
    pdf = af.t2021_pdf(T21, title="某县水利局2021年政府信息公开工作年度报告")
    att = Fetched("http://slj.example.gov.cn/u/2022/ndbg2021.pdf", pdf, {"content-type": "application/pdf"})
    p = page("某县水利局2021年政府信息公开工作年度报告",
             '<embed src="/u/2022/ndbg2021.pdf" type="application/pdf" width="100%" height="900">', site="某县水利局")
    report = parse_report([fetch("http://slj.example.gov.cn/art/2022/1/26/art_3_12.html", p)], [att])
    assert not has_nr(report)
    assert any(f.origin == "pdf" for f in report.facts)


def test_pic_edition_tables_missing_and_edition():
    p = page("某县农业农村局2021年政府信息公开工作年度报告（图片版）", PIC_IMGS, site="某县农业农村局")
    report = parse_report([fetch("http://nyj.example.gov.cn/art/2022/1/20/art_5_101.html", p)])
    assert not has_nr(report)
    assert report.edition == "图片版"
    assert report.tables_missing is True
    assert not [f for f in report.facts if f.source == "table"]


def test_traditional_script_recorded():
    body = ("<p>本年報依據《中華人民共和國政府信息公開條例》編制，統計期限自2021年1月1日起至2021年12月31日止。</p>"
            "<p>一、總體情況</p><p>2021年，本局主動公開政府信息215條。</p>")
    p = page("某縣文化和旅遊局2021年政府信息公開工作年度報告", body, site="某縣文化和旅遊局",
             crumbs="首頁 > 政府信息公開 > 年度報告", meta={"發布機構": "某縣文化和旅遊局", "發布日期": "2022-01-22"})
    report = parse_report([fetch("http://big5.example.gov.cn/gate/big5/wlj/ndbg/2022/0122.html", p)])
    assert not has_nr(report)
    assert report.script == "traditional"
    assert report.year == 2021
    assert report.year_source == "period"


# ============================================================================================ pages without report
def _cases_none():
    out = []
    # 404 styled like the site
    body = ('<div class="err404"><img src="/images/404.png" alt="404"><p>抱歉，您访问的页面不存在或已被删除！</p>'
            '<p>请检查您输入的网址是否正确，或<a href="/">返回首页</a>。</p><p><span id="sec">5</span>秒后自动跳转</p></div>')
    p = page("", body, site="某县人民政府", head_title="404错误提示", crumbs="首页", meta={})
    out.append(pytest.param([fetch("http://www.mx.gov.cn/art/2022/1/20/art_1229_9999.html", p)], id="site-404"))

    # 404 returned with status 200 and a report-like URL
    p = page("页面找不到了", "<p>您要查看的页面可能已被删除、名称已被更改，或者暂时不可用。</p>", site="某市人民政府",
             crumbs="首页", meta={})
    out.append(pytest.param([fetch("http://www.ms.gov.cn/zfxxgk/ndbg/2021ndbg.html", p)], id="soft-404-report-url"))

    # list of reports (column page)
    items = "".join(
        f'<li><a href="/xxgk/ndbg/{y + 1}01/t{y + 1}0120_{i}.html" title="某县{y}年政府信息公开工作年度报告">'
        f"某县{y}年政府信息公开工作年度报告</a><span>{y + 1}-01-20</span></li>"
        for i, y in enumerate(range(2021, 2013, -1)))
    body = (f'<ul class="list">{items}</ul><div class="page">共8条 1/1页 <a>首页</a> <a>上一页</a> <a>下一页</a> '
            f"<a>尾页</a></div>")
    p = page("", body, site="某县人民政府", head_title="政府信息公开年报", meta={})
    out.append(pytest.param([fetch("http://www.mx.gov.cn/xxgk/ndbg/index.html", p)], id="list-of-reports"))

    # list of reports as a table (xxgk catalogue)
    rows = "".join(
        f'<tr><td>11330000-{y}-0001</td><td><a href="/art/{y + 1}/1/15/art_{y}.html">某区{y}年政府信息公开工作年度报告'
        f"</a></td><td>{y + 1}-01-15</td></tr>" for y in range(2020, 2015, -1))
    body = f'<table class="xxgk-list"><tr><th>索引号</th><th>名称</th><th>发布日期</th></tr>{rows}</table>'
    p = page("", body, site="某区人民政府", head_title="年度报告", meta={})
    out.append(pytest.param([fetch("http://www.qq.gov.cn/col/col1229/index.html", p)], id="list-of-reports-table"))

    # login page
    body = ('<form action="/login.do" method="post"><h3>用户登录</h3><p>用户名：<input name="username"></p>'
            '<p>密　码：<input type="password" name="password"></p><p>验证码：<input name="code">'
            '<img src="/captcha.jpg"></p><p><input type="submit" value="登 录"> <a href="/reg">注册</a>'
            ' <a href="/forget">忘记密码？</a></p></form>')
    p = page("", body, site="某省人民政府", head_title="用户登录", crumbs="首页 > 用户登录", meta={})
    out.append(pytest.param([fetch("http://www.ms.gov.cn/sso/login?service=%2Fxxgk%2Fndbg%2F2021.html", p)],
                            id="login-page"))

    # WAF / challenge page
    challenge = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>安全验证</title></head><body>'
                 '<div class="box"><p>您的访问请求可能对网站造成安全威胁，已被拦截。</p><p>请完成下方验证后继续访问。</p>'
                 '<div id="slider"></div><script src="/waf/verify.js"></script></div></body></html>')
    out.append(pytest.param([fetch("http://www.ms.gov.cn/zfxxgk/ndbg/2022/0120.html", challenge)],
                            id="waf-challenge"))

    # maintenance notice
    p = page("系统维护公告", "<p>尊敬的用户：为提供更好的服务，本网站于2022年1月20日22:00至次日6:00进行系统升级维护，"
             "期间暂停访问，给您带来不便，敬请谅解。</p>", site="某市人民政府", crumbs="首页 > 通知公告", meta={})
    out.append(pytest.param([fetch("http://www.ms.gov.cn/tzgg/2022/0120.html", p)], id="maintenance-notice"))

    # deleted article
    p = page("", "<p>该信息已删除或不存在！</p>", site="某县人民政府", head_title="提示信息", crumbs="首页", meta={})
    out.append(pytest.param([fetch("http://www.mx.gov.cn/art/2021/1/20/art_1229_123.html", p)],
                            id="deleted-article"))

    # empty article body
    p = page("", "", site="某县人民政府", head_title="", meta={})
    out.append(pytest.param([fetch("http://www.mx.gov.cn/art/2021/1/21/art_1229_124.html", p)], id="empty-body"))

    # frameset shell
    shell = ('<html><head><meta charset="utf-8"><title>某县人民政府</title></head>'
             '<frameset rows="120,*"><frame src="/top.html"><frame src="/main.jsp?id=5521"></frameset></html>')
    out.append(pytest.param([fetch("http://www.mx.gov.cn/index_frame.html", shell)], id="frameset-shell"))

    # JS redirect shell
    redirect = ('<html><head><meta charset="utf-8"><title></title>'
                '<script>window.location.href="/zfxxgk/ndbg/index.html";</script></head><body></body></html>')
    out.append(pytest.param([fetch("http://www.mx.gov.cn/ndbg/", redirect)], id="js-redirect-shell"))

    # 404 whose side column lists the site's reports (links only) and whose nav names 政府信息公开年报
    side = "".join(f'<li><a href="/xxgk/ndbg/{y}.html">某县{y}年政府信息公开工作年度报告</a></li>' for y in (2021, 2020))
    body = ('<div class="err"><h2>404</h2><p>很抱歉，您要访问的页面不存在！</p></div>'
            f'<div class="side"><h3>相关链接</h3><ul>{side}</ul></div>')
    p = page("", body, site="某县人民政府", head_title="页面不存在", crumbs="首页 > 政府信息公开 > 政府信息公开年报",
             meta={})
    out.append(pytest.param([fetch("http://www.mx.gov.cn/xxgk/ndbg/2019.html", p)], id="404-with-report-links-side"))

    # empty column
    p = page("", "<p>该栏目暂无信息</p>", site="某乡人民政府", head_title="年度报告", meta={})
    out.append(pytest.param([fetch("http://www.xy.gov.cn/zwgk/ndbg/index.html", p)], id="empty-column"))

    # 403 served with status 200
    forbidden = ('<html><head><meta charset="utf-8"><title>403 Forbidden</title></head><body><center><h1>403 '
                 'Forbidden</h1></center><hr><center>nginx</center></body></html>')
    out.append(pytest.param([fetch("http://www.mx.gov.cn/xxgk/ndbg/2021.html", forbidden)], id="nginx-403-as-200"))

    # JS application shell ("your browser is too old"), nothing else
    shell = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>某市人民政府门户网站</title></head><body>'
             '<noscript>您的浏览器版本过低或禁用了JavaScript，请升级浏览器后访问。</noscript><div id="app"></div>'
             '<script src="/static/js/chunk-vendors.3f2a.js"></script><script src="/static/js/app.9c1d.js"></script>'
             '</body></html>')
    out.append(pytest.param([fetch("http://www.ms.gov.cn/#/xxgk/ndbg/detail?id=3321", shell)], id="js-app-shell"))
    return out


@pytest.mark.parametrize("pages", _cases_none())
def test_page_without_report_gets_entry(pages):
    report = parse_report(pages)
    assert has_nr(report), report.errors
    assert report.template is None
    assert report.year is None
    assert report.tables_missing is False


def test_search_page_for_report_keyword_is_no_report():
    """A site search for "2021年度报告" with no hit: its only report word is the query, so the spec's rule may keep
    it without the entry; but it is no report, so it has no year, template or facts."""
    p = page("", '<div class="search"><p>搜索关键词：2021年度报告</p><p>共找到 0 条结果</p>'
             '<p>没有找到相关内容，请更换关键词再试。</p></div>', site="某市人民政府", head_title="站内搜索",
             crumbs="首页 > 搜索", meta={})
    report = parse_report([fetch("http://www.ms.gov.cn/search/?q=2021%E5%B9%B4%E5%BA%A6%E6%8A%A5%E5%91%8A", p)])
    assert report.year is None
    assert report.template is None
    assert report.facts == []
