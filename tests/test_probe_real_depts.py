"""Black-box probe: t2021 reports (years 2021-2024) of county and city departments (教育局, 市场监管局, 卫健委 …).

Each case is a short document written for this file reproducing a phrasing pattern seen in real department
reports (总体情况 prose statistics, section tables flattened to pipe rows, page metadata). Numbers, names and
sentences are our own. Expectations follow the spec (1(c), 1(d) R10, 2.5, 2.6), not the code.
"""

from __future__ import annotations

import html

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

ANY = object()
ABSENT = object()


def page(title: str, lines: list[str], site: str, publisher: str, date: str) -> bytes:
    body = "\n".join(f"<p>{html.escape(x)}</p>" for x in lines)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}-{site}</title></head>
<body><div class="head"><a href="/">{site}</a> | 无障碍 | 关怀版</div>
<div class="nav"><a href="/">首页</a> <a href="/xxgk/">政府信息公开</a> <a href="/hd/">互动交流</a></div>
<div class="pos">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 部门年报</div>
<table class="meta"><tr><td>索引号：</td><td>11000000MB0000000X/2024-00012</td><td>发布机构：</td>
<td>{html.escape(publisher)}</td></tr><tr><td>发布日期：</td><td>{date}</td><td>主题分类：</td><td>年度报告</td></tr></table>
<h1>{html.escape(title)}</h1><div id="zoom">{body}</div>
<div class="foot">主办：{site}办公室 版权所有 网站标识码：3300000001</div></body></html>""".encode()


def run(url: str, title: str, lines: list[str], publisher: str = "", date: str = "2024-01-20",
        site: str = "某某市人民政府") -> Report:
    return parse_report([Fetched(url, page(title, lines, site, publisher or title[:6], date),
                                 {"content-type": "text/html; charset=utf-8"})])


def text_facts(r: Report) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in r.facts:
        if f.source == "text":
            out.setdefault(f.key, []).append(f)
    return out


def dump(r: Report) -> str:
    return "; ".join(f"{f.source}:{f.key}={f.value}/{f.value_flag}" for f in r.facts if f.source == "text")


def sec3(received: int, carried_in: int, granted: int, not_held: int, carried_out: int) -> list[str]:
    def row(label: str, v: int) -> str:
        return f"{label} | {v} | 0 | 0 | 0 | 0 | 0 | {v} |"

    zero_rows = ["(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "(三)不予公开 | 1.属于国家秘密",
                 "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息",
                 "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
    return ["三、收到和处理政府信息公开申请情况",
            "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||",
            "自然人 | 法人或其他组织 | 总计 | ||||||",
            "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ||||",
            row("一、本年新收政府信息公开申请数量", received),
            row("二、上年结转政府信息公开申请数量", carried_in),
            row("三、本年度办理结果 | (一)予以公开", granted)]\
        + [row(x, 0) for x in zero_rows] + [
            row("(四)无法提供 | 1.本机关不掌握相关政府信息", not_held),
            row("2.没有现成信息需要另行制作", 0), row("3.补正后申请内容仍不明确", 0),
            row("(五)不予处理 | 1.信访举报投诉类申请", 0), row("2.重复申请", 0), row("3.要求提供公开出版物", 0),
            row("4.无正当理由大量反复申请", 0), row("5.要求行政机关确认或重新出具已获取信息", 0),
            row("(六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 0),
            row("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0),
            row("3.其他", 0),
            row("(七)总计", granted + not_held),
            row("四、结转下年度继续办理", carried_out)]


def sec4(review: int, direct: int) -> list[str]:
    return ["四、政府信息公开行政复议、行政诉讼情况",
            "行政复议 | 行政诉讼 |",
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |",
            "结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |",
            f"{review} | 0 | 0 | 0 | {review} | {direct} | 0 | 0 | 0 | {direct} | 0 | 0 | 0 | 0 | 0 |"]


SEC2 = ["二、主动公开政府信息情况",
        "第二十条第(一)项 | |||", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
        "规章 | 0 | 0 | 0 |", "行政规范性文件 | 1 | 0 | 3 |",
        "第二十条第(五)项 | |||", "信息内容 | 本年处理决定数量 |", "行政许可 | 12 |",
        "第二十条第(六)项 | |||", "信息内容 | 本年处理决定数量 |", "行政处罚 | 4 |", "行政强制 | 0 |",
        "第二十条第(八)项 | |||", "信息内容 | 本年收费金额(单位:万元) |", "行政事业性收费 | 0 |"]
TAIL = ["五、存在的主要问题及改进情况", "信息更新不够及时，将加强培训。", "六、其他需要报告的事项",
        "本年度未收取信息处理费。"]
HEAD = "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def full(year: int, prose: list[str], rec: int = 0, cin: int = 0, granted: int = 0, not_held: int = 0,
         cout: int = 0, review: int = 0, direct: int = 0) -> list[str]:
    return [HEAD.format(y=year), "一、总体情况", *prose, *SEC2, *sec3(rec, cin, granted, not_held, cout),
            *sec4(review, direct), *TAIL]


TEXT_CASES = [
    pytest.param(dict(
        url="http://www.example-yc.gov.cn/xxgk/xxgknb/2022/xzbm/202301/t20230113_1.shtml",
        title="宜丰市教育局2022年政府信息公开工作年度报告", year=2022,
        prose=["(一)主动公开情况。2022年我局规范公开流程，全年公开各类信息218条。其中，行政规范性文件1条，"
               "行政许可类信息12条，其它类信息205条。",
               "(二)依申请公开受理答复情况。2022年我局未收到依申请公开信息。"],
        facts={"active.items_total": 218, "apply.received.total": (0, "wu")},
    ), id="edu-gongkai-geleixinxi-and-wei-shoudao-yishenqing-xinxi"),
    pytest.param(dict(
        url="https://www.example-hd.gov.cn/zwgk/zfxxgknb/bmnb/jyj/202301/t20230128_2.html",
        title="海东市教育局2022年政府信息公开工作年度报告", year=2022,
        prose=["(一)主动公开情况。2022年，主动公开信息612条，其中网站发布新闻类201条，政策文件及解读8条；"
               "“海东教育”微信公众号发布1420条，关注人数达9.3万人。",
               "(二)依申请公开情况。2022年，我局未收到公民、法人或其他组织的依申请公开诉求。"],
        facts={"active.items_total": 612, "active.channel.wechat": 1420, "apply.received.total": (0, "wu")},
    ), id="edu-quoted-wechat-account-fabu-and-no-suqiu"),
    pytest.param(dict(
        url="https://www.example-sr.gov.cn/jyj/gknb/202301/abc3.shtml",
        title="上林市教育局2022年政府信息公开工作年度报告", year=2022,
        prose=["(一)主动公开情况。2022年在政府信息公开平台新增主动公开政府信息164条，在微信公众号累计发布信息880条。",
               "(二)依申请公开政府信息情况。2022年，我局收到政府信息公开申请5件，全部在法定期限内予以答复，"
               "未发生政府信息公开行政复议、起诉。"],
        rec=5, granted=5,
        facts={"active.items_total": 164, "active.channel.wechat": 880, "apply.received.total": 5,
               "review.total": (0, ANY), "litigation.total": (0, ANY)},
    ), id="edu-xinzeng-and-wechat-leiji-and-no-review-qisu"),
    pytest.param(dict(
        url="https://www.example-ss.gov.cn/xxgk/jtj/202301/t4.html",
        title="蜀岭区教育体育局2022年政府信息公开工作年度报告", year=2022,
        prose=["(一)主动公开情况", "2022年区教体局主动公开信息 356篇，其中政策解读4件、重大决策信息3条。",
               "(二)依申请公开情况",
               "2022年区教育体育局共受理政府信息公开申请6件，已办结6件；收到行政复议0件，行政诉讼0件。"],
        rec=6, granted=6,
        facts={"active.items_total": 356, "apply.received.total": 6, "apply.closed.total": 6,
               "review.total": ANY, "litigation.total": ANY},
    ), id="edu-items-in-pian-received-closed-review-litigation"),
    pytest.param(dict(
        url="http://www.example-xa.gov.cn/zfxxgk/jyj/gkndbg/202301/t5.htm",
        title="翔云区教育局2022年政府信息公开工作年度报告", year=2022,
        prose=["(一)主动公开政府信息情况。我局通过区政府网站主动公开政府文件31件，其中机构职能类信息4条。",
               "(二)依申请公开政府信息情况。全年共受理政府信息公开申请4件，均按时答复。其中3件公开，1件不予公开。"
               "不存在有关政府信息公开行政复议和行政诉讼情况。"],
        rec=4, granted=4,
        facts={"active.channel.website": 31, "apply.received.total": 4},
    ), id="edu-website-wenjian-jian-and-shouli-junan-shi"),
    pytest.param(dict(
        url="http://slj.example-jh.gov.cn/art/2024/1/15/art_1_6.html",
        title="金川市市场监管局2023年度政府信息公开工作年度报告", year=2023,
        prose=["1、主动公开情况", "2023年我局主动公开政府信息1388条，发布行政规范性文件5篇，政策解读9篇。"
               "公开行政许可信息4120条，通过政务新媒体公开政府信息275条。",
               "2、依申请公开情况",
               "2023年我局共受理依申请政府信息公开事项31例，其中通过网络收到申请27件，通过来信收到申请4件，"
               "全部按时办结。未发生政府信息公开行政复议、诉讼。"],
        rec=31, granted=31,
        facts={"active.items_total": 1388, "active.channel.newmedia": 275, "apply.received.total": 31,
               "apply.channel.online": 27, "apply.channel.letter": 4},
    ), id="amr-shixiang-li-with-online-letter-channels"),
    pytest.param(dict(
        url="http://amr.example-hl.gov.cn/amr/gknb/202401/c7.shtml",
        title="北江省市场监督管理局2023年政府信息公开工作年度报告", year=2023,
        prose=["(一)围绕市场监管职责强化主动公开。2023年省市场监管局主动公开政府信息共计5120条，其中，"
               "局官网发布信息690条，微信公众号2310条，微博1975条，快手号145条。在各类新闻媒体平台发稿6400条。"],
        facts={"active.items_total": 5120, "active.channel.website": 690, "active.channel.wechat": 2310,
               "active.channel.weibo": 1975},
    ), id="amr-gongji-then-guanwang-wechat-weibo-list"),
    pytest.param(dict(
        url="http://scj.example-gy.gov.cn/new/show/20240117_8.html",
        title="广安市市场监督管理局2023年政府信息公开工作年度报告", year=2023,
        prose=["(一)及时主动公开", "2023年，市市场监管局全年主动公开政府信息1960条，其中官方网站发布1302条，"
               "官方微博发布120条，微信公众号发布418条，抖音发布40条。",
               "(二)依申请公开", "2023年，市市场监管局共收到3个自然人的政府信息公开申请，均在规定时限内予以回复。"],
        rec=3, granted=3,
        facts={"active.items_total": 1960, "active.channel.website": 1302, "active.channel.weibo": 120,
               "active.channel.wechat": 418},
    ), id="amr-guanfang-channels-list"),
    pytest.param(dict(
        url="http://xxgk.example-jc.gov.cn/qzf/scjgj/zfxxgknb/202401/t9.shtml",
        title="晋东市城区市场监督管理局2023年政府信息公开工作年度报告", year=2023,
        prose=["(一)主动公开方面", "2023年，我局共通过各种渠道发布各类信息812条，于城区人民政府网站区市场监管局栏目"
               "发布信息66条(其中，部门工作信息40条)，通过各类新闻媒体发布信息390条。",
               "(二)依申请公开方面", "2023年全年，我局未收到政府信息公开申请。"],
        facts={"active.items_total": 812, "active.channel.website": 66, "apply.received.total": (0, "wu")},
    ), id="amr-gezhong-qudao-fabu-and-zone-website-lanmu"),
    pytest.param(dict(
        url="http://www.example-xs.gov.cn/zfxxgk/content/post_10.html",
        title="霞东区教育局2022年度政府信息公开工作年度报告", year=2022,
        prose=["(一)主动公开情况。2022年，主动公开执行行政许可287项，区教育局网站2022年累计发布信息61篇；"
               "“霞东教育”微信公众号发布信息173条。"],
        facts={"active.items_total": ABSENT, "active.channel.website": 61, "active.channel.wechat": 173},
    ), id="fp-permit-xiang-not-items-total"),
    pytest.param(dict(
        url="https://wjw.example-nx.gov.cn/zwgk/gknb/202201/t11.html",
        title="南溪县卫生健康局2021年政府信息公开工作年度报告", year=2021,
        prose=["2021年，我局共主动公开政府信息236条，其中通过县政府门户网站公开142条，“健康南溪”微信公众号发布94条。",
               "全年共收到政府信息公开申请2件，上年结转1件，均已按期答复办结，无结转下年度办理的申请。"],
        rec=2, cin=1, granted=3,
        facts={"active.items_total": 236, "active.channel.website": 142, "active.channel.wechat": 94,
               "apply.received.total": 2, "apply.carried_in.total": 1},
    ), id="health-received-and-shangnian-jiezhuan"),
    pytest.param(dict(
        url="https://zrzyj.example-lq.gov.cn/xxgk/ndbg/202401/t12.html",
        title="临清市自然资源和规划局2023年政府信息公开工作年度报告", year=2023,
        prose=["(二)依申请公开情况。2023年度本机关新收政府信息公开申请47件，上年度结转3件，"
               "其中予以公开35件，本机关不掌握相关政府信息12件，结转下年度继续办理3件。"],
        rec=47, cin=3, granted=35, not_held=12, cout=3,
        facts={"apply.received.total": 47, "apply.carried_in.total": 3, "apply.carried_out.total": 3},
    ), id="natres-xinshou-shangniandu-jiezhuan-carried-out"),
    pytest.param(dict(
        url="https://zjj.example-fy.gov.cn/zwgk/ndbg/202301/t13.html",
        title="阜阳县住房和城乡建设局2022年政府信息公开工作年度报告", year=2022,
        prose=["(二)依申请公开情况。全年共办理政府信息公开申请18件(含上年结转2件)，已全部办结。"
               "因政府信息公开被申请行政复议1件，结果维持；被提起行政诉讼0件。"],
        rec=16, cin=2, granted=18, review=1,
        facts={"review.total": 1, "litigation.total": ANY},
    ), id="housing-banli-han-shangnian-jiezhuan-review-weichi"),
    pytest.param(dict(
        url="https://rsj.example-zz.gov.cn/xxgk/gknb/202201/t14.html",
        title="郑北市人力资源和社会保障局2021年政府信息公开工作年度报告", year=2021,
        prose=["2021年，我局在市政府门户网站主动公开政府信息1,236条，在“郑北人社”政务微博发布信息352条。",
               "2021年共受理政府信息公开申请26件，同比下降18.8%。"],
        rec=26, granted=26,
        facts={"active.channel.website": 1236, "active.channel.weibo": 352, "apply.received.total": 26},
    ), id="hrss-thousands-comma-and-tongbi-decrease"),
    pytest.param(dict(
        url="https://mzj.example-ya.gov.cn/xxgk/gknb/202301/t15.html",
        title="雅安县民政局2022年政府信息公开工作年度报告", year=2022,
        prose=["(一)主动公开情况。2022年我局累计主动公开各类政府信息一百余条。",
               "(二)依申请公开情况。本年度我局共收到依申请公开1件，已按时答复。"],
        rec=1, granted=1,
        facts={"apply.received.total": 1},
    ), id="civil-yishenqing-gongkai-1-jian"),
    pytest.param(dict(
        url="https://czj.example-bz.gov.cn/xxgk/gknb/202401/t16.html",
        title="巴中县财政局2023年政府信息公开工作年度报告", year=2023,
        prose=["2023年，县财政局通过县人民政府网站财政信息专栏发布信息约420条，其中预决算信息180余条。",
               "本年度新收政府信息公开申请8件，办结8件。"],
        rec=8, granted=8,
        facts={"active.channel.website": (420, "approx"), "apply.received.total": 8, "apply.closed.total": 8},
    ), id="finance-yue-approx-website-and-xinshou-banjie"),
    pytest.param(dict(
        url="https://gaj.example-jy.gov.cn/xxgk/gknb/202201/t17.html",
        title="江阳市公安局2021年政府信息公开工作年度报告", year=2021,
        prose=["(二)依申请公开情况。2021年，我局共收到政府信息公开申请材料43份，依法答复43份。"],
        rec=43, granted=43,
        facts={"apply.received.total": 43},
    ), id="police-received-counted-in-fen"),
    pytest.param(dict(
        url="https://sw.example-cd.gov.cn/xxgk/gknb/202401/t18.html",
        title="国家税务总局某县税务局2023年政府信息公开工作年度报告", year=2023,
        prose=["2023年，我局未发生因政府信息公开引起的行政复议和行政诉讼案件。",
               "全年通过门户网站、微信公众号等渠道主动公开涉税信息315条。"],
        facts={"active.items_total": 315, "review.total": (0, ANY), "litigation.total": (0, ANY)},
    ), id="tax-qudao-deng-zhudong-gongkai-and-no-review-cases"),
]


@pytest.mark.parametrize("case", TEXT_CASES)
def test_department_prose(case):
    rep = run(case["url"], case["title"], full(case["year"], case["prose"], **{
        k: case[k] for k in ("rec", "cin", "granted", "not_held", "cout", "review", "direct") if k in case}))
    got = text_facts(rep)
    for key, want in case["facts"].items():
        if want is ABSENT:
            assert key not in got, f"{key} should not be read from prose; got {dump(rep)}"
            continue
        assert key in got, f"{key} missing; got {dump(rep)}"
        f = got[key][0]
        if want is ANY:
            continue
        val, flag = (want, None) if not isinstance(want, tuple) else want
        assert f.value == val, f"{key}: want {val}, got {f.value}; {dump(rep)}"
        if flag is not ANY:
            assert f.value_flag == flag, f"{key}: flag want {flag}, got {f.value_flag}"


R10_CASES = [
    pytest.param("2023年，本局共收到政府信息公开申请9件，均已按时答复。", 9, True, id="r10-received-matches"),
    pytest.param("2023年，本局共收到政府信息公开申请11件，均已按时答复。", 9, False, id="r10-received-differs"),
    pytest.param("本年度新收政府信息公开申请9件，上年结转0件。", 9, True, id="r10-xinshou-matches"),
    pytest.param("全年共受理依申请公开事项12例，全部按时办结。", 9, False, id="r10-shixiang-li-differs"),
]


@pytest.mark.parametrize("sentence,table_received,passed", R10_CASES)
def test_department_r10(sentence, table_received, passed):
    rep = run("https://wjw.example-lz.gov.cn/xxgk/gknb/202401/t20.html", "柳中市卫生健康委员会2023年政府信息公开工作年度报告",
              full(2023, ["(二)依申请公开情况", sentence], rec=table_received, granted=table_received))
    r10 = [c for c in rep.checks if c.rule.startswith("R10")]
    assert r10, f"no R10 check; checks={[(c.rule, c.passed) for c in rep.checks]}"
    assert all(c.passed for c in r10) is passed, [(c.rule, c.passed, c.detail) for c in r10]


META_CASES = [
    pytest.param("https://jyj.example-lq.gov.cn/zwgk/ndbg/202201/t21.html", "临泉县教育局2021年政府信息公开工作年度报告",
                 2021, "临泉县教育局", id="meta-county-edu-2021"),
    pytest.param("https://wjw.example-wz.gov.cn/zwgk/ndbg/202301/t22.html",
                 "温州市卫生健康委员会2022年政府信息公开工作年度报告", 2022, "温州市卫生健康委员会", id="meta-city-health-commission"),
    pytest.param("https://scjg.example-hy.gov.cn/zwgk/ndbg/202401/t23.html",
                 "衡阳市市场监督管理局2023年度政府信息公开工作年度报告", 2023, "衡阳市市场监督管理局", id="meta-city-amr-niandu"),
    pytest.param("https://zrzy.example-ty.gov.cn/zwgk/ndbg/202501/t24.html",
                 "太原市规划和自然资源局2024年政府信息公开工作年度报告", 2024, "太原市规划和自然资源局", id="meta-city-natres-2024"),
    pytest.param("https://www.example-xj.gov.cn/zwgk/bmnb/202301/t25.html",
                 "秀江区住房和城乡建设局2022年政府信息公开工作年度报告", 2022, "秀江区住房和城乡建设局", id="meta-district-housing"),
    pytest.param("https://www.example-lc.gov.cn/zwgk/bmnb/202401/t26.html",
                 "聊城市公安局2023年政府信息公开工作年度报告", 2023, "聊城市公安局", id="meta-city-police"),
    pytest.param("https://www.example-ww.gov.cn/zwgk/bmnb/202401/t27.html",
                 "武威市凉州区民政局2023年政府信息公开工作年度报告", 2023, "武威市凉州区民政局", id="meta-city-district-civil"),
    pytest.param("https://www.example-gz.gov.cn/zwgk/bmnb/202201/t28.html",
                 "赣州市人力资源和社会保障局2021年度政府信息公开工作报告", 2021, "赣州市人力资源和社会保障局",
                 id="meta-hrss-gongzuo-baogao-without-niandu-baogao"),
]


@pytest.mark.parametrize("url,title,year,agency", META_CASES)
def test_department_meta(url, title, year, agency):
    rep = run(url, title, full(year, ["(一)主动公开情况", f"{year}年，我局主动公开政府信息58条。"], rec=2, granted=2),
              publisher=agency, date=f"{year + 1}-01-18")
    assert rep.year == year
    assert rep.template == "t2021"
    assert rep.agency == agency
    assert rep.agency_type == "department"
    assert rep.title and str(year) in rep.title
