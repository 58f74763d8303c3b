"""Black-box probe, second pass over the old eras (reporting years 2008-2018, templates e2008 / e2014).

Each case is a short report page written for this file. It reproduces a phrasing pattern found in real annual reports
of those years that the first pass (test_probe_real_old.py) did not cover: other provinces (Gansu, Guangxi, Hunan,
Sichuan, Yunnan, Guangdong, Jiangsu, Chongqing, Beijing, Shanghai, Zhejiang, Fujian, Anhui), other levels (national
commission, provincial government, city bureaus, county bureaus, 街道, 乡, 镇) and other wordings. Sentences are my own;
only the grammatical shape and the key words follow the real reports. Pages are served the way portals serve them
(CMS chrome, 索引号/发布机构 block, footer; utf-8 or GB18030). Expectations follow the spec: keys of 2.4 and 2.5,
value rules of 2.7 (无/没有 → 0, approx words), agency typing of 3.2 and the reporting-year rules of section 0.
Cases named ``fp-…`` assert that a number or a negation that is not the statistic is not stored under its key.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fact, Fetched, Report

ANY = object()  # do not assert this part
FEE_ZERO = "fee.request_fees|fee.none"  # spec 2.5 names both keys for a fee of nothing

MENU = ["网站首页", "政务公开", "政务服务", "公众参与", "数据发布", "政府信息公开指南", "政府信息公开年报"]


def _chrome_trs(title: str, body: str, date: str, publisher: str, index_no: str, site: str) -> str:
    nav = "".join(f'<li><a href="/{i}/">{m}</a></li>' for i, m in enumerate(MENU))
    meta = ""
    if index_no or publisher:
        meta = (f"<table class='xxgk_info'><tr><th>索引号：</th><td>{index_no}</td><th>信息分类：</th>"
                f"<td>政府信息公开年报</td></tr><tr><th>发布机构：</th><td>{html.escape(publisher)}</td>"
                f"<th>生成日期：</th><td>{date}</td></tr><tr><th>文号：</th><td></td><th>有效性：</th>"
                f"<td>有效</td></tr></table>")
    return f"""<div id="header"><div class="logo">{site}</div><a href="/eng/">English</a> <a href="/wza/">无障碍浏览</a></div>
<ul class="menu">{nav}</ul>
<div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; 年度报告</div>
{meta}
<div class="detail"><div class="detail_title">{html.escape(title)}</div>
<div class="detail_info">发布日期：{date}　　来源：{html.escape(publisher or site)}　　字体：[大 中 小]</div>
<div class="TRS_Editor">{body}</div>
<div class="detail_tool"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭</a></div></div>
<div id="footer"><p>主办单位：{site}　技术支持：某某信息技术有限公司</p><p>网站标识码：4503000012　桂ICP备10001234号</p></div>"""


def _chrome_gkmlpt(title: str, body: str, date: str, publisher: str, index_no: str, site: str) -> str:
    meta = (f"<div class='classify'><table><tr><td>索引号：{index_no}</td><td>分类：政府信息公开年报</td></tr>"
            f"<tr><td>发布机构：{html.escape(publisher or site)}</td><td>成文日期：{date}</td></tr>"
            f"<tr><td>名称：{html.escape(title)}</td><td>发布日期：{date}</td></tr></table></div>")
    return f"""<div class="header"><span class="site">{site}</span><a href="/gkmlpt/index">政府信息公开</a></div>
