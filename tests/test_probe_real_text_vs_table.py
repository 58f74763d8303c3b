"""Black-box probe: prose that restates the tables of t2019/t2021 reports (spec 1(d) R10, 2.5, 2.6).

Real reports restate their tables in 总体情况 and in the prose of sections 三/四/六 with their own scopes: received
counts including or excluding carried-over requests, 办结 vs 答复, a government's 全市 prose over its 本级 tables,
cumulative (累计) figures, rounded 余/多 counts, Chinese numerals, "no request" sentences. The phrasing patterns below
were studied on stored real reports (Datong 2021, Hanyang 2022, Changchun Erdao 2022, Dazu 2022, Laifeng 2021,
Licheng 2021, Yangling 2022, a 2022 district with 1499 requests ...); every sentence is written anew.

Each case builds a full portal page (CMS chrome, 索引号/发布机构 block, the four form sections with their HTML tables)
and checks (a) the text facts a careful reader records (source='text') and (b) that the prose-vs-table checks pass
when prose and table agree under the prose's own scope, fail on a real contradiction, and never change a value.
"""

from __future__ import annotations

import zlib

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

# ---------------------------------------------------------------------------------------------------------------
# page builders (t2019 / t2021 forms, spec 1(b), 1(c), 2.1-2.3)
# ---------------------------------------------------------------------------------------------------------------

W = ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
     "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]
U = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]
N = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
     "5.要求行政机关确认或重新出具已获取信息"]
OTHER = ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
     "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]


def td(text: object, rs: int = 1, cs: int = 1) -> str:
    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
    return f"<td{attrs}>{text}</td>"


def cells(v: object) -> str:
    """An int goes to 自然人 and 总计 (all organisation columns 0); a list gives the 7 cells."""
    if v is None:
        v = 0
    if isinstance(v, int):
        v = [v, 0, 0, 0, 0, 0, v]
    return "".join(td(x) for x in v)


def sec3(vals: dict[str, object], year: int) -> str:
    g = lambda k: cells(vals.get(k, 0))  # noqa: E731
    head = ('<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>'
            '<td colspan="7">申请人情况</td></tr>'
            '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>'
            '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>')
    rows = [f'<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>{g("received_new")}</tr>',
            f'<tr><td colspan="3">二、上年结转政府信息公开申请数量</td>{g("carried_in")}</tr>']
    n_out = 2 + 8 + 3 + 5 + (3 if year >= 2021 else 1) + 1
    rows.append(f'<tr><td rowspan="{n_out}">三、本年度办理结果</td><td colspan="2">（一）予以公开</td>'
                f'{g("granted")}</tr>')
    rows.append('<tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>'
                f'{g("partial")}</tr>')
    for cat, labels, pre in (("（三）不予公开", W, "w"), ("（四）无法提供", U, "u"), ("（五）不予处理", N, "n")):
        for i, lab in enumerate(labels):
            first = td(cat, rs=len(labels)) if i == 0 else ""
            rows.append(f"<tr>{first}<td>{lab}</td>{g(pre + str(i))}</tr>")
    if year >= 2021:
        for i, lab in enumerate(OTHER):
            first = td("（六）其他处理", rs=3) if i == 0 else ""
            rows.append(f"<tr>{first}<td>{lab}</td>{g('o' + str(i))}</tr>")
    else:
        rows.append(f'<tr><td colspan="2">（六）其他处理</td>{g("other")}</tr>')
    rows.append(f'<tr><td colspan="2">（七）总计</td>{g("total")}</tr>')
    rows.append(f'<tr><td colspan="3">四、结转下年度继续办理</td>{g("carried_out")}</tr>')
    return '<table border="1" class="MsoNormalTable" width="100%">' + head + "".join(rows) + "</table>"


def grid(new: int, cin: int = 0, out: int = 0, *, partial: int = 0, not_held: int = 0, year: int = 2021) -> str:
    """A consistent section-三 grid (R1/R2/R3 hold): outcome.total = new + cin - out."""
    total = new + cin - out
    return sec3({"received_new": new, "carried_in": cin, "granted": total - partial - not_held, "partial": partial,
                 "u0": not_held, "total": total, "carried_out": out}, year)


