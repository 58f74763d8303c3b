"""Twenty-first independent accuracy probe of `parse_report`: a seeded random generator of complete t2019/t2021 reports.

Built from the spec only (1(b), 1(c): the six sections and the tables of 二/三/四; 1(d): the consistency rules;
section 2: the canonical keys; 2.6: the derived headline keys; 2.7: label variants and cell-value rules) and from how
portals publish (3.4 CMS chrome, 3.6 encodings). A deterministic generator (fixed seed) draws the numbers of every
table so that they satisfy R1-R6, then renders each report as a portal page in one of several realistic ways:

* Word-exported HTML (MsoNormalTable, <td> holding <p><span>, rowspan/colspan merged header cells, widths, &nbsp;);
* CMS editor tables (TRS_Editor / Hanweb #zoom / gkmlpt, <th> headers, <thead>/<tbody>);
* section-三 headers split differently (申请人情况 over 7 columns or not at all, 法人或其他组织 over 5 sub-columns or
  repeated in each of them), label columns merged or left unmerged, or separate category rows carrying subtotals;
* label variants of 2.7 drawn at random; random CMS chrome; utf-8 or GB18030 (declared gb2312).

Each generated report must come out with its template, its year, every table cell under the canonical key with
source='table', the derived headline keys of 2.6/2.3, and no failing check. A few reports carry ONE injected
inconsistency, and the matching rule (and only that rule) must fail.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import pytest

from pipelines.parse import parse_report
from pipelines.records import Fetched, Report

SEED = 20240521
N_DOCS = 64

COLS = ["natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total"]
ORG_COLS = COLS[1:6]

# ---------------------------------------------------------------- section 三 rows (spec 1(c), 2.2)

WITHHELD = [
    ("state_secret", "1.属于国家秘密"),
    ("law_prohibited", "2.其他法律行政法规禁止公开"),
    ("security_stability", "3.危及“三安全一稳定”"),
    ("third_party", "4.保护第三方合法权益"),
    ("internal_affairs", "5.属于三类内部事务信息"),
    ("process_info", "6.属于四类过程性信息"),
    ("enforcement_file", "7.属于行政执法案卷"),
    ("admin_query", "8.属于行政查询事项"),
]
UNAVAILABLE = [
    ("not_held", "1.本机关不掌握相关政府信息"),
    ("needs_creation", "2.没有现成信息需要另行制作"),
    ("unclear", "3.补正后申请内容仍不明确"),
]
NOT_PROCESSED = [
    ("petition", "1.信访举报投诉类申请"),
    ("duplicate", "2.重复申请"),
    ("publication", "3.要求提供公开出版物"),
    ("mass_repeat", "4.无正当理由大量反复申请"),
    ("confirm_reissue", "5.要求行政机关确认或重新出具已获取信息"),
]
OTHER_2021 = [
    ("no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("misc", "3.其他"),
]
GROUPS = [
    ("withheld", "（三）不予公开", WITHHELD),
    ("unavailable", "（四）无法提供", UNAVAILABLE),
    ("not_processed", "（五）不予处理", NOT_PROCESSED),
]
L1_RECEIVED = "一、本年新收政府信息公开申请数量"
L1_CARRIED_IN = "二、上年结转政府信息公开申请数量"
L1_OUTCOME = "三、本年度办理结果"
L1_CARRIED_OUT = "四、结转下年度继续办理"
L2_GRANTED = "（一）予以公开"
L2_PARTIAL = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
L2_OTHER = "（六）其他处理"
L2_TOTAL = "（七）总计"
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

SEC_TITLES = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]

# label variants of spec 2.7 (canonical -> variants seen)
LABEL_VARIANTS = {
    "商业企业": ["商业 企业", "商 业 企 业", "企业"],
    "科研机构": ["科研 机构", "科 研 机 构"],
    "社会公益组织": ["社 会 公 益 组 织", "社会公益\u3000组织"],
    "法律服务机构": ["法 律 服 务 机 构", "法律服务&nbsp;机构"],
    "自然人": ["自 然 人", "自\u3000然\u3000人"],
    "总计": ["总 计", "合计"],
    "3.危及“三安全一稳定”": ['3.危及"三安全一稳定"', "3.危及三安全一稳定", "3.危及‘三安全一稳定’"],
    "（三）不予公开": ["(三) 不予公开", "(三)不予公开"],
    "（四）无法提供": ["(四)无法提供"],
    "（五）不予处理": ["(五) 不予处理"],
    "结果维持": ["结果 维持"],
    "结果纠正": ["结果 纠正"],
    "其他结果": ["其他 结果"],
    "尚未审结": ["尚未 审结"],
    "本年新制作数量": ["本年新 制作数量", "本年新制作 数量"],
    "上一年项目数量": ["上一年项目 数量"],
    "处理决定数量": ["处理决定 数量"],
    "5.要求行政机关确认或重新出具已获取信息": ["5.要求行政机关确认或重新出具已获取的信息"],
    L2_PARTIAL: ["（二）部分公开", "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"],
    "本年增/减": ["本年增/减(指当年增加或减少的事项数,减用负值表示,如-8)", "本年增／减"],
    "规范性文件": ["规范性文件(行政机关制定发布的决定、公告、通告等)"],
    "1.本机关不掌握相关政府信息": ["1．本机关不掌握相关政府信息"],
    "2.重复申请": ["2、重复申请"],
}

AGENCIES = [
    ("杭州市余杭区人民政府", "余杭区人民政府办公室", "330110"),
    ("宿迁市商务局", "宿迁市商务局", "321300"),
    ("赤壁市蒲纺工业园区管委会", "蒲纺工业园区管委会", "421281"),
    ("岳阳市南湖新区管理委员会", "南湖新区管委会", "430600"),
    ("铜陵市义安区司法局", "义安区司法局", "340706"),
    ("西安市莲湖区残疾人联合会", "莲湖区残联", "610104"),
    ("五常市民意乡人民政府", "民意乡人民政府", "230184"),
    ("南平市自然资源局", "南平市自然资源局", "350700"),
    ("安吉县市场监督管理局", "安吉县市场监督管理局", "330523"),
    ("衡阳市南岳区人民政府", "南岳区人民政府办公室", "430412"),
    ("揭阳市榕城区教育局", "榕城区教育局", "445202"),
    ("长春市二道区卫生健康局", "二道区卫生健康局", "220105"),
]


# ---------------------------------------------------------------- generated report


@dataclass
class Doc:
    idx: int
    year: int
    template: str
    agency: tuple[str, str, str]
    sec2: dict[str, float] = field(default_factory=dict)
    sec2_raw: dict[str, str] = field(default_factory=dict)
    sec3: dict[str, list[float]] = field(default_factory=dict)  # row key -> 7 values (incl. printed subtotals)
    sec4: dict[str, float] = field(default_factory=dict)
    opts: dict[str, object] = field(default_factory=dict)
    inject: str | None = None  # rule family that must fail
    zero_flag: str | None = None  # value_flag for zero cells of section 三 rendered blank/dash/slash
    zero_cells: set[str] = field(default_factory=set)  # keys rendered with zero_flag
    prose_received: int = 0
    html: str = ""
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    label: str = ""


def sec3_leaf_rows(template: str) -> list[str]:
    rows = ["apply.outcome.granted", "apply.outcome.partial"]
    for g, _, children in GROUPS:
        rows += [f"apply.outcome.{g}.{k}" for k, _ in children]
    if template == "t2021":
        rows += [f"apply.outcome.other.{k}" for k, _ in OTHER_2021]
    else:
        rows.append("apply.outcome.other")
    return rows


def gen_sec3(rng: random.Random, template: str, quiet: bool) -> dict[str, list[float]]:
    leaves = sec3_leaf_rows(template)
    grid: dict[str, list[float]] = {r: [0] * 7 for r in leaves}
    grid["apply.received_new"] = [0] * 7
    grid["apply.carried_in"] = [0] * 7
    grid["apply.outcome.total"] = [0] * 7
    grid["apply.carried_out"] = [0] * 7
    if quiet:
        return grid
    for ci in range(6):
        scale = [1.0, 0.5, 0.12, 0.12, 0.2, 0.25][ci]
        for r in leaves:
            if r == "apply.outcome.granted":
                hi = int(40 * scale)
            elif r == "apply.outcome.partial" or r.endswith("not_held"):
                hi = int(8 * scale)
            else:
                hi = 3 if rng.random() < 0.25 * scale else 0
            grid[r][ci] = rng.randint(0, max(hi, 0))
        total = sum(grid[r][ci] for r in leaves)
        carried_out = rng.choice([0, 0, 0, 1, 2]) if ci in (0, 1) else 0
        carried_in = rng.randint(0, min(2, total + carried_out)) if ci in (0, 1) else 0
        grid["apply.outcome.total"][ci] = total
        grid["apply.carried_out"][ci] = carried_out
        grid["apply.carried_in"][ci] = carried_in
        grid["apply.received_new"][ci] = total + carried_out - carried_in
    for r in grid:
        grid[r][6] = sum(grid[r][:6])
    return grid


def gen_sec4(rng: random.Random) -> dict[str, float]:
    out: dict[str, float] = {}
    for block in ("review", "litigation.direct", "litigation.after_review"):
        vals = {}
        for k in ("upheld", "corrected", "other", "pending"):
            vals[k] = rng.choice([0, 0, 0, 0, 1, 1, 2, 3])
        for k, v in vals.items():
            out[f"{block}.{k}"] = v
        out[f"{block}.total"] = sum(vals.values())
    return out


def fmt_int(v: float, rng: random.Random, thousands: bool) -> str:
    s = str(int(v))
    if thousands and abs(v) >= 1000:
        s = f"{int(v):,}"
    return s


def gen_sec2(rng: random.Random, template: str, thousands: bool) -> tuple[dict[str, float], dict[str, str]]:
    vals: dict[str, float] = {}
    raw: dict[str, str] = {}

    def put(key: str, v: float, text: str | None = None) -> None:
        vals[key] = v
        raw[key] = text if text is not None else fmt_int(v, rng, thousands)

    if template == "t2021":
        for row, big in (("regulation", False), ("normative", True)):
            issued = rng.randint(0, 25 if big else 2)
            repealed = rng.randint(0, 6 if big else 1)
            put(f"active.{row}.issued", issued)
            put(f"active.{row}.repealed", repealed)
            put(f"active.{row}.in_force", rng.randint(issued, issued + (180 if big else 5)))
        put("active.permit.decisions", rng.choice([0, rng.randint(1, 300), rng.randint(1000, 48000)]))
        put("active.penalty.decisions", rng.choice([0, rng.randint(1, 90), rng.randint(100, 3200)]))
        put("active.coercion.decisions", rng.choice([0, 0, rng.randint(1, 60)]))
        amt = rng.choice([0, round(rng.uniform(0.5, 900), 2), round(rng.uniform(0.1, 20), 3)])
        text = "0" if amt == 0 else (f"{amt:.3f}".rstrip("0").rstrip(".") if isinstance(amt, float) else str(amt))
        put("active.admin_fee.amount", float(text), text)
    else:
        for row in ("regulation", "normative"):
            made = rng.randint(0, 20 if row == "normative" else 2)
            pub = rng.randint(0, made)
            put(f"active.{row}.issued", made)
            put(f"active.{row}.published_new", pub)
            put(f"active.{row}.public_total", pub + rng.randint(0, 150))
        for row in ("permit", "other_service", "penalty", "coercion"):
            prev = rng.randint(0, 400)
            delta = rng.choice([0, rng.randint(1, 30), -rng.randint(1, min(prev, 12) or 1)])
            if delta < -prev:
                delta = 0
            put(f"active.{row}.items_prev", prev)
            put(f"active.{row}.items_delta", delta, (f"+{delta}" if delta > 0 and rng.random() < 0.5 else str(delta)))
            put(f"active.{row}.decisions", rng.choice([0, rng.randint(1, 500), rng.randint(1000, 23000)]))
        if rng.random() < 0.3:  # Hubei's local row 其他主动公开文件 (spec 1(b), 2.1)
            made = rng.randint(0, 60)
            pub = rng.randint(0, made)
            put("active.other_doc.issued", made)
            put("active.other_doc.published_new", pub)
            put("active.other_doc.public_total", pub + rng.randint(0, 300))
        prev = rng.randint(0, 30)
        delta = rng.choice([0, 0, 2, -1]) if prev else 0
        put("active.admin_fee.items_prev", prev)
        put("active.admin_fee.items_delta", delta)
        put("active.procurement.projects", rng.randint(0, 40))
        amt = rng.choice([0.0, round(rng.uniform(1, 2000), 2)])
        text = "0" if amt == 0 else f"{amt:.2f}"
        put("active.procurement.amount", float(text), text)
    return vals, raw


# ---------------------------------------------------------------- rendering helpers


class R:
    """Renders cells and paragraphs in one of the publishing styles."""

    def __init__(self, rng: random.Random, style: str, variant_rate: float):
        self.rng = rng
        self.style = style  # word | cms
        self.variant_rate = variant_rate
        self.th_headers = style == "cms" and rng.random() < 0.7

    def label(self, text: str) -> str:
        if text in LABEL_VARIANTS and self.rng.random() < self.variant_rate:
            return self.rng.choice(LABEL_VARIANTS[text])
        return text

    def _word_inner(self, text: str, numeric: bool) -> str:
        if text == "":
            return "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>&nbsp;<o:p></o:p></span></p>"
        if numeric and self.rng.random() < 0.2:
            return (
                "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><span "
                f"style='mso-spacerun:yes'>&nbsp;</span>{text}<span style='mso-spacerun:yes'>&nbsp; </span></span></p>"
            )
        if numeric:
            return (
                "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US "
                f"style='font-size:10.5pt;font-family:\"Times New Roman\"'>{text}<o:p></o:p></span></p>"
            )
        # long labels are often cut into two spans, or two paragraphs (a line break inside the cell)
        if len(text) > 10 and self.rng.random() < 0.4:
            cut = self.rng.randint(3, len(text) - 3)
            a, b = text[:cut], text[cut:]
            if self.rng.random() < 0.5:
                return (
                    f"<p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>{a}"
                    f"</span><span style='font-family:宋体'>{b}</span></p>"
                )
            return (
                f"<p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>{a}</span></p>"
                f"<p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>{b}"
                "<o:p></o:p></span></p>"
            )
        return f"<p class=MsoNormal align=center style='text-align:center'><span style='font-family:宋体'>{text}</span></p>"

    def cell(self, text: str, *, header: bool = False, numeric: bool = False, rs: int = 1, cs: int = 1) -> str:
        span = (f" rowspan={rs}" if rs > 1 else "") + (f" colspan={cs}" if cs > 1 else "")
        if self.style == "word":
            w = self.rng.choice([48, 57, 62, 75]) * cs
            return (
                f"<td width={w} valign=center{span} style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
                f"padding:0cm 5.4pt 0cm 5.4pt'>{self._word_inner(text, numeric)}</td>"
            )
        span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
        inner = text if text != "" else "&nbsp;"
        wrap = self.rng.random()
        if wrap < 0.15:
            inner = f'<div align="center">{inner}</div>'
        elif wrap < 0.25:
            inner = f'<font face="宋体" size="2">{inner}</font>'
        elif wrap < 0.35:
            inner = f'<p style="text-align:center"><span style="font-size:14px">{inner}</span></p>'
        tag = "th" if header and self.th_headers else "td"
        style = ' style="text-align:center"' if self.rng.random() < 0.5 else ""
        return f"<{tag}{span}{style}>{inner}</{tag}>"

    def table(self, rows: list[str], head_rows: int = 0, ncols: int = 0) -> str:
        if self.style == "word":
            trs = "".join(f"<tr style='height:19.85pt'>{r}</tr>" for r in rows)
            if ncols and self.rng.random() < 0.6:  # Word's grid row of zero-height cells
                trs += ("<![if !supportMisalignedColumns]><tr height=0>"
                        + "<td width=57 style='border:none'></td>" * ncols + "</tr><![endif]>")
            return (
                "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=620 "
                "style='width:465.0pt;border-collapse:collapse;border:none'>" + trs + "</table>"
            )
        if head_rows and self.th_headers:
            head = "".join(f"<tr>{r}</tr>" for r in rows[:head_rows])
            body = "".join(f"<tr>{r}</tr>" for r in rows[head_rows:])
            return (
                '<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">'
                f"<thead>{head}</thead><tbody>{body}</tbody></table>"
            )
        trs = "".join(f"<tr>{r}</tr>" for r in rows)
        return f'<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>{trs}</tbody></table>'

    def para(self, text: str) -> str:
        if self.style == "word":
            return (
                "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span "
                f"style='font-size:16.0pt;font-family:仿宋_GB2312'>{text}<span lang=EN-US><o:p></o:p></span></span></p>"
            )
        return f'<p style="text-indent:2em;">{text}</p>'

    def heading(self, text: str) -> str:
        if self.style == "word":
            return (
                "<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>"
                f"{text}</span></b></p>"
            )
        return self.rng.choice([f"<p><strong>{text}</strong></p>", f"<h3>{text}</h3>", f'<p style="text-indent:2em;">{text}</p>'])


def render_num(doc: Doc, key: str, v: float, rng: random.Random) -> str:
    if v == 0 and doc.zero_flag and key.startswith("apply."):
        doc.zero_cells.add(key)
        return {"blank": "", "dash": "—", "slash": "/"}[doc.zero_flag]
    if float(v).is_integer():
        return fmt_int(v, rng, bool(doc.opts["thousands"]))
    return str(v)


# ---------------------------------------------------------------- section 二


def render_sec2(doc: Doc, r: R) -> str:
    raw = doc.sec2_raw
    captions: list[tuple[str, list[str], list[tuple[str, list[str]]]]] = []
    if doc.template == "t2021":
        captions = [
            ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"], [
                ("规章", ["active.regulation.issued", "active.regulation.repealed", "active.regulation.in_force"]),
                ("行政规范性文件", ["active.normative.issued", "active.normative.repealed", "active.normative.in_force"]),
            ]),
            ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", ["active.permit.decisions"])]),
            ("第二十条第（六）项", ["本年处理决定数量"], [
                ("行政处罚", ["active.penalty.decisions"]),
                ("行政强制", ["active.coercion.decisions"]),
            ]),
            ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", ["active.admin_fee.amount"])]),
        ]
    else:
        three = ["上一年项目数量", "本年增/减", "处理决定数量"]

        def trio(row: str) -> list[str]:
            return [f"active.{row}.items_prev", f"active.{row}.items_delta", f"active.{row}.decisions"]

        captions = [
            ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"], [
                ("规章", ["active.regulation.issued", "active.regulation.published_new", "active.regulation.public_total"]),
                ("规范性文件", ["active.normative.issued", "active.normative.published_new",
                           "active.normative.public_total"]),
            ] + ([("其他主动公开文件", ["active.other_doc.issued", "active.other_doc.published_new",
                                 "active.other_doc.public_total"])] if "active.other_doc.issued" in raw else [])),
            ("第二十条第（五）项", three, [("行政许可", trio("permit")), ("其他对外管理服务事项", trio("other_service"))]),
            ("第二十条第（六）项", three, [("行政处罚", trio("penalty")), ("行政强制", trio("coercion"))]),
            ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [
                ("行政事业性收费", ["active.admin_fee.items_prev", "active.admin_fee.items_delta"]),
            ]),
            ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [
                ("政府集中采购", ["active.procurement.projects", "active.procurement.amount"]),
            ]),
        ]
    tables: list[list[str]] = []
    for cap, heads, rows in captions:
        block: list[str] = [r.cell(cap, header=True, cs=4)]
        hcells = [r.cell("信息内容", header=True)]
        spans = [1] * len(heads)
        if len(heads) < 3:
            spans[-1] = 4 - len(heads)
        for h, s in zip(heads, spans, strict=True):
            hcells.append(r.cell(r.label(h), header=True, cs=s))
        block.append("".join(hcells))
        for label, keys in rows:
            cells = [r.cell(r.label(label))]
            for k, s in zip(keys, spans, strict=True):
                cells.append(r.cell(raw[k], numeric=True, cs=s))
            block.append("".join(cells))
        tables.append(block)
    if doc.opts["sec2_layout"] == "single":
        return r.table([row for t in tables for row in t], ncols=4)
    if doc.opts["sec2_layout"] == "outside":  # caption printed as a paragraph above a table without caption row
        return "".join(r.para(cap) + r.table(t[1:], ncols=4) for (cap, _, _), t in zip(captions, tables, strict=True))
    return "".join(r.table(t, ncols=4) for t in tables)


# ---------------------------------------------------------------- section 三


FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def render_sec3(doc: Doc, r: R, rng: random.Random) -> str:
    hv = doc.opts["sec3_header"]
    lv = doc.opts["sec3_labels"]
    sub = bool(doc.opts["org_subtotal"])  # an 8th column 法人或其他组织小计 (spec 1(c): some reports add one)
    nlab = 3
    ncols = nlab + (8 if sub else 7)
    names = [r.label("自然人")] + [r.label(x) for x in ("商业企业", "科研机构", "社会公益组织", "法律服务机构")]
    names += ["其他", r.label("总计")]
    orgs = names[1:6] + (["小计"] if sub else [])
    norg = len(orgs)
    corner = rng.choice([CORNER, "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)", "&nbsp;"])
    head: list[str] = []
    if hv == "official":
        head.append(r.cell(corner, header=True, rs=3, cs=3) + r.cell("申请人情况", header=True, cs=2 + norg))
        head.append(r.cell(names[0], header=True, rs=2) + r.cell("法人或其他组织", header=True, cs=norg)
                    + r.cell(names[6], header=True, rs=2))
        head.append("".join(r.cell(n, header=True) for n in orgs))
    elif hv == "two_row":
        head.append(r.cell(corner, header=True, rs=2, cs=3) + r.cell(names[0], header=True, rs=2)
                    + r.cell("法人或其他组织", header=True, cs=norg) + r.cell(names[6], header=True, rs=2))
        head.append("".join(r.cell(n, header=True) for n in orgs))
    else:  # unmerged: a Word table whose merged cells were split; the spanning texts repeat or leave blanks
        head.append(r.cell(corner, header=True, cs=3)
                    + "".join(r.cell("申请人情况", header=True) for _ in range(2 + norg)))
        head.append(r.cell("", header=True, cs=3) + r.cell(names[0], header=True)
                    + "".join(r.cell("法人或其他组织", header=True) for _ in range(norg)) + r.cell(names[6], header=True))
        head.append(r.cell("", header=True, cs=3) + r.cell("", header=True)
                    + "".join(r.cell(n, header=True) for n in orgs) + r.cell("", header=True))

    def nums(key: str) -> str:
        vals = doc.sec3[key]
        out = []
        for i, v in enumerate(vals):
            text = render_num(doc, f"{key}.{COLS[i]}", v, rng)
            if doc.opts["fullwidth"]:
                text = text.translate(FULLWIDTH)
            out.append(r.cell(text, numeric=True))
            if sub and i == 5:
                le = sum(vals[1:6])
                out.append(r.cell(str(int(le)) if float(le).is_integer() else str(le), numeric=True))
        return "".join(out)

    top = [r.cell(r.label(L1_RECEIVED), cs=3) + nums("apply.received_new"),
           r.cell(r.label(L1_CARRIED_IN), cs=3) + nums("apply.carried_in")]
    outcome_rows: list[tuple[list[str], str]] = []  # (level-2/3 cells, key); level-1 added below
    outcome_rows.append(([r.cell(L2_GRANTED, cs=2)], "apply.outcome.granted"))
    outcome_rows.append(([r.cell(r.label(L2_PARTIAL), cs=2)], "apply.outcome.partial"))
    groups = list(GROUPS)
    if doc.template == "t2021":
        groups.append(("other", L2_OTHER, OTHER_2021))
    split_at = 0
    for g, glabel, children in groups:
        if g == "unavailable":
            split_at = len(outcome_rows)  # a page break of a Word export falls between two groups
        if lv == "catrows":
            outcome_rows.append(([r.cell(r.label(glabel), cs=2)], f"apply.outcome.{g}"))
            for k, lab in children:
                outcome_rows.append(([r.cell(""), r.cell(r.label(lab))], f"apply.outcome.{g}.{k}"))
        else:
            for j, (k, lab) in enumerate(children):
                if j == 0:
                    lead = r.cell(r.label(glabel), rs=len(children)) if lv == "merged" else r.cell(r.label(glabel))
                    cells = [lead, r.cell(r.label(lab))]
                else:
                    cells = [r.cell(r.label(lab))] if lv == "merged" else [r.cell(""), r.cell(r.label(lab))]
                outcome_rows.append((cells, f"apply.outcome.{g}.{k}"))
    if doc.template == "t2019":
        outcome_rows.append(([r.cell(L2_OTHER, cs=2)], "apply.outcome.other"))
    outcome_rows.append(([r.cell(L2_TOTAL, cs=2)], "apply.outcome.total"))
    split = doc.opts["sec3_split"]
    parts = [outcome_rows] if split == "none" else [outcome_rows[:split_at], outcome_rows[split_at:]]
    bodies: list[list[str]] = []
    for pi, part in enumerate(parts):
        rows: list[str] = []
        for j, (cells, key) in enumerate(part):
            if lv in ("merged", "catrows"):
                lead = r.cell(L1_OUTCOME if pi == 0 else "", rs=len(part)) if j == 0 else ""
            else:
                lead = r.cell(L1_OUTCOME if j == 0 and pi == 0 else "")
            rows.append(lead + "".join(cells) + nums(key))
        bodies.append(rows)
    bodies[0] = top + bodies[0]
    bodies[-1].append(r.cell(r.label(L1_CARRIED_OUT), cs=3) + nums("apply.carried_out"))
    if len(bodies) == 1:
        return r.table(head + bodies[0], len(head), ncols=ncols)
    first = r.table(head + bodies[0], len(head), ncols=ncols)
    brk = ("<span lang=EN-US style='font-size:10.5pt'><br clear=all style='page-break-before:always'></span>"
           if r.style == "word" else "")
    if split == "repeat":  # the header rows are repeated on the next page
        second = r.table(head + bodies[1], len(head), ncols=ncols)
    else:
        second = r.table(bodies[1], 0, ncols=ncols)
    return first + brk + second


# ---------------------------------------------------------------- section 四


def render_sec4(doc: Doc, r: R, rng: random.Random) -> str:
    heads = [r.label(h) for h in ("结果维持", "结果纠正", "其他结果", "尚未审结")] + [r.label("总计")]
    rows: list[str] = []
    if doc.opts["sec4_header"] == "official":
        rows.append(r.cell("行政复议", header=True, cs=5) + r.cell("行政诉讼", header=True, cs=10))
        rows.append("".join(r.cell(h, header=True, rs=2) for h in heads)
                    + r.cell("未经复议直接起诉", header=True, cs=5) + r.cell("复议后起诉", header=True, cs=5))
        rows.append("".join(r.cell(h, header=True) for h in heads * 2))
    else:
        rows.append(r.cell("行政复议", header=True, cs=5, rs=2) + r.cell("行政诉讼", header=True, cs=10))
        rows.append(r.cell("未经复议直接起诉", header=True, cs=5) + r.cell("复议后起诉", header=True, cs=5))
        rows.append("".join(r.cell(h, header=True) for h in heads * 3))
    cells = []
    for block in ("review", "litigation.direct", "litigation.after_review"):
        for k in ("upheld", "corrected", "other", "pending", "total"):
            cells.append(r.cell(render_num(doc, f"{block}.{k}", doc.sec4[f"{block}.{k}"], rng), numeric=True))
    rows.append("".join(cells))
    return r.table(rows, 3, ncols=15)


# ---------------------------------------------------------------- prose and chrome


def render_body(doc: Doc, r: R, rng: random.Random) -> str:
    y = doc.year
    name = doc.agency[0]
    lit_total = int(doc.sec4["litigation.direct.total"] + doc.sec4["litigation.after_review.total"])
    parts: list[str] = []
    parts.append(r.para(
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
        f"要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、"
        f"存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
        f"本报告电子版可在{name}门户网站下载。如对本报告有疑问，请与{doc.agency[1]}联系。"
    ))
    parts.append(r.heading(SEC_TITLES[0]))
    subs = ["（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）政府信息公开平台建设", "（五）监督保障"]
    texts = [
        f"{y}年，{name}坚持以公开为常态、不公开为例外，围绕重点领域信息公开，通过门户网站、政务新媒体等渠道及时发布"
        f"政策文件、财政预决算、重大建设项目等信息，并同步做好政策解读工作。",
        (f"严格落实依申请公开办理流程，全年共收到政府信息公开申请{doc.prose_received}件，均在法定期限内予以答复。"
         if doc.prose_received or rng.random() < 0.5 else "严格落实依申请公开办理流程，规范登记、审核、答复各环节。"),
        "开展政策文件清理，动态调整主动公开基本目录，严格落实信息发布前保密审查制度。",
        "优化政府信息公开专栏，统一栏目设置，完善政府信息公开指南和政府信息公开制度等内容。",
        "将政务公开工作纳入年度绩效考核，加强业务培训，未发生因政务公开工作不到位引发的责任追究情况。",
    ]
    for s, t in zip(subs, texts, strict=True):
        if rng.random() < 0.5:
            parts.append(r.para(f"{s}{t}"))
        else:
            parts.append(r.para(s))
            parts.append(r.para(t))
    parts.append(r.heading(SEC_TITLES[1]))
    parts.append(render_sec2(doc, r))
    parts.append(r.heading(SEC_TITLES[2]))
    parts.append(render_sec3(doc, r, rng))
    parts.append(r.heading(SEC_TITLES[3]))
    parts.append(render_sec4(doc, r, rng))
    if rng.random() < 0.5:
        parts.append(r.para(
            f"{y}年，本机关共发生政府信息公开行政复议{int(doc.sec4['review.total'])}件，行政诉讼{lit_total}件。"
        ))
    parts.append(r.heading(SEC_TITLES[4]))
    parts.append(r.para(
        f"{y}年，{name}政府信息公开工作取得了一定成效，但仍存在一些不足：一是政策解读形式较为单一；二是部分栏目更新不够及时。"
        f"下一步，将加强业务培训，提升公开质量，及时回应社会关切。"
    ))
    parts.append(r.heading(SEC_TITLES[5]))
    if doc.template == "t2021":
        parts.append(r.para(
            "依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。本年度办理人大代表建议和政协委员提案均已按要求公开答复。"
        ))
    else:
        parts.append(r.para("本年度无其他需要报告的事项。"))
    return "\n".join(parts)


def render_page(doc: Doc, rng: random.Random) -> None:
    style = str(doc.opts["style"])
    r = R(rng, "word" if style == "word" else "cms", float(doc.opts["variant_rate"]))
    body = render_body(doc, r, rng)
    name, short, code = doc.agency
    title = f"{name}{doc.year}年政府信息公开工作年度报告"
    pub = f"{doc.year + 1}-{rng.randint(1, 3):02d}-{rng.randint(10, 28):02d}"
    chrome = str(doc.opts["chrome"])
    n = 1000000 + doc.idx * 7919
    if chrome == "hanweb":
        url = f"http://www.example{doc.idx}.gov.cn/art/{pub.replace('-', '/').replace('/0', '/')}/art_1229{n % 9999}_{n}.html"
    elif chrome == "trs":
        ym = pub[:7].replace("-", "")
        url = f"http://www.example{doc.idx}.gov.cn/zwgk/zfxxgk/xxgknb/{ym}/t{pub.replace('-', '')}_{n}.html"
    elif chrome == "gkmlpt":
        url = f"http://www.example{doc.idx}.gov.cn/gkmlpt/content/{n % 97}/{n}/post_{n}.html"
    else:
        url = f"http://www.example{doc.idx}.gov.cn/openness/OpennessAnnualReport/show/{n % 99991}.html"
    meta_rows = [
        ("索引号", f"{code}/{doc.year + 1}-{rng.randint(10, 99999):05d}"),
        ("发布机构", short),
        ("发布日期", pub),
        ("分类", "政府信息公开年报"),
    ]
    if rng.random() < 0.5:
        meta = '<table class="xxgk_table"><tbody>' + "".join(
            f"<tr><th>{k}：</th><td>{v}</td></tr>" for k, v in meta_rows
        ) + "</tbody></table>"
    else:
        meta = '<div class="xxgk-info">' + "".join(f"<span>{k}：{v}</span>" for k, v in meta_rows) + "</div>"
    if style == "word":
        content = (
            "<div class=WordSection1 style='layout-grid:15.6pt'>"
            + f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt'>{title}"
            + "</span></b></p>" + body + "</div>"
        )
        wrap = rng.choice(['<div class="TRS_Editor"><div class="Custom_UnionStyle">{}</div></div>',
                           '<div id="zoom">{}</div>', '<div class="article-content">{}</div>'])
        content = wrap.format(content)
    elif style == "trs":
        content = f'<div class="TRS_Editor"><style>.TRS_Editor P{{line-height:2;}}</style>{body}</div>'
    else:
        content = f'<div id="zoom"><!--ZJEG_RSS.content.begin--><meta name="ContentStart">{body}' \
                  '<meta name="ContentEnd"><!--ZJEG_RSS.content.end--></div>'
    charset = str(doc.opts["charset_meta"])
    meta_charset = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />' if charset else ""
    if not charset:
        charset = "utf-8" if doc.opts["encoding"] == "utf-8" else "GBK"
    if doc.opts["layout_table"]:  # old TRS sites lay the whole article out in a layout table
        content = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
                   f'<td width="20"></td><td valign="top">{content}</td></tr></table>')
    site = f"{name[:3]}人民政府" if not name.endswith("人民政府") else name
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
{meta_charset}
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}"><meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{pub} 09:30">
<meta name="ColumnName" content="政府信息公开年报"><meta name="ContentSource" content="{short}">
<link rel="stylesheet" href="/images/css/style.css"/>
<script type="text/javascript" src="/script/jquery.min.js"></script>
<script>var _hmt = _hmt || []; window.pageInfo = {{webid: 1, columnid: 1229}};</script>
</head><body>
<div class="top"><a href="/">网站首页</a> | <a href="javascript:void(0)" onclick="toTraditional()">繁體版</a> |
<a href="/jrobot/search.do">无障碍浏览</a> | 今天是：<span id="today"></span></div>
<div class="header"><img src="/images/logo.png" alt="{site}"/><h2>{site}</h2></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1/">政务公开</a></li>
<li><a href="/col/col2/">政务服务</a></li><li><a href="/col/col3/">互动交流</a></li><li><a href="/col/col4/">走进{name[:2]}</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="../">政府信息公开年报</a></div>
<div class="main">{meta}
<h1 class="title">{title}</h1>
<div class="info">发布时间：{pub} &nbsp; 来源：{short} &nbsp; 浏览次数：<span id="hits">{rng.randint(20, 3000)}</span>
&nbsp; 字号：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
{content}
<div class="fj">附件：</div>
<div class="share"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="/art/x1.html">{name}{doc.year - 1}年政府信息公开工作年度报告</a></li>
<li><a href="/art/x2.html">{doc.year + 1}年政务公开工作要点</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：{site}办公室 &nbsp; 承办：{short}</p>
<p>网站标识码：{code}0012 &nbsp; ICP备案号：某ICP备05001234号 &nbsp; 公网安备 {code}02000123号</p>
<p><a href="/sitemap.html">网站地图</a> | <a href="/lxwm.html">联系我们</a></p></div>
<script type="text/javascript">document.getElementById("today").innerHTML = new Date().toLocaleDateString();</script>
</body></html>
"""
    enc = str(doc.opts["encoding"])
    doc.html = html
    doc.url = url
    doc.body = html.encode(enc)
    if doc.opts["http_charset"]:
        doc.headers = {"content-type": f"text/html; charset={charset}"}
    else:
        doc.headers = {"content-type": "text/html"}