<div class="crumbs">首页 / 政府信息公开 / 法定主动公开内容 / 政府信息公开年报</div>
{meta}
<div class="article"><h1 class="content-title">{html.escape(title)}</h1>
<div class="article-content">{body}</div>
<div class="share">分享到：</div></div>
<div class="footer">版权所有：{site}　网站标识码：4402000008　SID: gkmlpt-a81</div>"""


def page(title: str, paras: list[str], *, date: str = "2016-03-20", publisher: str = "", index_no: str = "",
         charset: str = "utf-8", site: str = "某某市人民政府", chrome: str = "trs") -> bytes:
    body = "".join(f"<p style='text-indent:2em;line-height:2'>{html.escape(t)}</p>" for t in paras)
    build = _chrome_gkmlpt if chrome == "gkmlpt" else _chrome_trs
    inner = build(title, body, date, publisher, index_no, site)
    meta_cs = "gb2312" if charset == "gb18030" else charset
    doc = (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={meta_cs}">'
           f"<title>{html.escape(title)} - {site}</title></head><body>{inner}</body></html>")
    return doc.encode(charset)


def parse(url: str, title: str, paras: list[str], **kw) -> Report:
    charset = kw.get("charset", "utf-8")
    header_cs = "gbk" if charset == "gb18030" else charset
    return parse_report([Fetched(url, page(title, paras, **kw), {"content-type": f"text/html; charset={header_cs}"})])


def text_facts(r: Report) -> dict[str, Fact]:
    return {f.key: f for f in r.facts if f.source == "text"}


def show(r: Report) -> str:
    return "; ".join(f"{f.key}={f.value}({f.source},{f.value_flag},{f.raw_value!r})" for f in r.facts)


def case(url: str, title: str, paras: list[str], *, facts: dict | None = None, absent: tuple = (),
         meta: dict | None = None, checks: dict | None = None, units: dict | None = None,
         id: str, **kw):  # noqa: A002
    return pytest.param(url, title, paras, kw, facts or {}, absent, meta or {}, checks or {}, units or {}, id=id)


def period(y: int) -> str:
    return f"本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


CASES = [
    # =============================== discrepancies seen in real excerpts ===============================
    # 兰州 2011 (ask.fsou.com): "本年度共举办79次新闻发布会" — count before the noun
    case("http://www.gsdx.gov.cn/xxgk/nb/201203/t20120315_5521.html", "定西市2011年政府信息公开工作年度报告",
         [period(2011), "二、主动公开政府信息情况", "2、公开形式",
          "（2）新闻发布会。本年度共举办36次新闻发布会，围绕重点工作及时发布权威信息。"],
         date="2012-03-15", facts={"response.press_conf": (36, None)}, id="press-conf-count-before-noun"),
    # 兰州 2011: "共发行《兰州政报》12期,发布政府信息662条" — the gazette counted in 期 (spec 2.5: unit 期!)
    case("http://www.gsdx.gov.cn/xxgk/nb/201203/t20120315_5522.html", "定西市2011年政府信息公开工作年度报告",
         [period(2011), "（4）《定西政报》。2011年度，共编印《定西政报》12期，刊发政府信息437条，免费赠阅2.1万份。"],
         date="2012-03-15", facts={"active.channel.gazette": (12, None)}, units={"active.channel.gazette": "期"},
         id="gazette-zhengbao-qi"),
    # 国家卫生计生委 2016 (bgdradio.net): "其中,答复主动公开146件,依申请同意公开203件,部分公开12件"
    case("http://www.nhfpc-mirror.gov.cn/bgt/zwgkzt/201703/3c2f.shtml", "某委员会2016年度政府信息公开工作报告",
         [period(2016), "三、依申请公开政府信息情况",
          "2016年，我委共受理政府信息公开申请1204件。其中，答复主动公开97件，依申请同意公开150件，部分公开8件。"],
         date="2017-03-30",
         facts={"apply.received.total": (1204, None), "apply.answer.already_public": (97, None),
                "apply.answer.granted": (150, None), "apply.answer.partial": (8, None)},
         id="answer-dafu-zhudong-gongkai-already-public"),
    # 国家卫生计生委 2016: "在委网站发布方案、通知…等方面的解读稿件83篇" — interpretations, not the website channel
    case("http://www.nhfpc-mirror.gov.cn/bgt/zwgkzt/201703/3c30.shtml", "某委员会2016年度政府信息公开工作报告",
         [period(2016), "二、主动公开政府信息情况",
          "积极开展政策解读，回应社会关切，在局网站发布规划、通知、管理办法等方面的解读稿件46篇。"],
         date="2017-03-30", facts={"response.interpretations": (46, None)}, absent=("active.channel.website",),
         id="fp-interpretations-on-website-not-website-channel"),
    # 蚌埠 某镇 2016: "三、依申请公开政府信息和不予公开政府信息情况 / 我镇2016年度无申请。"
    case("http://www.bengbu.gov.cn/public/25461/45854300.html", "某镇2016年政府信息公开工作年度报告",
         ["本报告信息数据统计期限为：2016年1月1日——2016年12月31日。", "二、主动公开政府信息情况",
          "自2016年1月1日起至2016年12月31日止，我镇经审核主动公开信息406条。",
          "三、依申请公开政府信息和不予公开政府信息情况", "我镇2016年度无申请。"],
         date="2017-01-20", facts={"active.items_total": (406, None), "apply.received.total": (0, ANY)},
         id="received-zero-bare-wu-shenqing"),
    # 西城 展览路街道 2014: "由于主动公开及时准确,2014年没有发生依申请信息公开事件。"
    case("https://www.bjxch.gov.cn/zt/xxgkzl/gknbxqx/pnidpv842900.html", "某街道2013年度政府信息公开工作年度报告",
         ["二、政府信息主动公开情况", "（一）公开情况", "本单位2013年共主动公开政府信息188条，其中全文电子化率达100%。",
          "因主动公开较为全面，2013年没有发生依申请信息公开事件。"],
         date="2014-03-20", facts={"active.items_total": (188, None), "apply.received.total": (0, ANY)},
         id="received-zero-meiyou-fasheng-shijian"),
    # 道县文广新局 2013: "2013年度没有依申请公开信息的情况。"
    case("http://www.hnyz-dx.gov.cn/dx/ndbg/201403/5a77.shtml", "某县交通运输局2012年度信息公开工作年度报告",
         ["二、依申请公开信息的情况和不予公开信息的情况", "2012年度没有依申请公开信息的情况。"],
         date="2013-03-20", facts={"apply.received.total": (0, ANY)}, id="received-zero-meiyou-yishenqing-qingkuang"),
    # 道县文广新局 2013: "2013年度主动公开信息的有5条;"
    case("http://www.hnyz-dx.gov.cn/dx/ndbg/201403/5a78.shtml", "某县交通运输局2012年度信息公开工作年度报告",
         ["一、主动公开政府信息的情况：", "2012年度主动公开信息的有9条；"],
         date="2013-03-20", facts={"active.items_total": (9, None)}, id="items-zhudong-gongkai-xinxi-de-you"),
    # 钦州市政府办 2013: "落实具体人员负责政府信息公开工作(其中全职2人,兼职4人)"
    case("http://www.gxwz.gov.cn/zfxxgk/bgs/zfxxgknb/t13359100.shtml", "某市人民政府办公室2013年政府信息公开工作年度报告",
         [period(2013), "一、政府信息公开工作的基本情况",
          "成立了本办政府信息公开工作领导小组，落实专人负责政府信息公开工作（其中全职3人，兼职5人）。"],
         date="2014-03-20",
         facts={"org.staff_fulltime": (3, None), "org.staff_parttime": (5, None)},
         meta={"year": 2013, "template": "e2008", "agency_type": "gov_office"},
         id="staff-parenthesis-quanzhi-ren-jianzhi-ren"),
    # 某市文物局 2017 (spam mirror of a city bureau): the e2014 回应解读 row names written out in prose
    case("https://www.izibackup-mirror.com/xxgk/20180130/5700.html", "某市文物局2017年政府信息公开工作年度报告",
         [period(2017), "二、回应解读情况",
          "回应公众关注热点或重大舆情4次。通过不同渠道和方式回应解读情况：举办新闻发布会6次，组织政府网站在线访谈1次，"
          "发布政策解读稿7篇，通过微博微信回应事件2次，通过新闻媒体等其他方式回应事件5次。"],
         date="2018-01-30",
         facts={"response.hot_topics": (4, None), "response.press_conf": (6, None),
                "response.online_interviews": (1, None), "response.interpretations": (7, None),
                "response.weibo_wechat_events": (2, None), "response.other_events": (5, None)},
         id="response-row-names-in-prose"),
    # 某市文物局 2017: "在已经答复的9件申请中,“同意公开”的7件…"
    case("https://www.izibackup-mirror.com/xxgk/20180130/5701.html", "某市文物局2017年政府信息公开工作年度报告",
         [period(2017), "三、政府信息依申请公开情况", "本局2017年共受理信息公开申请15件。",
          "在已经答复的14件申请中，“同意公开”的11件，占总数的78%，主要涉及文物保护单位名录。",
          "“同意部分公开”2件，占总数的14%。", "“信息不存在”的1件，占总数的7%。"],
         date="2018-01-30",
         facts={"apply.received.total": (15, None), "apply.answer.total": (14, None),
                "apply.answer.granted": (11, None), "apply.answer.partial": (2, None),
                "apply.answer.not_exist": (1, None)},
         id="answer-total-zai-yijing-dafu-de-zhong"),
    # 某市文物局 2017: "依申请公开收取的费用(检索费、邮寄费、复制费等)为0元"
    case("https://www.izibackup-mirror.com/xxgk/20180130/5702.html", "某市文物局2017年政府信息公开工作年度报告",
         [period(2017), "四、政府信息公开收费情况",
          "本局2017年度依申请公开收取的费用（检索费、复制费、邮寄费等）为0元。"],
         date="2018-01-30", facts={FEE_ZERO: (0, ANY)}, id="fee-parenthetical-kinds-then-wei-0-yuan"),
    # 沙塘镇 2016 / 盐津县公安局 2016: "未产生与诉讼(行政复议、行政申诉)有关的费用支出" is about money, not cases
    case("http://www.yngajyj.gov.cn/pub/description/32400.html", "某县公安局2016年度政府信息公开工作年度报告",
         [period(2016), "一、总体情况",
          "本局政府信息公开工作所需经费在行政办公经费中列支。未产生与诉讼（行政复议、行政申诉）有关的费用支出。"],
         date="2017-03-10", absent=("review.total", "litigation.total", "appeal.total"),
         id="fp-litigation-expenses-not-zero-cases"),
    case("http://www.yngajyj.gov.cn/pub/description/32401.html", "某县公安局2016年度政府信息公开工作年度报告",
         [period(2016), "四、政府信息公开的收费及减免情况",
          "未产生与诉讼（行政复议、行政申诉）有关的费用支出，对申请人暂不收取任何费用。",
          "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
          "2016年，本局因政府信息公开被申请行政复议2件，均维持原答复；未被提起行政诉讼。"],
         date="2017-03-10", facts={"review.total": (2, None), "litigation.total": (0, ANY)},
         id="fp-litigation-expenses-before-real-review-count"),
    case("http://m.kpst-mirror.com/stz/zwgk/xxgknb/content/post_555900.html", "沙堤鎮2016年度政府信息公開年度報告",
         ["四、政府信息公開的收費及減免情況",
          "2016年，沒有向政府信息公開申請人收費的情況，未產生政府信息公開事務訴訟相關的費用支出。"],
         date="2017-01-20", facts={FEE_ZERO: (0, "wu")}, absent=("litigation.total",),
         id="fp-traditional-litigation-expenses-not-litigation"),
    # 汕头 环保局 (taowenge doc): "本年度我局受理 2 个申请公开信息事项"
    case("http://www.stepb.gov.cn/xxgk/ndbg/201303/t20130301_1001.html", "某市环境保护局2012年度信息公开工作报告",
         [period(2012), "三、依申请公开政府信息情况", "本年度我局受理 4 个申请公开信息事项，均依照有关规定按时办理。",
          "五、申请行政复议和提起行政诉讼情况", "本年度我局办理行政复议案件 1 宗，无办理行政诉讼案件。"],
         date="2013-03-01", facts={"apply.received.total": (4, None), "review.total": (1, None)},
         id="received-ge-shenqing-gongkai-xinxi-shixiang"),
    # same document: title "环保局年度信息公开工作报告" without a year — 年度 is not part of the agency name
    case("http://www.stepb.gov.cn/xxgk/ndbg/201303/t20130301_1002.html", "某县环保局年度信息公开工作报告",
         ["一、概述", "今年，某县环境保护局认真贯彻执行条例，积极推进政府信息公开工作。"],
         date="2013-03-01", meta={"agency": "某县环保局", "agency_type": "department"},
         id="agency-title-without-year-niandu-not-in-name"),
    # 武江区惠民街 2014 (gkmlpt): a 街道 named "…街"
    case("http://www.sgwjq.gov.cn/sgwjhmjdb/gkmlpt/content/1/1125/post_1125100.html", "武江区东华街2015年政府信息公开年度报告",
         [period(2015), "一、概述", "2015年以来，东华街道办事处认真贯彻条例，政府信息公开工作运行正常。",
          "二、政府信息主动公开情况", "2015年度共主动公开政府信息1320条，其中全文电子化达100%。"],
         date="2016-01-20", chrome="gkmlpt", index_no="007238101/2016-00012",
         facts={"active.items_total": (1320, None)}, meta={"agency_type": "township", "year": 2015},
         id="agency-type-jie-short-for-jiedao"),

    # =============================== pins: right today, not pinned elsewhere ===============================
    # 南京市公安局 2011 (newton traditional mirror): 全職/兼職 staff and 公共查閱點 in one sentence
    case("https://newton-mirror.com.tw/wiki/2011%E5%B9%B4%E6%9F%90%E5%B8%82%E5%85%AC%E5%AE%89%E5%B1%80/639000",
         "2011年某市公安局政府信息公開年報",
         ["一、概述", "根據規定要求，2008年4月1日起我局開始開展政府信息公開工作。為此，專門配備了3名全職工作人員、"
          "27名兼職工作人員，設立了1個專門的信息申請受理點，在各級辦事視窗和派出所開闢了164個公共查閱點。"],
         date="2012-03-20",
         facts={"org.staff_fulltime": (3, None), "org.staff_parttime": (27, None), "org.reading_points": (164, None)},
         meta={"year": 2011, "template": "e2008", "agency_type": "department"},
         id="pin-traditional-quanzhi-jianzhi-chayuedian"),
    # 上海市公安局黄浦分局 2015: year-first title without 年
    case("https://gaj.sh.gov.cn/jaga/list/toGjDetail?lmName=gknb&pa=7b1e", "2015上海市公安局某某分局政府信息公开工作年度报告",
         ["引 言", "本年度报告是根据条例和规定要求，由上海市公安局某某分局编制。", "专有名词解释",
          "本年报中没有需要解释的专有名词。", "一、概述",
          "分局为开展政府信息公开工作配备了3名兼职工作人员，设立了1个专门的信息申请受理点，开辟了11个公共查阅点。"],
         date="2016-03-25",
         facts={"org.staff_parttime": (3, None), "org.reading_points": (11, None)},
         meta={"year": 2015, "template": "e2014", "agency_type": "department"},
         id="pin-year-first-without-nian-shanghai-police"),
    # 文物局 2017: channels in 宗 and O1
    case("https://www.izibackup-mirror.com/xxgk/20180130/5703.html", "某市文物局2017年政府信息公开工作年度报告",
         [period(2017), "三、政府信息依申请公开情况",
          "本局2017年共受理信息公开申请12件，其中当面申请2宗，占17%；网上申请10宗，占83%；信函申请0宗，占0%。"],
         date="2018-01-30",
         facts={"apply.received.total": (12, None), "apply.channel.in_person": (2, None),
                "apply.channel.online": (10, None), "apply.channel.letter": (0, None)},
         checks={"O1": True}, id="pin-channels-zong-with-percentages-O1"),
    case("https://www.izibackup-mirror.com/xxgk/20180130/5704.html", "某市文物局2017年政府信息公开工作年度报告",
         [period(2017), "一、主动公开政府信息情况",
          "通过不同渠道和方式公开政府信息情况：政府网站公开信息2971条，新闻媒体公开信息15条，政府公报公开信息0条。"],
         date="2018-01-30",
         facts={"active.channel.website": (2971, None), "active.channel.gazette": (0, ANY)},
         id="pin-channel-list-website-and-gazette-zero"),
    # 溪下乡 2017 (永嘉 mirror): website count and a named WeChat account
    case("https://www.yj-mirror.com/module/xxgk/xxgkAnnualReport.jsp?area=001008003014120&fbtime=2017",
         "岩坦乡2017年政府信息公开工作年度报告",
         [period(2017), "二、主动公开政府信息情况",
          "2017年度共新增主动公开政府信息184条，其中通过政府网站公开政府信息数107条，通过“岩坦发布”微信公众号公开77条。"],
         date="2018-01-22",
         facts={"active.items_total": (184, None), "active.channel.website": (107, None),
                "active.channel.wechat": (77, None)},
         meta={"agency_type": "township", "year": 2017}, checks={"O7": True},
         id="pin-township-website-and-named-wechat-account"),
    # 宿迁 2017: the period sentence lost its 年/月 characters ("201711日至20171231日")
    case("https://suqian.gov.cn/zfb/gknb/201802/b31fdc4296de494da7adce40d7541799.shtml", "某市2017年政府信息公开年度报告",
         ["本报告所列数据的统计期限为201711日至20171231日。本报告的电子版可在市政府门户网站下载。", "一、概述",
          "我市认真贯彻落实条例和中办发﹝20168号文件。"],
         date="2018-02-26", publisher="某市人民政府办公室", index_no="00000001/2018-00051",
         meta={"year": 2017, "template": "e2014"}, id="pin-garbled-period-digits-year-from-title"),
    # 衡阳 2008 (hunan.gov.cn): "2008年度X市政府信息公开工作年度报告"
    case("http://www.hunan.gov.cn/xxgk/zfxxgknb/szzf_97945/201307/t20130724_4882100.html",
         "2008年度某某市政府信息公开工作年度报告",
         ["本年度报告由概述，主动公开政府信息的情况，依申请公开政府信息和不予公开政府信息的情况，工作人员、收费及减免情况，"
          "工作存在的主要问题及改进情况，附表共七个部分组成。", "一、概述",
          "按照条例（国务院492号令），2008年本市政府信息公开工作取得了进展。条例自2007年45日颁布以来，我市于20078月成立了领导小组。"],
         date="2009-03-31", index_no="430S00/2009-69100",
         meta={"year": 2008, "template": "e2008", "agency": "某某市"}, id="pin-2008-year-first-niandu-city"),
    # 某乡 2017 (铜陵郊区): "我乡收到有关政府信息公开行政复议申请0件"
    case("https://tljq.gov.cn/openness/OpennessAnnualReport/show/2410.html", "某乡2017年度政府信息公开年度报告",
         ["四、申请行政复议、提起行政诉讼和申诉的情况", "我乡收到有关政府信息公开行政复议申请0件。",
          "五、政府信息公开的收费及减免情况", "2017年我办对信息公开免费提供，未收取任何费用。"],
         date="2018-01-20", facts={"review.total": (0, ANY), FEE_ZERO: (0, ANY)},
         id="pin-review-shenqing-0-jian-and-free"),
    # 龙归镇 2016: hot topics + 复议、诉讼和申诉 all zero
    case("http://www.sgwjq.gov.cn/zwgk/zfxxgkndbg/content/post_222300.html", "2016年龙江镇政府信息公开年度报告",
         [period(2016), "三、回应解读情况", "回应公众关注热点或重大舆情数1次，为河道采砂纠纷。",
          "五、行政复议、诉讼和申诉情况", "2016年度未接到有关政府信息公开方面的复议、诉讼和申诉。"],
         date="2017-01-12", chrome="gkmlpt",
         facts={"response.hot_topics": (1, None), "review.total": (0, ANY), "litigation.total": (0, ANY),
                "appeal.total": (0, ANY)},
         id="pin-hot-topics-and-appeal-zero"),
    # 盐津县公安局 2016: "接受89556电话咨询18次"
    case("http://www.yngajyj.gov.cn/pub/description/32402.html", "某县公安局2016年度政府信息公开工作年度报告",
         [period(2016), "一、总体情况", "主动通过政府网站发布信息，主动发布各类信息287条，全文电子化率达100%，"
          "其中，局机关发布信息51条。"],
         date="2017-03-10", facts={"active.items_total": (287, None)}, id="pin-items-total-before-subunit-count"),
    # 汕头 环保局: "召开新闻发布会 1 场"
    case("http://www.stepb.gov.cn/xxgk/ndbg/201303/t20130301_1003.html", "某市环境保护局2012年度信息公开工作报告",
         [period(2012), "（二）新闻发布会主动公开政府信息情况。",
          "今年，我局会同市政府新闻办联合召开新闻发布会 2 场，出席的新闻机构近 20 家。"],
         date="2013-03-01", facts={"response.press_conf": (2, None)}, id="pin-press-conf-chang-spaced-digits"),
    # 钦州 style metadata: gov office, e2008, period without year on the end date
    case("http://www.gxwz.gov.cn/zfxxgk/bgs/zfxxgknb/t13359101.shtml", "某市人民政府办公室2013年政府信息公开工作年度报告",
         ["本报告中所列数据的统计期限自2013年1月1日起至12月31日止。", "一、政府信息公开工作的基本情况",
          "我办把政府信息公开工作列入日常工作。"],
         date="2014-03-20", charset="gb18030",
         meta={"year": 2013, "year_source": "period", "template": "e2008", "agency_type": "gov_office"},
         id="pin-gbk-gov-office-period-end-without-year"),
    # 长坑乡 2017 (安溪): 索引号 with a prefix code, township
    case("http://fjax.gov.cn/zwgk/zfxxgkzl/xzzfxxgk/zkx/zfxxgkndbg/201801/t20180129_972400.htm",
         "某某乡2017年政府信息公开工作年度报告",
         ["所列数据的统计数据时限自2017年1月1日至2017年12月31日止。", "一、概述", "2017年，我乡高度重视政府信息公开工作。"],
         date="2018-01-29", publisher="某某乡", index_no="QZ09059-3000-2018-89900",
         meta={"year": 2017, "template": "e2014", "agency_type": "township"}, id="pin-township-shixian-tongji-shuju"),
    # 兰州 2011: received "(次)", review count, fee none
    case("http://www.gsdx.gov.cn/xxgk/nb/201203/t20120315_5523.html", "定西市2011年政府信息公开工作年度报告",
         [period(2011), "（二）依申请公开的政府信息情况",
          "2011年度，全市共收到申请政府信息公开19件（次），主要涉及征地、房屋产权等方面。",
          "（四）复议、诉讼和申诉情况", "本年度市政府及组成部门共收到有关政府信息公开的行政复议申请7件，均已依法处理。",
          "（五）政府信息收费及减免情况", "全年受理依申请公开的信息均未收费。"],
         date="2012-03-15",
         facts={"apply.received.total": (19, None), "review.total": (7, None), FEE_ZERO: (0, "wu")},
         id="pin-received-jian-ci-review-shenqing-fee"),
    # 永嘉 南城街道 2014: 复议、诉讼或申诉 all zero; no request; fee none
    case("http://www.yj.gov.cn/art/2015/3/25/art_1229234190_18700.html", "某县某某街道办事处2014年政府信息公开工作年度报告",
         [period(2014), "三、依申请公开政府信息和不予公开政府信息的情况", "本单位2014年没有收到政府信息公开申请件。",
          "四、政府信息公开的收费及减免情况", "2014年度，本单位没有向依申请公开对象收取复印、传真、递送等任何费用，也无减免情况。",
          "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
          "2014年度，本单位没有因政府信息公开工作而出现行政复议、行政诉讼或申诉情况。"],
         date="2015-03-25",
         facts={"apply.received.total": (0, ANY), FEE_ZERO: (0, "wu"), "review.total": (0, ANY),
                "litigation.total": (0, ANY), "appeal.total": (0, ANY)},
         meta={"agency_type": "township"}, id="pin-street-all-zero-with-shensu"),
    # 增城 永宁街道 2014: total then a numbered list of kinds without units
    case("http://www.zc.gov.cn/gk/zfxxgk/zfxxgkgznb/content/post_5646200.html", "2014年某市人民政府某某街道办事处政府信息公开工作年度报告",
         ["二 政府信息主动公开情况", "某某街道办事处2014年全年主动公开政府信息371条，其中1.组织机构4；2.规范性文件62；"
          "3.动态类信息120；4.办事指南类信息41；5.其他信息144。"],
         date="2015-01-20", chrome="gkmlpt", facts={"active.items_total": (371, None)},
         meta={"year": 2014, "agency_type": "township"}, id="pin-items-total-then-numbered-kinds"),
    # 北京商务委 2013: numbers summarised in 概述
    case("https://sw.beijing.gov.cn/zt/zfxxgk/zfxxgknb/201912/t20191231_1550300.html", "北京市某某委员会2013年度政府信息公开年度报告",
         ["一、概述", "2013年，委网站累计主动公开信息386条，“一站式”服务大厅政府信息公开窗口受理信息公开咨询74人次，"
          "向市档案馆报送规范性文件5种，受理依申请公开政府信息8件。"],
         date="2014-03-20", facts={"apply.received.total": (8, None)}, id="pin-received-in-overview-list"),
    # 重庆市公安局 2016 (traditional mirror, Taiwan-style 入口網站 for 门户网站): website and weibo
    case("https://newton-mirror.com.tw/wiki/%E6%9F%90%E5%B8%82%E5%85%AC%E5%AE%892016/628400", "某市公安局2016年政府信息公開工作年度報告",
         ["1.政府網站公開政府信息情況。2016年，市公安局入口網站更新發布信息1523條，訪問量累計達到1654321次。",
          "2.網路平台互動情況。其中，官方微博發布信息2460條，網路閱讀量6100萬。"],
         date="2017-03-20",
         facts={"active.channel.website": (1523, None), "active.channel.weibo": (2460, None)},
         absent=("active.items_total",), id="pin-traditional-rukou-wangzhan-and-weibo"),
    # 怀柔发改委 2010: a withdrawn-items parenthesis must not replace the year count
    case("https://www.bjhr.gov.cn/zfxxgkzl/gknb/2010nb/qzfbm2010/202003/t20200317_2398200.html", "某区某某委员会2010年度政府信息公开年度报告",
         [period(2010), "本机关2010年共主动公开政府信息163条，其中全文电子化率达100%。在主动公开的信息中，业务动态类信息163条，"
          "其中子目录中形势分析类18条（同时撤销3条），工作动态类145条。"],
         date="2011-03-20", facts={"active.items_total": (163, None)}, id="pin-items-with-withdrawn-parenthesis"),
    # 沙头镇 2008 (永嘉 mirror): the first reporting year
    case("https://www.yj-mirror.com/module/xxgk/xxgkAnnualReport.jsp?area=001008003014060&fbtime=2008", "某某镇2008年政府信息公开工作年度报告",
         ["本年报中所列数据的统计期限自2008年1月1日起至2008年12月31日止。", "一、概述",
          "本单位专门成立了政府信息公开工作领导小组，配备了2名兼职工作人员，在本单位办公室设立了政府信息查阅点和依申请公开受理点。",
          "二、主动公开政府信息的情况", "2008年度共新增主动公开政府信息287条。同时，本单位对2003年以来的政府信息进行了全面梳理。",
          "三、依申请公开政府信息和不予公开政府信息的情况", "本单位2008年没有收到政府信息公开申请。"],
         date="2009-03-10",
         facts={"active.items_total": (287, None), "org.staff_parttime": (2, None), "apply.received.total": (0, ANY)},
         meta={"year": 2008, "year_source": "period", "template": "e2008", "agency_type": "township"},
         id="pin-2008-township-first-year"),
    # 国家卫生计生委 2016: the channel list comes before the total; the total is not a channel count
    case("http://www.nhfpc-mirror.gov.cn/bgt/zwgkzt/201703/3c31.shtml", "某委员会2016年度政府信息公开工作报告",
         [period(2016), "报告显示，2016年我委通过政府公报、政府网站、政务微博、政务微信等渠道和方式，主动公开政府信息3917条。"],
         date="2017-03-30", facts={"active.items_total": (3917, None)},
         absent=("active.channel.website", "active.channel.weibo", "active.channel.wechat", "active.channel.gazette"),
         id="pin-channel-list-before-total-not-channels"),
    # 沙塘镇 2016 (traditional mirror of a Guangdong township): "網站(含轉發)319條,微信(含轉發)851條"
    case("http://m.kpst-mirror.com/stz/zwgk/xxgknb/content/post_555901.html", "沙堤鎮2016年度政府信息公開年度報告",
         ["（二）政務網站、微信、微博信息發布情況",
          "2016年政務網站、微信、微博共發布各類信息2207條，其中網站（含轉發）287條，微信（含轉發）763條、微博（含轉發）1157條。"],
         date="2017-01-20",
         facts={"active.channel.website": (287, None), "active.channel.wechat": (763, None),
                "active.channel.weibo": (1157, None)},
         id="traditional-channels-han-zhuanfa"),
    # 展览路街道 2014 / 瓯海卫计局 2017: a 受理点 is not a 查阅点, and 查阅点 named without a count give no number
    case("https://www.bjxch.gov.cn/zt/xxgkzl/gknbxqx/pnidpv842901.html", "某街道2014年度政府信息公开工作年度报告",
         ["一、概述", "根据《条例》要求，2008年5月1日起本单位开始开展政府信息公开工作。为此，专门配备了2名兼职工作人员，"
          "设立了1个专门的信息申请受理点，并开辟了街道公共服务大厅、社区图书馆等公共查阅点。"],
         date="2015-03-20", facts={"org.staff_parttime": (2, None)}, absent=("org.reading_points",),
         id="fp-acceptance-point-not-reading-point"),
    # 大峃镇 2015: a named weibo account ("…微博号")
    case("http://www.wencheng-mirror.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2015&area=001008003010040",
         "某某镇2015年政府信息公开工作年度报告",
         [period(2015), "二、主动公开政府信息的情况", "（一）公开情况。",
          "在“某某镇平安建设”微博号发布了173条安全生产和防汛相关信息。"],
         date="2016-01-20", facts={"active.channel.weibo": (173, None)}, id="pin-weibo-hao-named-account"),
    # 前吴乡 2017: body names the previous year by mistake and the period lost its 年/月 characters
    case("http://www.pj.gov.cn/art/2018/3/30/art_1229198275_1520400.html", "某某乡2017年政府信息公开工作年度报告",
         ["根据条例的规定，特向社会公开某某乡2016年政府信息公开年度报告。本报告中所列数据的统计期限自201711日起至20171231日止。",
          "一、概述", "2017年，我乡认真贯彻落实条例。"],
         date="2018-03-30", publisher="某某乡", index_no="330726JD040000/2018-03900",
         meta={"year": 2017, "template": "e2014", "agency_type": "township"},
         id="pin-body-names-wrong-year-title-wins"),
]


@pytest.mark.parametrize(("url", "title", "paras", "kw", "facts", "absent", "meta", "checks", "units"), CASES)
def test_real_old_second_pass(url, title, paras, kw, facts, absent, meta, checks, units):
    r = parse(url, title, paras, **kw)
    got = text_facts(r)
    for key, (value, flag) in facts.items():
        hit = [got[k] for k in key.split("|") if k in got]
        assert hit, f"missing text fact {key}={value}; got: {show(r)}"
        f = hit[0]
        assert f.value == pytest.approx(value), f"{key}: expected {value}, got {f.value} ({f.raw_value!r}); {show(r)}"
        if flag is not ANY:
            assert f.value_flag == flag, f"{key}: expected flag {flag}, got {f.value_flag}"
    for key, unit in units.items():
        assert got[key].unit == unit, f"{key}: expected unit {unit}, got {got[key].unit}"
    for key in absent:
        assert key not in got, f"{key} must not be read from this text, got {got[key].value} ({got[key].raw_value!r})"
    for field, value in meta.items():
        assert getattr(r, field) == value, f"{field}: expected {value!r}, got {getattr(r, field)!r}"
    for rule, passed in checks.items():
        hits = [c for c in r.checks if c.rule == rule or c.rule.startswith(rule + ".")]
        assert hits, f"check {rule} missing; checks: {[(c.rule, c.passed) for c in r.checks]}"
        assert all(c.passed == passed for c in hits), [(c.rule, c.passed, c.detail) for c in hits]