def sec4(review: int = 0, upheld: int | None = None, corrected: int = 0, direct: int = 0, after: int = 0,
         pending_direct: int = 0) -> str:
    upheld = review - corrected if upheld is None else upheld
    vals = ([upheld, corrected, review - upheld - corrected, 0, review]
            + [direct - pending_direct, 0, 0, pending_direct, direct] + [after, 0, 0, 0, after])
    head = ('<tr><td colspan="5" rowspan="2">行政复议</td><td colspan="10">行政诉讼</td></tr>'
            '<tr><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>'
            "<tr>" + "".join(td(x) for x in ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3) + "</tr>")
    return '<table border="1">' + head + "<tr>" + "".join(td(x) for x in vals) + "</tr></table>"


def _small(cap: str, hdr: list[str], rows: list[list[object]]) -> str:
    return (f'<table border="1"><tr><td colspan="4">{cap}</td></tr><tr><td>信息内容</td>'
            + "".join(td(x) for x in hdr) + "</tr>"
            + "".join("<tr>" + "".join(td(x) for x in r) + "</tr>" for r in rows) + "</table>")


def sec2(year: int) -> str:
    if year >= 2021:
        return (_small("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
                       [["规章", 0, 0, 0], ["行政规范性文件", 2, 1, 15]])
                + _small("第二十条第（五）项", ["本年处理决定数量"], [["行政许可", 120]])
                + _small("第二十条第（六）项", ["本年处理决定数量"], [["行政处罚", 8], ["行政强制", 0]])
                + _small("第二十条第（八）项", ["本年收费金额（单位：万元）"], [["行政事业性收费", 0]]))
    return (_small("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
                   [["规章", 0, 0, 0], ["规范性文件", 3, 3, 41]])
            + _small("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
                     [["行政许可", 56, 2, 310], ["其他对外管理服务事项", 12, 0, 40]])
            + _small("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
                     [["行政处罚", 140, -3, 22], ["行政强制", 9, 0, 1]])
            + _small("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [["行政事业性收费", 4, 0]])
            + _small("第二十条第（九）项", ["采购项目数量", "采购总金额"], [["政府集中采购", 6, 85.3]]))


def paras(xs: str | list[str] | None) -> str:
    if not xs:
        return ""
    if isinstance(xs, str):
        xs = [xs]
    return "".join(f"<p>{x}</p>" for x in xs)


def page(*, agency: str = "清河县民政局", year: int = 2021, overview: str | list[str] = "", s3p: str | list[str] = "",
         s3: str | None = None, s4p: str | list[str] = "", s4: str | None = None, s6: str | list[str] = "",
         encoding: str = "utf-8") -> bytes:
    title = f"{agency}{year}年政府信息公开工作年度报告"
    s3 = s3 if s3 is not None else grid(0, year=year)
    s4 = s4 if s4 is not None else sec4()
    body = (f"<p>根据《中华人民共和国政府信息公开条例》和上级有关要求，编制本报告。本报告所列数据的统计期限自{year}年"
            f"1月1日起至{year}年12月31日止。如对本报告有疑问，请与{agency}办公室联系（电话：0311-86012345）。</p>"
            f"<p>一、总体情况</p>{paras(overview)}"
            f"<p>二、主动公开政府信息情况</p>{sec2(year)}"
            f"<p>三、收到和处理政府信息公开申请情况</p>{paras(s3p)}{s3}"
            f"<p>四、政府信息公开行政复议、行政诉讼情况</p>{paras(s4p)}{s4}"
            "<p>五、存在的主要问题及改进情况</p><p>一是政策解读的形式还比较单一；二是工作人员业务能力有待提高。"
            "下一步将加强业务培训，规范发布流程。</p>"
            f"<p>六、其他需要报告的事项</p>{paras(s6) or '<p>本年度无其他需要报告的事项。</p>'}")
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}"><title>{title}</title></head>
<body><div class="top"><div class="logo">{agency}</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqh/">走进本地</a></li></ul></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
<a href="/zwgk/xxgknb/">政府信息公开年报</a></div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>11130123MB0123456X/{year + 1}-00031</td><td>主题分类：</td><td>其他</td></tr>
<tr><td>发布机构：</td><td>{agency}</td><td>发布日期：</td><td>{year + 1}-01-26</td></tr>
<tr><td>名　　称：</td><td colspan="3">{title}</td></tr></table>
<div class="article"><h1 class="title">{title}</h1>
<div class="source">发布时间：{year + 1}-01-26 09:30 来源：{agency} 【字体：大 中 小】 【打印】</div>
<div class="TRS_Editor" id="zoom">{body}</div></div>
<div class="footer"><p>主办单位：清河县人民政府办公室 地址：清河县人民路1号</p>
<p>网站标识码：1301230001 冀ICP备05012345号</p></div></body></html>"""
    return html.encode(encoding)


URL = "http://www.qinghe.gov.cn/zwgk/xxgknb/{y}/t{y}0126_{n}.html"


def run(case: dict) -> Report:
    year = case.get("year", 2021)
    enc = case.get("encoding", "utf-8")
    kw = {k: case[k] for k in ("agency", "overview", "s3p", "s3", "s4p", "s4", "s6") if k in case}
    body = page(year=year, encoding=enc, **kw)
    url = URL.format(y=year + 1, n=zlib.crc32(case["id"].encode()) % 100000)
    return parse_report([Fetched(url, body, {"content-type": f"text/html; charset={enc}"})])


def text_facts(r: Report) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in r.facts:
        if f.source == "text":
            out.setdefault(f.key, []).append(f)
    return out


def table_value(r: Report, key: str) -> float | None:
    for f in r.facts:
        if f.source == "table" and f.key == key:
            return f.value
    return None


def r10(r: Report) -> dict[str, bool]:
    return {c.rule: c.passed for c in r.checks if c.rule.split(".")[0] == "R10"}


# ---------------------------------------------------------------------------------------------------------------
# cases
#   text:     {key: value | (value, flag)}   text facts that must be present with that value (flag when given)
#   not_text: {key: value}                   a value that must not be recorded as that text fact (wrong scope)
#   pass_:    R10 check names that must exist and pass
#   fail:     R10 check names that must exist and fail
#   no_fail:  True -> no R10 check may fail (prose and table agree under the prose's scope)
#   table:    {key: value} table facts as printed (checks never change a value)
# ---------------------------------------------------------------------------------------------------------------

G = grid  # short alias for the case table

CASES: list[dict] = [
    # --- received, including / excluding carried-over ----------------------------------------------------------
    dict(id="recv-incl-carried-paren", overview="全年共收到政府信息公开申请52件（含上年结转3件），均已按时答复。",
         s3=G(49, 3), pass_=["R10.apply.received.total"], no_fail=True),
    dict(id="recv-incl-carried-qizhong", overview="本年度共收到政府信息公开申请27件，其中上年结转2件，已全部办结。",
         s3=G(25, 2), pass_=["R10.apply.received.total"], no_fail=True),
    dict(id="recv-new-only-with-carried", overview="2021年，本机关新收政府信息公开申请49件，上年结转申请3件。",
         s3=G(49, 3), pass_=["R10.apply.carried_in.total"], no_fail=True, text={"apply.carried_in.total": 3},
         not_text={"apply.received.total": 52}),
    dict(id="recv-new-sum-gongji", overview="本年新收政府信息公开申请31件，加上年结转的4件，合计35件，均已办结。",
         s3=G(31, 4), no_fail=True, text={"apply.carried_in.total": 4}),
    dict(id="recv-plain-equals-new", overview="2021年共收到政府信息公开申请18件，办结18件。", s3=G(18),
         pass_=["R10.apply.received.total"], no_fail=True, text={"apply.received.total": 18}),
    dict(id="recv-shouli-tiao", overview="2022年，我局受理依申请公开信息56条，现将有关情况报告如下。", year=2022,
         s3=G(56), pass_=["R10.apply.received.total"], no_fail=True, text={"apply.received.total": 56}),
    dict(id="recv-fen-unit", s3p="本年度县民政局共收到政府信息公开申请9份，申请人全部为自然人；其中予以公开5件，"
         "本机关不掌握相关政府信息4件，没有结转到下一年度的申请。", year=2022, s3=G(9, not_held=4),
         no_fail=True, text={"apply.received.total": 9}),
    dict(id="recv-datong-style", overview="依法办理依申请公开事项，本年度共收到依申请公开217件，上年结转2件，在法定期限内"
         "答复215件，结转下年4件。", s3=G(217, 2, 4), no_fail=True,
         pass_=["R10.apply.received.total", "R10.apply.carried_in.total"],
         text={"apply.received.total": 217, "apply.carried_in.total": 2}),
    dict(id="recv-2019-form", year=2019, overview="2019年，我局共收到政府信息公开申请14件，均为自然人申请。",
         s3=G(14, year=2019), pass_=["R10.apply.received.total"], no_fail=True, text={"apply.received.total": 14}),
    dict(id="recv-2020-with-carried", year=2020, overview="2020年共受理政府信息公开申请40件（含2019年结转5件）。",
         s3=G(35, 5, year=2020), pass_=["R10.apply.received.total"], no_fail=True),
    dict(id="recv-in-section3-prose", s3p="本年度新收政府信息公开申请23件，全部按期答复。", s3=G(23),
         pass_=["R10.apply.received.total"], no_fail=True),
    dict(id="recv-increase-not-count", overview="全年共收到政府信息公开申请64件，较上年增加15件。", s3=G(64),
         pass_=["R10.apply.received.total"], no_fail=True, text={"apply.received.total": 64},
         not_text={"apply.received.total": 15}),
    dict(id="recv-chinese-numeral", overview="本年度共收到政府信息公开申请十二件，均已办结。", s3=G(12),
         no_fail=True, text={"apply.received.total": 12}),
    dict(id="recv-none-wei-shoudao", overview="2021年，本单位未收到政府信息公开申请。", s3=G(0), no_fail=True,
         text={"apply.received.total": 0}),
    # --- closed / answered ----------------------------------------------------------------------------------------
    dict(id="closed-banjie-with-carried-out", overview="本年新收申请49件，办结46件，3件结转下年度继续办理。",
         s3=G(49, 0, 3), no_fail=True),
    dict(id="answered-incl-carried", s3p="全年共完成政府信息公开申请答复133件，包括上年结转申请6件。",
         s3=G(130, 6, 3), no_fail=True),
    # --- scope: 累计 (not read: a county-wide count in a department's prose, docs/extraction.md known limits) ------
    dict(id="cumulative-items-not-year", overview="截至2021年底，累计主动公开政府信息8560条，其中本年度主动公开"
         "政府信息412条。", s3=G(0), text={"active.items_total": 412},
         not_text={"active.items_total": 8560}),
    dict(id="cumulative-apply-not-year", overview="《条例》实施以来，累计受理政府信息公开申请326件；2021年收到申请"
         "21件。", s3=G(21), no_fail=True, not_text={"apply.received.total": 326}),
    dict(id="dept-items-leiji-year", overview="2021年，本局主动公开政府信息累计124条，其中机构职能类信息52条。",
         s3=G(0), text={"active.items_total": 124}),
    # --- rounded counts ---------------------------------------------------------------------------------------------
    dict(id="approx-yu-received", overview="全年共收到政府信息公开申请50余件，均在法定期限内答复。", s3=G(53),
         no_fail=True, text={"apply.received.total": (50, "approx")}),
    dict(id="approx-wan-items", overview="全年主动公开政府信息1.2万余条，其中通过政府门户网站发布9800条。",
         s3=G(0), text={"active.items_total": (12000, "approx"), "active.channel.website": 9800}),
    # --- active disclosure prose -------------------------------------------------------------------------------------
    dict(id="items-total-and-channels", overview="2021年主动公开政府信息1,234条，其中通过政府门户网站公开1100条，"
         "政务微博发布80条，微信公众号发布54条。", s3=G(0),
         text={"active.items_total": 1234, "active.channel.website": 1100, "active.channel.weibo": 80,
               "active.channel.wechat": 54}),
    # --- review / litigation ----------------------------------------------------------------------------------------
    dict(id="review-lit-agree", overview="2021年，发生政府信息公开行政复议2件，行政诉讼1件。", s3=G(5),
         s4=sec4(2, direct=1), pass_=["R10.review.total", "R10.litigation.total"], no_fail=True,
         text={"review.total": 2, "litigation.total": 1}),
    dict(id="review-lit-in-s4-prose", s3=G(5), s4p="本年度因政府信息公开被申请行政复议3件，其中结果维持2件，结果纠正"
         "1件；被提起行政诉讼2件。", s4=sec4(3, corrected=1, direct=1, after=1),
         pass_=["R10.review.total", "R10.litigation.total"], no_fail=True,
         text={"review.total": 3, "litigation.total": 2}),
    dict(id="lit-sum-direct-after", overview="全年涉及政府信息公开的行政诉讼案件4件。", s3=G(5),
         s4=sec4(0, direct=3, after=1), pass_=["R10.litigation.total"], no_fail=True,
         text={"litigation.total": 4}),
    dict(id="review-lit-ge1", overview="本年度政府信息公开行政复议、行政诉讼各1件。", s3=G(5), s4=sec4(1, direct=1),
         no_fail=True, text={"review.total": 1, "litigation.total": 1}),
    dict(id="review-lit-none-fasheng", overview="2021年，我局未发生因政府信息公开引起的行政复议和行政诉讼。",
         s3=G(2), no_fail=True, text={"review.total": 0, "litigation.total": 0}),
    dict(id="review-lit-zero-jian", s4p="本年度政府信息公开行政复议0件，行政诉讼0件。", s3=G(2), no_fail=True,
         pass_=["R10.review.total", "R10.litigation.total"], text={"review.total": 0, "litigation.total": 0}),
    dict(id="lit-pending", s4p="被提起政府信息公开行政诉讼1件，目前尚未审结。", s3=G(6), s4=sec4(0, direct=1,
         pending_direct=1), pass_=["R10.litigation.total"], no_fail=True, text={"litigation.total": 1}),
    dict(id="review-2019-agree", year=2019, overview="2019年，本机关政府信息公开行政复议1件，无行政诉讼。",
         s3=G(7, year=2019), s4=sec4(1), pass_=["R10.review.total"], no_fail=True, text={"review.total": 1}),
    # --- fee ------------------------------------------------------------------------------------------------------
    dict(id="fee-zero-yuan", s6="2021年，本机关收取信息处理费0元。", s3=G(3), text={"fee.info_processing": 0}),
    dict(id="fee-none-wei", s6="本年度未收取政府信息公开信息处理费。", s3=G(3),
         text={"fee.info_processing": (0, "wu")}),
    dict(id="fee-amount-yuan", s6="全年依据《政府信息公开信息处理费管理办法》收取信息处理费200元。", s3=G(3),
         text={"fee.info_processing": 200}),
    # --- numbers that are not the restated statistic ----------------------------------------------------------------
    dict(id="hotline-not-received", overview="全年办理12345政务服务便民热线工单3560件，办理人大代表建议48件、政协"
         "提案61件。本年度共收到政府信息公开申请11件。", s3=G(11), no_fail=True,
         text={"apply.received.total": 11}, not_text={"apply.received.total": 3560}),
    dict(id="percent-not-count", s3p="共收到政府信息公开申请40件，其中予以公开30件，占75%；部分公开4件，占10%。",
         s3=G(40, partial=4, not_held=6), no_fail=True, text={"apply.received.total": 40},
         not_text={"apply.received.total": 75}),
    dict(id="natural-person-split", overview="共收到政府信息公开申请26件，其中自然人申请20件，法人或其他组织申请6件。",
         s3=sec3({"received_new": [20, 6, 0, 0, 0, 0, 26], "granted": [20, 6, 0, 0, 0, 0, 26],
                  "total": [20, 6, 0, 0, 0, 0, 26]}, 2021),
         pass_=["R10.apply.received.total"], no_fail=True, text={"apply.received.total": 26}),
    dict(id="channels-online-letter", overview="全年共收到政府信息公开申请49件，其中网上申请30件，当面申请10件，信函"
         "申请9件。", s3=G(49), pass_=["R10.apply.received.total"], no_fail=True,
         text={"apply.received.total": 49, "apply.channel.online": 30, "apply.channel.in_person": 10,
               "apply.channel.letter": 9}),
    dict(id="gbk-page-agree", encoding="gbk", overview="全年共收到政府信息公开申请52件（含上年结转3件），均已办结；"
         "发生行政复议1件。", s3=G(49, 3), s4=sec4(1), pass_=["R10.apply.received.total", "R10.review.total"],
         no_fail=True),
    dict(id="consolidated-county-agree", agency="清河县人民政府",
         overview="2021年，全县共收到政府信息公开申请286件，上年结转9件，全部依法答复。", s3=G(286, 9),
         pass_=["R10.apply.received.total", "R10.apply.carried_in.total"], no_fail=True,
         text={"apply.received.total": 286, "apply.carried_in.total": 9}),
    dict(id="prev-year-comparison-not-count", overview="2021年共收到政府信息公开申请49件，2020年为38件。", s3=G(49),
         pass_=["R10.apply.received.total"], no_fail=True, not_text={"apply.received.total": 38}),
    dict(id="last-year-received-not-count", overview="本年度收到政府信息公开申请22件，上年度收到申请17件。", s3=G(22),
         no_fail=True, text={"apply.received.total": 22}, not_text={"apply.received.total": 17}),
    dict(id="zero-shouli-wei-ling", overview="2021年度，本机关依申请公开受理数量为零。", s3=G(0), no_fail=True),
    dict(id="carried-out-agree", overview="本年新收申请30件，办结27件，结转下年度继续办理3件。", s3=G(30, 0, 3),
         no_fail=True),
    dict(id="zero-legal-entity-only-not-total",
         overview="本年度没有收到法人或者其他组织提出的依申请公开政府信息申请，自然人申请有3件。", s3=G(3),
         no_fail=True, not_text={"apply.received.total": 0}),
    dict(id="hotline-shouli-not-received", overview="全年12345便民服务热线累计受理群众来电1864件，平均每天5.1件，"
         "办结1802件；门户网站“县长信箱”受理留言27件，办结27件。", s3=G(4), no_fail=True,
         not_text={"apply.received.total": 1864, "apply.closed.total": 1802}),
    dict(id="hotline-wan-not-received", overview="本年度通过门户网站、新媒体等渠道主动公开政府信息2.06万条。其中，通过县政府门户网站公开信息7412条。"
         "全年政务热线受理各类诉求3.17万件，回访满意率98%。", s3=G(9), no_fail=True,
         text={"active.items_total": (20600, "approx"), "active.channel.website": 7412},
         not_text={"apply.received.total": 31700}),
    dict(id="town-none-all-three", year=2020, agency="河包镇人民政府", overview="全年本镇没有收到依申请公开的请求，"
         "也未收取任何费用；未出现因政府信息公开工作而引起的投诉、行政复议或者行政诉讼等情况。",
         s3=G(0, year=2020), no_fail=True, text={"apply.received.total": 0, "review.total": 0, "litigation.total": 0}),
    dict(id="closed-agree-shahekou", year=2020, overview="依申请公开方面，本年共受理政府信息公开申请73件，全部办结73件，"
         "按期办结率达到100%。", s3=G(73, year=2020), pass_=["R10.apply.received.total"], no_fail=True,
         text={"apply.received.total": 73, "apply.closed.total": 73}),
    dict(id="closed-incl-carried-lianton", overview="本年新收政府信息公开申请49件，连同上年结转3件，共办结52件。",
         s3=G(49, 3), no_fail=True),
    dict(id="carried-out-jiezhuanzhi", overview="全年收到政府信息公开申请25件，已答复23件，结转至2022年继续办理2件。",
         s3=G(25, 0, 2), pass_=["R10.apply.received.total"], no_fail=True,
         text={"apply.received.total": 25, "apply.carried_out.total": 2}),
    dict(id="outcome-prose-agree", s3p="共收到政府信息公开申请40件，其中予以公开30件，部分公开4件，本机关不掌握相关政府"
         "信息6件。", s3=G(40, partial=4, not_held=6), no_fail=True, text={"apply.received.total": 40}),
    dict(id="approx-yue-received", overview="全年受理政府信息公开申请约50件，均依法作出答复。", s3=G(52), no_fail=True,
         text={"apply.received.total": (50, "approx")}),
    dict(id="prev-year-only-not-count", overview="2020年本机关收到政府信息公开申请38件。2021年依申请公开工作平稳有序。",
         s3=G(41), no_fail=True, not_text={"apply.received.total": 38}),
    # --- real contradictions: the check fails, values stay as printed ---------------------------------------------
    dict(id="contra-received", overview="全年共收到政府信息公开申请60件。", s3=G(49, 3),
         fail=["R10.apply.received.total"], text={"apply.received.total": 60},
         table={"apply.received_new.total": 49, "apply.carried_in.total": 3}),
    dict(id="contra-carried-in", overview="本年新收政府信息公开申请49件，上年结转申请5件。", s3=G(49, 3),
         fail=["R10.apply.carried_in.total"], text={"apply.carried_in.total": 5},
         table={"apply.carried_in.total": 3}),
    dict(id="contra-review", overview="2021年发生政府信息公开行政复议3件，行政诉讼1件。", s3=G(5),
         s4=sec4(2, direct=1), fail=["R10.review.total"], pass_=["R10.litigation.total"],
         text={"review.total": 3}, table={"review.total": 2}),
    dict(id="contra-litigation", s4p="本年度政府信息公开行政诉讼2件。", s3=G(5), s4=sec4(0, direct=1),
         fail=["R10.litigation.total"], text={"litigation.total": 2}, table={"litigation.direct.total": 1}),
    dict(id="contra-none-but-table", overview="2021年，本单位未收到政府信息公开申请。", s3=G(5),
         fail=["R10.apply.received.total"], table={"apply.received_new.total": 5}),
    dict(id="contra-none-review-but-table", overview="本年度未发生政府信息公开行政复议案件。", s3=G(5), s4=sec4(1),
         fail=["R10.review.total"], table={"review.total": 1}),
    dict(id="contra-2019-received", year=2019, overview="2019年共收到政府信息公开申请30件。", s3=G(25, year=2019),
         fail=["R10.apply.received.total"], table={"apply.received_new.total": 25}),
    dict(id="contra-fullwidth", overview="全年共收到政府信息公开申请１５件。", s3=G(12),
         fail=["R10.apply.received.total"], text={"apply.received.total": 15}),
    dict(id="contra-gbk-review", encoding="gb18030", overview="本年度发生政府信息公开行政复议4件。", s3=G(5),
         s4=sec4(2), fail=["R10.review.total"], text={"review.total": 4}, table={"review.total": 2}),
    dict(id="contra-carried-in-paren", overview="全年共收到申请52件（含上年结转5件）。", s3=G(49, 3),
         fail=["R10.apply.carried_in.total"], table={"apply.carried_in.total": 3}),
    dict(id="contra-carried-out", overview="本年新收申请30件，办结27件，结转下年度继续办理6件。", s3=G(30, 0, 3),
         fail=["R10.apply.carried_out.total"], table={"apply.carried_out.total": 3}),
    dict(id="contra-consolidated-county", agency="清河县人民政府", overview="2021年，全县共收到政府信息公开申请300件。",
         s3=G(286), fail=["R10.apply.received.total"], table={"apply.received_new.total": 286}),
    dict(id="contra-closed", overview="本年新收申请30件，办结29件，结转下年度继续办理3件。", s3=G(30, 0, 3),
         fail=["R10.apply.closed.total"], table={"apply.outcome.total.total": 27}),
    dict(id="contra-2019-carried-out", year=2019, overview="2019年共收到政府信息公开申请20件，办结18件，结转下年度"
         "继续办理1件。", s3=G(20, 0, 2, year=2019), fail=["R10.apply.carried_out.total"],
         table={"apply.carried_out.total": 2}),
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"]) for c in CASES])
def test_prose_restating_tables(case: dict) -> None:
    r = run(case)
    assert r.template == ("t2021" if case.get("year", 2021) >= 2021 else "t2019")
    assert r.year == case.get("year", 2021)
    tf = text_facts(r)
    for key, want in case.get("text", {}).items():
        value, flag = want if isinstance(want, tuple) else (want, None)
        got = [(f.value, f.value_flag) for f in tf.get(key, [])]
        assert any(v == value for v, _ in got), f"text {key}: want {value}, got {got}"
        if flag:
            assert any(v == value and fl == flag for v, fl in got), f"text {key}: want flag {flag}, got {got}"
    for key, bad in case.get("not_text", {}).items():
        got = [f.value for f in tf.get(key, [])]
        assert bad not in got, f"text {key} took {bad} (not this report's/year's statistic): {got}"
    checks = r10(r)
    for rule in case.get("pass_", []):
        assert checks.get(rule) is True, f"{rule} should pass: {checks} {[c.detail for c in r.checks if c.rule == rule]}"
    for rule in case.get("fail", []):
        assert checks.get(rule) is False, f"{rule} should fail: {checks}"
    if case.get("no_fail"):
        bad = [(c.rule, c.detail) for c in r.checks if c.rule.startswith("R10") and not c.passed]
        assert not bad, f"R10 failed although prose agrees with the table under its scope: {bad}"
    for key, value in case.get("table", {}).items():
        assert table_value(r, key) == value, f"table {key} changed: {table_value(r, key)} != {value}"
    # the tables themselves are consistent in every case: R1-R3 and R6 never fail because of prose
    assert not [c.rule for c in r.checks if c.rule.split(".")[0] in ("R1", "R2", "R3", "R6") and not c.passed]