# ---------------------------------------------------------------- generator

INJECTIONS = {  # doc index -> rule family that must fail
    7: "R1",
    15: "R2",
    22: "R3",
    29: "R4",
    36: "R5",
    43: "R6",
    50: "R6",
    55: "R9",
    59: "R10",
}


def build(idx: int) -> Doc:
    rng = random.Random(SEED * 1000 + idx)
    year = rng.choice([2019, 2020, 2021, 2022, 2023, 2024])
    template = "t2019" if year <= 2020 else "t2021"
    inject = INJECTIONS.get(idx)
    if inject == "R9":
        template, year = "t2021", 2022
    doc = Doc(idx=idx, year=year, template=template, agency=rng.choice(AGENCIES), inject=inject)
    quiet = rng.random() < 0.08 and inject is None
    doc.sec3 = gen_sec3(rng, template, quiet)
    if inject in ("R1", "R2", "R3", "R5") and doc.sec3["apply.outcome.granted"][0] < 2:
        # the injection needs a request or two in the natural-person column; keep R1-R3 true
        for key in ("apply.outcome.granted", "apply.outcome.total", "apply.received_new"):
            doc.sec3[key][0] += 2
            doc.sec3[key][6] += 2
    doc.sec4 = gen_sec4(rng)
    thousands = rng.random() < 0.2
    doc.sec2, doc.sec2_raw = gen_sec2(rng, template, thousands)
    style = rng.choice(["word", "word", "trs", "hanweb"])
    enc = rng.choice(["utf-8", "utf-8", "gb18030"])
    doc.opts = {
        "style": style,
        "chrome": rng.choice(["hanweb", "trs", "gkmlpt", "lonsun"]),
        "encoding": enc,
        "charset_meta": "utf-8" if enc == "utf-8" else rng.choice(["gb2312", "gbk", "GB18030"]),
        "http_charset": rng.random() < 0.5,
        "sec3_header": rng.choice(["official", "official", "two_row", "unmerged"]),
        "sec3_labels": rng.choice(["merged", "merged", "unmerged", "catrows"]),
        "sec4_header": rng.choice(["official", "official", "unmerged"]),
        "sec2_layout": rng.choice(["single", "single", "split"]),
        "variant_rate": rng.choice([0.0, 0.3, 0.6, 1.0]),
        "thousands": thousands,
        "org_subtotal": rng.random() < 0.15,
        "fullwidth": rng.random() < 0.1,
        "sec3_split": rng.choice(["none", "none", "none", "repeat", "plain"]),
        "layout_table": rng.random() < 0.3,
    }
    doc.opts["sec2_layout"] = rng.choice(["single", "single", "split", "outside"])
    if rng.random() < 0.12:  # no <meta> charset: only the HTTP header names it
        doc.opts["charset_meta"] = ""
        doc.opts["http_charset"] = True
    if inject == "R4":
        doc.opts["sec3_labels"] = "catrows"
    # printed category subtotals (only in the catrows layout; spec 2.2 "only if printed")
    if doc.opts["sec3_labels"] == "catrows":
        groups = [g for g, _, _ in GROUPS] + (["other"] if template == "t2021" else [])
        for g in groups:
            kids = [k for k in doc.sec3 if k.startswith(f"apply.outcome.{g}.")]
            doc.sec3[f"apply.outcome.{g}"] = [sum(doc.sec3[k][i] for k in kids) for i in range(7)]
    nonzero = any(v for vals in doc.sec3.values() for v in vals)
    if nonzero and doc.opts["sec3_labels"] != "catrows" and rng.random() < 0.25:
        doc.zero_flag = rng.choice(["blank", "dash", "slash"])
    # ---- the one injected inconsistency
    g3 = doc.sec3
    if inject == "R1":  # carried_out off by one in one column (row sums still right)
        g3["apply.carried_out"][0] += 1
        g3["apply.carried_out"][6] += 1
    elif inject == "R2":  # a leaf too large: outcome.total no longer the sum of outcomes
        g3["apply.outcome.granted"][0] += 1
        g3["apply.outcome.granted"][6] += 1
    elif inject == "R3":  # total column wrong on two rows; R1 still holds in the total column
        g3["apply.received_new"][6] += 1
        g3["apply.carried_out"][6] += 1
    elif inject == "R4":  # printed subtotal of （三）不予公开 off by one (its row sum still right)
        g3["apply.outcome.withheld"][0] += 1
        g3["apply.outcome.withheld"][6] += 1
    elif inject == "R5":  # a fractional cell; every sum still holds
        g3["apply.outcome.granted"][0] -= 0.5
        g3["apply.outcome.granted"][6] -= 0.5
        g3["apply.outcome.partial"][0] += 0.5
        g3["apply.outcome.partial"][6] += 0.5
    elif inject == "R6":
        block = "review" if idx == 43 else "litigation.after_review"
        doc.sec4[f"{block}.total"] += 1
    elif inject == "R9":  # yuan written into the 万元 column
        doc.sec2["active.admin_fee.amount"] = 38650.0
        doc.sec2_raw["active.admin_fee.amount"] = "38650"
    received = int(g3["apply.received_new"][6])
    doc.prose_received = received + (3 if inject == "R10" else 0)
    if inject == "R10":
        doc.prose_received = max(doc.prose_received, 3)
    render_page(doc, rng)
    doc.label = (
        f"doc{idx:02d}-{template}-{year}-{doc.opts['style']}-{doc.opts['sec3_header']}-{doc.opts['sec3_labels']}"
        f"-{doc.opts['encoding']}" + (f"-{doc.zero_flag}" if doc.zero_flag else "")
        + ("-col8" if doc.opts["org_subtotal"] else "") + ("-fullwidth" if doc.opts["fullwidth"] else "")
        + (f"-split-{doc.opts['sec3_split']}" if doc.opts["sec3_split"] != "none" else "")
        + ("-nometa" if not doc.opts["charset_meta"] else "") + f"-s2{doc.opts['sec2_layout']}" + (f"-INJECT-{inject}" if inject else "")
    )
    return doc


