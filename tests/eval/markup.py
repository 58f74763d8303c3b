"""HTML statistics tables as portals print them (spec 1(b), 1(c), 1(a) and the variants of 2.7), each with the
facts a reader must find in it: key → (value, printed cell text)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from html import escape

from pipelines.keys import REVIEW_BLOCKS, REVIEW_COLUMNS

from .figures import CATEGORY_CHILDREN, COLUMNS, Figures

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(slots=True)
class Style:
    """The markup and label variants one page uses (spec 2.7)."""

    rng: random.Random
    header_tag: str = "td"  # th | td
    wrap: str = "none"  # none | p: <p><span> | word: Word-export <p class=MsoNormal> with <o:p>
    br_headers: bool = False  # header words broken by <br> ("结果<br>维持")
    spaced: bool = False  # "商 业 企 业", "结果 维持"
    space: str = " "  # the space those words print: ASCII, &nbsp; or the ideographic space
    total_word: str = "总计"  # 总计 | 合计
    quotes: str = "“”"  # “” | "" | (none)
    truncated_partial: bool = False  # "（二）部分公开" without its note
    half_width_parens: bool = False  # "(三) 不予公开"
    full_width: float = 0.0  # share of numbers printed in full-width digits
    zero_forms: tuple[str, ...] = ("0",)  # how a zero is printed: 0, blank, —, -, /
    thousands: str = ""  # "" | "," | "，": 1,234 or 1，234
    subtotal_column: bool = False  # an extra 法人或其他组织小计 column in section 三
    subtotal_rows: str = "none"  # none | printed | blank: category rows of section 三
    split_s3: str = "none"  # none | header | middle | repeat_header: section 三 printed as two tables
    s4_transposed: bool = False  # section 四 as 15 rows × 1 value column
    s2_single_table: bool = True  # section 二 in one table with caption rows (else one table per caption)
    s3_label_columns: int = 3  # 3 (spec drawing) | 2 (category and item labels share one column)
    s4_flat_header: bool = False  # section 四 header without rowspans (blank cells under 行政复议)
    s3_applicant_row: bool = True  # the 申请人情况 header row (some pages start at 自然人)
    ghost_column: bool = False  # an empty trailing cell on every row
    s2_local: bool = False  # section 二 with local notes, rows and lines (Hubei, Jilin)
    e2014_units: bool = True  # the 单位 column (else units only in the labels)


@dataclass(slots=True)
class Table:
    html: str
    cells: dict[str, tuple[float, str]] = field(default_factory=dict)  # key → (value, printed text)


def printed(style: Style, value: float, signed: bool = False) -> str:
    """A value as the page prints it: zero forms, 1,234, full-width digits, +3/-8."""
    if value == 0:
        return style.rng.choice(style.zero_forms)
    if float(value).is_integer():
        number = int(value)
        text = f"{number:,}".replace(",", style.thousands) if style.thousands and abs(number) >= 1000 else str(number)
        text = f"+{text}" if signed and number > 0 and style.rng.random() < 0.5 else text
    else:
        text = f"{value:g}"
    return text.translate(_FULL_WIDTH) if style.rng.random() < style.full_width else text


def _label(style: Style, text: str) -> str:
    if style.half_width_parens:
        text = text.replace("（", "(").replace("）", ") ")
    return text


def _spaced(style: Style, word: str) -> str:
    return style.space.join(word) if style.spaced and len(word) <= 6 else word


def _cell(style: Style, text: str, *, header: bool = False, rowspan: int = 1, colspan: int = 1) -> str:
    tag = style.header_tag if header else "td"
    spans = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    if text == "\xa0":
        inner = "&nbsp;"
    elif header and style.br_headers and 4 <= len(text) <= 6:
        inner = f"{escape(text[:2])}<br>{escape(text[2:])}"
    else:
        inner = escape(text, quote=False).replace("\xa0", "&nbsp;")
    if style.wrap == "p" and text:
        inner = f"<p><span>{inner}</span></p>"
    elif style.wrap == "word":  # Word's HTML export, conditional comment included
        inner = (f'<p class="MsoNormal" align="center" style="text-align:center"><!--[if gte mso 9]><xml>'
                 f'<w:WordDocument></w:WordDocument></xml><![endif]--><span lang="EN-US" '
                 f'style="font-size:10.5pt;font-family:宋体">{inner}<o:p></o:p></span></p>')
    return f"<{tag}{spans}>{inner}</{tag}>"


def _table(style: Style, rows: list[str]) -> str:
    ghost = '<td width="0"></td>' if style.ghost_column else ""  # Word exports: an empty sliver column
    body = "\n".join(f"<tr>{row}{ghost}</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="0" width="100%">\n<tbody>\n{body}\n</tbody>\n</table>'


# ------------------------------------------------------------------ section 二

_S2_2021 = (
    ("第二十条第（一）项", ("本年制发件数", "本年废止件数", "现行有效件数"),
     (("规章", "regulation"), ("行政规范性文件", "normative")), ("issued", "repealed", "in_force")),
    ("第二十条第（五）项", ("本年处理决定数量",), (("行政许可", "permit"),), ("decisions",)),
    ("第二十条第（六）项", ("本年处理决定数量",), (("行政处罚", "penalty"), ("行政强制", "coercion")), ("decisions",)),
    ("第二十条第（八）项", ("本年收费金额（单位：万元）",), (("行政事业性收费", "admin_fee"),), ("amount",)),
)
_S2_2019 = (
    ("第二十条第（一）项", ("本年新制作数量", "本年新公开数量", "对外公开总数量"),
     (("规章", "regulation"), ("规范性文件", "normative")), ("issued", "published_new", "public_total")),
    ("第二十条第（五）项", ("上一年项目数量", "本年增/减", "处理决定数量"),
     (("行政许可", "permit"), ("其他对外管理服务事项", "other_service")), ("items_prev", "items_delta", "decisions")),
    ("第二十条第（六）项", ("上一年项目数量", "本年增/减", "处理决定数量"),
     (("行政处罚", "penalty"), ("行政强制", "coercion")), ("items_prev", "items_delta", "decisions")),
    ("第二十条第（八）项", ("上一年项目数量", "本年增/减"), (("行政事业性收费", "admin_fee"),), ("items_prev", "items_delta")),
    ("第二十条第（九）项", ("采购项目数量", "采购总金额"), (("政府集中采购", "procurement"),), ("projects", "amount")),
)
_S2_SPLIT_WORDS = {"本年新制作数量": "本年新 制作数量", "上一年项目数量": "上一年项目 数量", "处理决定数量": "处理决定 数量"}


# Local additions seen in the wild (spec 1(b)): Hubei notes inside the headers and its 其他主动公开文件 row.
_S2_NOTES = {"本年增/减": "本年增/减(指本年增加或减少的事项数,减用负值表示,如-8)", "处理决定数量": "处理决定数量(指本年办件量)",
             "本年收费金额（单位：万元）": "本年收费金额(万元)"}


def _s2_blocks(style: Style, template: str) -> list[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...],
                                                        tuple[str, ...]]]:
    blocks = list(_S2_2021 if template == "t2021" else _S2_2019)
    if style.s2_local and template == "t2019":
        caption, headers, subjects, fields = blocks[0]
        blocks[0] = (caption, headers, (*subjects, ("其他主动公开文件", "other_doc")), fields)
    if style.s2_local:
        blocks = [(c, tuple(_S2_NOTES.get(h, h) for h in headers), subjects, fields)
                  for c, headers, subjects, fields in blocks]
    return blocks


def section2(style: Style, figures: Figures, template: str, year: int) -> list[Table]:
    """Section 二: one table with caption rows, or one small table per caption (2019: five, 2021: four);
    local pages add Hubei's notes and row, and Jilin's 发布总数量 line."""
    width = 4
    tables: list[Table] = []
    for caption, headers, subjects, fields in _s2_blocks(style, template):
        rows = [_cell(style, caption, header=True, colspan=width)]
        span = (width - 1) // len(headers)
        head = [_S2_SPLIT_WORDS.get(h, h) if style.spaced else h for h in headers]
        rows.append(_cell(style, "信息内容", header=True)
                    + "".join(_cell(style, h, header=True, colspan=span + (i == len(head) - 1) * (3 - span * len(head)))
                              for i, h in enumerate(head)))
        table = Table("")
        for label, subject in subjects:
            cells = []
            for i, name in enumerate(fields):
                key = f"active.{subject}.{name}"
                text = printed(style, figures[key], signed=name == "items_delta")
                table.cells[key] = (figures[key], text)
                cells.append(_cell(style, text, colspan=span + (i == len(fields) - 1) * (3 - span * len(fields))))
            rows.append(_cell(style, label) + "".join(cells))
        table.html = "\n".join(rows)
        tables.append(table)
    if style.s2_local and template == "t2019":
        total = figures["active.items_published_total"]
        line = f"{year}年本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):{total:g}"
        tables[-1].html += "\n" + _cell(style, line, colspan=width)
        tables[-1].cells["active.items_published_total"] = (total, str(total))
    if style.s2_single_table:
        merged = Table(_table(style, [r for t in tables for r in t.html.split("\n")]))
        for t in tables:
            merged.cells.update(t.cells)
        return [merged]
    for t in tables:
        t.html = _table(style, t.html.split("\n"))
    return tables


# ------------------------------------------------------------------ section 三

_CATEGORY_LABELS = {"withheld": "（三）不予公开", "unavailable": "（四）无法提供", "not_processed": "（五）不予处理",
                    "other": "（六）其他处理"}
_CHILD_LABELS = {
    "state_secret": "1.属于国家秘密", "law_prohibited": "2.其他法律行政法规禁止公开",
    "security_stability": "3.危及{q0}三安全一稳定{q1}", "third_party": "4.保护第三方合法权益",
    "internal_affairs": "5.属于三类内部事务信息", "process_info": "6.属于四类过程性信息",
    "enforcement_file": "7.属于行政执法案卷", "admin_query": "8.属于行政查询事项",
    "not_held": "1.本机关不掌握相关政府信息", "needs_creation": "2.没有现成信息需要另行制作",
    "unclear": "3.补正后申请内容仍不明确",
    "petition": "1.信访举报投诉类申请", "duplicate": "2.重复申请", "publication": "3.要求提供公开出版物",
    "mass_repeat": "4.无正当理由大量反复申请", "confirm_reissue": "5.要求行政机关确认或重新出具已获取信息",
    "no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "fee_unpaid": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "misc": "3.其他",
}
_ORG_HEADERS = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")


def _s3_header(style: Style) -> list[str]:
    orgs = len(_ORG_HEADERS) + style.subtotal_column
    corner = _cell(style, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", header=True,
                   rowspan=2 + style.s3_applicant_row, colspan=style.s3_label_columns)
    applicant = [corner + _cell(style, "申请人情况", header=True, colspan=orgs + 2)] if style.s3_applicant_row else []
    return [
        *applicant,
        ("" if style.s3_applicant_row else corner) + _cell(style, _spaced(style, "自然人"), header=True, rowspan=2)
        + _cell(style, "法人或其他组织", header=True, colspan=orgs)
        + _cell(style, _spaced(style, style.total_word), header=True, rowspan=2),
        "".join(_cell(style, _spaced(style, h), header=True) for h in _ORG_HEADERS)
        + (_cell(style, "法人或其他组织小计", header=True) if style.subtotal_column else ""),
    ]


def _s3_values(style: Style, figures: Figures, row: str, table: Table, *, subtotal: bool = False) -> str:
    """The value cells of one row; a category subtotal row counts as facts only when it prints a number."""
    if subtotal and style.subtotal_rows == "blank":
        return "".join(_cell(style, "") for _ in range(len(COLUMNS) + style.subtotal_column))
    texts = {c: printed(style, figures[f"{row}.{c}"]) for c in COLUMNS}
    if not subtotal or any(ch.isdigit() for t in texts.values() for ch in t):
        table.cells.update({f"{row}.{c}": (figures[f"{row}.{c}"], texts[c]) for c in COLUMNS})
    cells = [_cell(style, texts[c]) for c in COLUMNS]
    if style.subtotal_column:
        organisations = sum(figures[f"{row}.{c}"] for c in COLUMNS[1:6])
        cells.insert(6, _cell(style, printed(style, organisations)))
    return "".join(cells)


def _s3_label_rows(style: Style, template: str) -> list[tuple[str, list[str], bool]]:
    """(row key, label cells, is a category subtotal row) for the outcome rows: level-2 and level-3 labels in
    two columns (category cell spanning its items), or in one column with the category as its own row."""
    q0, q1 = (style.quotes[0], style.quotes[1]) if style.quotes else ("", "")
    partial = "（二）部分公开" if style.truncated_partial else "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    width = style.s3_label_columns - 1
    rows: list[tuple[str, list[str], bool]] = [
        ("apply.outcome.granted", [_cell(style, _label(style, "（一）予以公开"), colspan=width)], False),
        ("apply.outcome.partial", [_cell(style, _label(style, partial), colspan=width)], False),
    ]
    for category, children in CATEGORY_CHILDREN.items():
        label = _label(style, _CATEGORY_LABELS[category])
        if category == "other" and template == "t2019":
            rows.append(("apply.outcome.other", [_cell(style, label, colspan=width)], False))
            continue
        child_labels = [_CHILD_LABELS[c].format(q0=q0, q1=q1) for c in children]
        keys = [f"apply.outcome.{category}.{c}" for c in children]
        if style.subtotal_rows == "none":
            rows.append((keys[0], [_cell(style, label, rowspan=len(children)), _cell(style, child_labels[0])], False))
            rows += [(k, [_cell(style, text)], False) for k, text in zip(keys[1:], child_labels[1:], strict=True)]
        else:
            rows.append((f"apply.outcome.{category}", [_cell(style, label, colspan=width)], True))
            rows += [(k, [_cell(style, text, colspan=width)], False) for k, text in zip(keys, child_labels, strict=True)]
    total = "（七）总计" if style.total_word == "总计" else "（七）合计"
    rows.append(("apply.outcome.total", [_cell(style, _label(style, total), colspan=width)], False))
    return rows


def section3(style: Style, figures: Figures, template: str) -> Table:
    """Section 三: the 3-row header of spec 1(c), label cells over three (or two) columns, 7 (or 8) value
    columns; optionally cut into two tables (header apart, or a page break in the middle)."""
    table = Table("")
    width = style.s3_label_columns
    outcome = _s3_label_rows(style, template)
    rows = [
        _cell(style, "一、本年新收政府信息公开申请数量", colspan=width)
        + _s3_values(style, figures, "apply.received_new", table),
        _cell(style, "二、上年结转政府信息公开申请数量", colspan=width)
        + _s3_values(style, figures, "apply.carried_in", table),
    ]
    for i, (key, labels, is_subtotal) in enumerate(outcome):
        head = _cell(style, "三、本年度办理结果", rowspan=len(outcome)) if i == 0 else ""
        rows.append(head + "".join(labels) + _s3_values(style, figures, key, table, subtotal=is_subtotal))
    rows.append(_cell(style, "四、结转下年度继续办理", colspan=width)
                + _s3_values(style, figures, "apply.carried_out", table))
    header = _s3_header(style)
    if style.split_s3 == "header":
        table.html = _table(style, header) + "\n<p></p>\n" + _table(style, rows)
    elif style.split_s3 in ("middle", "repeat_header"):  # a page break; the header may be printed again
        cut = style.rng.randint(6, 18)
        again = header if style.split_s3 == "repeat_header" else []
        table.html = _table(style, header + rows[:cut]) + "\n<p>（续表）</p>\n" + _table(style, again + rows[cut:])
    else:
        table.html = _table(style, header + rows)
    return table


# ------------------------------------------------------------------ section 四

_S4_COLUMNS = {"upheld": "结果维持", "corrected": "结果纠正", "other": "其他结果", "pending": "尚未审结", "total": "总计"}
_S4_BLOCKS = {"litigation.direct": "未经复议直接起诉", "litigation.after_review": "复议后起诉"}


def _s4_word(style: Style, column: str) -> str:
    word = _S4_COLUMNS[column]
    return f"{word[:2]}{style.space}{word[2:]}" if style.spaced and len(word) == 4 else word


def section4(style: Style, figures: Figures) -> Table:
    """Section 四: 行政复议 (5) | 行政诉讼 › 未经复议直接起诉 (5) | 复议后起诉 (5), one value row, or transposed."""
    table = Table("")
    keys = [f"{b}.{c}" for b in REVIEW_BLOCKS for c in REVIEW_COLUMNS]
    texts = {k: printed(style, figures[k]) for k in keys}
    table.cells = {k: (figures[k], texts[k]) for k in keys}
    if style.s4_transposed:
        rows = [_cell(style, "项目", header=True, colspan=3) + _cell(style, "数量（件）", header=True)]
        for block in REVIEW_BLOCKS:
            for i, column in enumerate(REVIEW_COLUMNS):
                key = f"{block}.{column}"
                if block == "review":
                    head = _cell(style, "行政复议", rowspan=5, colspan=2) if i == 0 else ""
                else:
                    head = (_cell(style, "行政诉讼", rowspan=10) if block == "litigation.direct" and i == 0 else "")
                    head += _cell(style, _S4_BLOCKS[block], rowspan=5) if i == 0 else ""
                rows.append(head + _cell(style, _s4_word(style, column)) + _cell(style, texts[key]))
        table.html = _table(style, rows)
        return table
    blocks = "".join(_cell(style, name, header=True, colspan=5) for name in _S4_BLOCKS.values())
    if style.s4_flat_header:  # Word exports: blank cells under 行政复议, all 15 result words on one row
        words = [_cell(style, "", header=True) * 5 + blocks,
                 "".join(_cell(style, _s4_word(style, c), header=True) for _ in range(3) for c in REVIEW_COLUMNS)]
    else:
        words = ["".join(_cell(style, _s4_word(style, c), header=True, rowspan=2) for c in REVIEW_COLUMNS) + blocks,
                 "".join(_cell(style, _s4_word(style, c), header=True) for _ in _S4_BLOCKS for c in REVIEW_COLUMNS)]
    top = [_cell(style, "行政复议", header=True, colspan=5) + _cell(style, "行政诉讼", header=True, colspan=10)]
    if style.s4_flat_header and style.rng.random() < 0.5:  # no 行政诉讼 super-header: the blocks say it
        top, words[0] = [], _cell(style, "行政复议", header=True, colspan=5) + blocks
    rows = [*top, *words, "".join(_cell(style, texts[k]) for k in keys)]
    table.html = _table(style, rows)
    return table


# ------------------------------------------------------------------ e2014 统计表

E2014_ROWS: tuple[tuple[str, str | None, str | None], ...] = (
    ("一、主动公开情况", None, None),
    ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", "active.items_total"),
    ("其中：主动公开规范性文件数", "条", "active.normative.published"),
    ("制发规范性文件总数", "件", "active.normative.issued_total"),
    ("人大代表建议和政协提案办理结果公开数", "件", "proposal.results_published"),
    ("（二）通过不同渠道和方式公开政府信息的情况", None, None),
    ("1.政府公报公开政府信息数", "条", "active.channel.gazette"),
    ("2.政府网站公开政府信息数", "条", "active.channel.website"),
    ("3.政务微博公开政府信息数", "条", "active.channel.weibo"),
    ("4.政务微信公开政府信息数", "条", "active.channel.wechat"),
    ("5.其他方式公开政府信息数", "条", "active.channel.other"),
    ("二、回应解读情况", None, None),
    ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", "response.hot_topics"),
    ("（二）通过不同渠道和方式回应解读的情况", None, None),
    ("1.参加或举办新闻发布会总次数", "次", "response.press_conf"),
    ("其中：主要负责同志参加新闻发布会次数", "次", "response.press_conf_by_head"),
    ("2.政府网站在线访谈次数", "次", "response.online_interviews"),
    ("其中：主要负责同志参加政府网站在线访谈次数", "次", "response.online_interviews_by_head"),
    ("3.政策解读稿件发布数", "篇", "response.interpretations"),
    ("4.微博微信回应事件数", "次", "response.weibo_wechat_events"),
    ("5.其他方式回应事件数", "次", "response.other_events"),
    ("三、依申请公开情况", None, None),
    ("（一）收到申请数", "件", "apply.received.total"),
    ("1.当面申请数", "件", "apply.channel.in_person"),
    ("2.传真申请数", "件", "apply.channel.fax"),
    ("3.网络申请数", "件", "apply.channel.online"),
    ("4.信函申请数", "件", "apply.channel.letter"),
    ("（二）申请办结数", "件", "apply.closed.total"),
    ("1.按时办结数", "件", "apply.closed.on_time"),
    ("2.延期办结数", "件", "apply.closed.extended"),
    ("（三）申请答复数", "件", "apply.answer.total"),
    ("1.属于已主动公开范围数", "件", "apply.answer.already_public"),
    ("2.同意公开答复数", "件", "apply.answer.granted"),
    ("3.同意部分公开答复数", "件", "apply.answer.partial"),
    ("4.不同意公开答复数", "件", "apply.answer.denied"),
    ("其中：涉及国家秘密", "件", "apply.answer.denied.state_secret"),
    ("涉及商业秘密", "件", "apply.answer.denied.commercial_secret"),
    ("涉及个人隐私", "件", "apply.answer.denied.privacy"),
    ("危及国家安全、公共安全、经济安全和社会稳定", "件", "apply.answer.denied.security_stability"),
    ("不是《条例》所指政府信息", "件", "apply.answer.denied.not_gov_info"),
    ("法律法规规定的其他情形", "件", "apply.answer.denied.law_other"),
    ("5.不属于本行政机关公开数", "件", "apply.answer.not_this_agency"),
    ("6.申请信息不存在数", "件", "apply.answer.not_exist"),
    ("7.告知作出更改补充数", "件", "apply.answer.ask_correction"),
    ("8.告知通过其他途径办理数", "件", "apply.answer.other_channel"),
    ("四、行政复议数量", "件", "review.total"),
    ("（一）维持具体行政行为数", "件", "review.upheld"),
    ("（二）被依法纠错数", "件", "review.corrected"),
    ("（三）其他情形数", "件", "review.other"),
    ("五、行政诉讼数量", "件", "litigation.total"),
    ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", "litigation.upheld"),
    ("（二）被依法纠错数", "件", "litigation.corrected"),
    ("（三）其他情形数", "件", "litigation.other"),
    ("六、举报投诉数量", "件", "complaint.total"),
    ("七、依申请公开信息收取的费用", "万元", "fee.request_fees"),
    ("八、机构建设和保障经费情况", None, None),
    ("（一）政府信息公开工作专门机构数", "个", "org.dedicated_units"),
    ("（二）设置政府信息公开查阅点数", "个", "org.reading_points"),
    ("（三）从事政府信息公开工作人员数", "人", "org.staff_total"),
    ("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", "org.staff_fulltime"),
    ("2.兼职人员数", "人", "org.staff_parttime"),
    ("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元", "org.budget"),
    ("九、政府信息公开会议和培训情况", None, None),
    ("（一）召开政府信息公开工作会议或专题会议数", "次", "training.meetings"),
    ("（二）举办各类培训班数", "次", "training.courses"),
    ("（三）接受培训人员数", "人次", "training.trainees"),
)
# Label variants seen on local forms (spec 2.7).
_E2014_VARIANTS = {"3.网络申请数": "3.网上申请数", "4.不同意公开答复数": "4.不予公开答复数"}
LOCAL_COLUMNS = ("区政府", "区直单位", "乡镇街道")


def e2014_table(style: Style, columns: list[Figures], sum_word: str | None, agency: str) -> Table:
    """The 政府信息公开情况统计表: one 统计数 column, or a local form's several columns (plus 合计/总计 when
    `sum_word` is given). The fact of a row is the 合计 column, else the first value column."""
    table = Table("")
    names = ["统计数"] if len(columns) == 1 else [*LOCAL_COLUMNS[:len(columns)], *([sum_word] if sum_word else [])]
    width = 1 + style.e2014_units + len(names)
    rows = [_cell(style, "政府信息公开情况统计表", header=True, colspan=width),
            _cell(style, f"填报单位（盖章）：{agency}", colspan=width),
            _cell(style, "统计指标", header=True) + (_cell(style, "单位", header=True) if style.e2014_units else "")
            + "".join(_cell(style, n, header=True) for n in names)]
    variants = style.spaced  # pages that space their words also print the local label variants
    for label, unit, key in E2014_ROWS:
        text = _E2014_VARIANTS.get(label, label) if variants else label
        if key is None:
            rows.append(_cell(style, _label(style, text)) + (_cell(style, "—") if style.e2014_units else "")
                        + "".join(_cell(style, "") for _ in names))
            continue
        values = [c[key] for c in columns] + ([sum(c[key] for c in columns)] if sum_word else [])
        texts = [printed(style, v) for v in values]
        chosen = len(values) - 1 if sum_word else 0
        table.cells[key] = (values[chosen], texts[chosen])
        label = _label(style, text) if style.e2014_units else f"{_label(style, text)}（{unit}）"
        rows.append(_cell(style, label) + (_cell(style, unit or "") if style.e2014_units else "")
                    + "".join(_cell(style, t) for t in texts))
    rows.append(_cell(style, "单位负责人：张明", colspan=2) + _cell(style, "审核人：李华")
                + _cell(style, "填报人：王芳　联系电话：0431-89177997　填报日期：1月20日", colspan=width - 3))
    table.html = _table(style, rows)
    return table