DOCS = [build(i) for i in range(N_DOCS)]


# ---------------------------------------------------------------- expectations


def expected_table_facts(doc: Doc) -> dict[str, float]:
    exp: dict[str, float] = dict(doc.sec2)
    for row, vals in doc.sec3.items():
        for i, v in enumerate(vals):
            exp[f"{row}.{COLS[i]}"] = v
    exp.update(doc.sec4)
    return exp


def family(rule: str) -> str:
    return rule.split(".")[0].split("_")[0]


_CACHE: dict[int, Report] = {}


def parsed(doc: Doc) -> Report:
    if doc.idx not in _CACHE:
        _CACHE[doc.idx] = parse_report([Fetched(doc.url, doc.body, doc.headers)])
    return _CACHE[doc.idx]


def close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) < 1e-6


# ---------------------------------------------------------------- tests


@pytest.mark.parametrize("idx", [pytest.param(d.idx, id=d.label) for d in DOCS])
def test_generated_report(idx: int) -> None:
    doc = DOCS[idx]
    rep = parsed(doc)
    assert rep.template == doc.template
    assert rep.year == doc.year
    assert rep.year_source == "period"
    assert not rep.tables_missing

    # every printed cell of 二/三/四 under its canonical key, from the table, and nothing else from the tables
    table = {f.key: f for f in rep.facts if f.source == "table"}
    exp = expected_table_facts(doc)
    missing = sorted(k for k in exp if k not in table)
    wrong = sorted(f"{k}: want {exp[k]} got {table[k].value} ({table[k].raw_value!r})"
                   for k in exp if k in table and not close(table[k].value, exp[k]))
    if doc.opts["org_subtotal"]:  # a printed 法人或其他组织小计 column may be kept, under the legal_entity suffix
        for row, vals in doc.sec3.items():
            key = f"{row}.legal_entity"
            if key in table:
                assert close(table[key].value, sum(vals[1:6])), (key, table[key].value)
                exp[key] = sum(vals[1:6])
    extra = sorted(k for k in table if k not in exp)
    assert not missing, f"{len(missing)} missing table facts, e.g. {missing[:8]}"
    assert not wrong, f"{len(wrong)} wrong values, e.g. {wrong[:6]}"
    assert not extra, f"unexpected table facts: {extra[:10]}"

    # blank / dash / slash cells are 0 with their flag (spec 2.7); plain numbers carry no flag
    for key in exp:
        want = doc.zero_flag if key in doc.zero_cells else None
        assert table[key].value_flag == want, (key, table[key].raw_value, table[key].value_flag)

    # derived headline keys (spec 2.6, 2.3)
    derived = {f.key: f for f in rep.facts if f.source == "derived"}
    want_derived = {
        "apply.received.total": doc.sec3["apply.received_new"][6],
        "litigation.total": doc.sec4["litigation.direct.total"] + doc.sec4["litigation.after_review.total"],
        "litigation.upheld": doc.sec4["litigation.direct.upheld"] + doc.sec4["litigation.after_review.upheld"],
        "litigation.corrected": doc.sec4["litigation.direct.corrected"] + doc.sec4["litigation.after_review.corrected"],
    }
    for key, want in want_derived.items():
        assert key in derived, f"derived {key} missing"
        assert close(derived[key].value, want), (key, derived[key].value, want)

    # consistency checks (spec 1(d)): the rules that apply are run; only the injected rule fails
    fams = {family(c.rule) for c in rep.checks}
    for need in ("R1", "R2", "R3", "R6"):
        assert need in fams, f"no {need} check run (rules seen: {sorted(fams)})"
    if doc.opts["sec3_labels"] == "catrows":
        assert "R4" in fams, "printed category subtotals but no R4 check"
    failing = sorted({family(c.rule) for c in rep.checks if not c.passed})
    details = [f"{c.rule}: {c.detail}" for c in rep.checks if not c.passed][:4]
    if doc.inject is None:
        assert failing == [], f"false alarm: {details}"
    else:
        assert failing == [doc.inject], f"want only {doc.inject} to fail, got {failing}: {details}"


def test_generator_is_deterministic_and_covers_the_variants() -> None:
    again = build(11)
    assert again.body == DOCS[11].body
    seen = {(d.template, d.opts["style"], d.opts["sec3_header"], d.opts["sec3_labels"]) for d in DOCS}
    assert {t for t, *_ in seen} == {"t2019", "t2021"}
    assert {s for _, s, _, _ in seen} == {"word", "trs", "hanweb"}
    assert {h for _, _, h, _ in seen} == {"official", "two_row", "unmerged"}
    assert {b for *_, b in seen} == {"merged", "unmerged", "catrows"}
    assert {d.opts["encoding"] for d in DOCS} == {"utf-8", "gb18030"}
    # the generated numbers satisfy R1-R3 and R6 before injection (self-check of the generator)
    for d in DOCS:
        if d.inject:
            continue
        g = d.sec3
        for i in range(7):
            assert g["apply.received_new"][i] + g["apply.carried_in"][i] == g["apply.outcome.total"][i] + g[
                "apply.carried_out"][i]
            leaves = sec3_leaf_rows(d.template)
            assert sum(g[r][i] for r in leaves) == g["apply.outcome.total"][i]
        for row in g.values():
            assert sum(row[:6]) == row[6]
        for b in ("review", "litigation.direct", "litigation.after_review"):
            assert sum(d.sec4[f"{b}.{k}"] for k in ("upheld", "corrected", "other", "pending")) == d.sec4[f"{b}.total"]
