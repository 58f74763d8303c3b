"""The canonical key vocabulary of spec section 2: every key a fact may carry, with labels and units.

Keys are lowercase ASCII, dot-separated, without Chinese, year or unit (spec 2.0). The same key is used
across templates only when the meaning is the same; `templates` lists where a key is printed or stated
('derived' keys are computed by pipelines.checks, not read).
"""

from __future__ import annotations

from dataclasses import dataclass

NEW = ("t2019", "t2021")
ALL_ERAS = ("e2008", "e2014", "t2019", "t2021")


@dataclass(frozen=True, slots=True)
class KeyInfo:
    key: str
    label_zh: str
    label_en: str
    unit: str | None  # the unit the template prints; None when it is printed per report (采购总金额)
    section: str  # first key segment: active, apply, review, litigation, response, complaint, fee, org, …
    templates: tuple[str, ...]  # templates whose tables or prose carry it
    description: str


# Section-三 columns (spec 2.0): suffix → (Chinese header, English label). legal_entity is derived.
APPLICANT_COLUMNS: dict[str, tuple[str, str]] = {
    "natural_person": ("自然人", "natural persons"),
    "business": ("商业企业", "businesses"),
    "research": ("科研机构", "research institutions"),
    "nonprofit": ("社会公益组织", "non-profit organisations"),
    "legal_service": ("法律服务机构", "legal service providers"),
    "other_org": ("其他", "other organisations"),
    "total": ("总计", "total"),
    "legal_entity": ("法人或其他组织", "legal persons and other organisations (sum of the five)"),
}

# Section-三 rows (spec 2.2): row key → (label, English, templates). Column suffixes are appended.
APPLY_ROWS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "apply.received_new": ("本年新收政府信息公开申请数量", "new requests received this year", NEW),
    "apply.carried_in": ("上年结转政府信息公开申请数量", "requests carried over from last year", NEW),
    "apply.outcome.granted": ("予以公开", "outcome: disclosed", NEW),
    "apply.outcome.partial": ("部分公开", "outcome: partly disclosed", NEW),
    "apply.outcome.withheld": ("不予公开", "outcome: withheld (category subtotal)", NEW),
    "apply.outcome.withheld.state_secret": ("属于国家秘密", "withheld: state secret", NEW),
    "apply.outcome.withheld.law_prohibited": ("其他法律行政法规禁止公开", "withheld: prohibited by other laws", NEW),
    "apply.outcome.withheld.security_stability": ("危及“三安全一稳定”", "withheld: endangers security or stability", NEW),
    "apply.outcome.withheld.third_party": ("保护第三方合法权益", "withheld: protects third-party rights", NEW),
    "apply.outcome.withheld.internal_affairs": ("属于三类内部事务信息", "withheld: internal affairs", NEW),
    "apply.outcome.withheld.process_info": ("属于四类过程性信息", "withheld: process information", NEW),
    "apply.outcome.withheld.enforcement_file": ("属于行政执法案卷", "withheld: enforcement case file", NEW),
    "apply.outcome.withheld.admin_query": ("属于行政查询事项", "withheld: administrative query matter", NEW),
    "apply.outcome.unavailable": ("无法提供", "outcome: cannot be provided (category subtotal)", NEW),
    "apply.outcome.unavailable.not_held": ("本机关不掌握相关政府信息", "unavailable: not held by this agency", NEW),
    "apply.outcome.unavailable.needs_creation": ("没有现成信息需要另行制作", "unavailable: would need to be created", NEW),
    "apply.outcome.unavailable.unclear": ("补正后申请内容仍不明确", "unavailable: still unclear after correction", NEW),
    "apply.outcome.not_processed": ("不予处理", "outcome: not processed (category subtotal)", NEW),
    "apply.outcome.not_processed.petition": ("信访举报投诉类申请", "not processed: petition or complaint", NEW),
    "apply.outcome.not_processed.duplicate": ("重复申请", "not processed: duplicate request", NEW),
    "apply.outcome.not_processed.publication": ("要求提供公开出版物", "not processed: asks for a publication", NEW),
    "apply.outcome.not_processed.mass_repeat": ("无正当理由大量反复申请", "not processed: mass repeated requests", NEW),
    "apply.outcome.not_processed.confirm_reissue": ("要求行政机关确认或重新出具已获取信息",
                                                    "not processed: asks to confirm or reissue information", NEW),
    "apply.outcome.other": ("其他处理", "outcome: other handling (2019 row; 2021 derived sum)", NEW),
    "apply.outcome.other.no_correction": ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                          "other: applicant did not correct in time", ("t2021",)),
    "apply.outcome.other.fee_unpaid": ("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                                       "other: fee not paid in time", ("t2021",)),
    "apply.outcome.other.misc": ("其他", "other: miscellaneous", ("t2021",)),
    "apply.outcome.total": ("总计", "outcomes total", NEW),
    "apply.carried_out": ("结转下年度继续办理", "requests carried over to next year", NEW),
}

# (key, label_zh, label_en, unit, templates, description)
_PLAIN: tuple[tuple[str, str, str, str | None, tuple[str, ...], str], ...] = (
    # §2.1 section 二
    ("active.regulation.issued", "规章 × 本年制发件数 / 本年新制作数量", "regulations issued this year", "件", NEW,
     "2021 本年制发件数; 2019 本年新制作数量"),
    ("active.regulation.repealed", "规章 × 本年废止件数", "regulations repealed this year", "件", ("t2021",), ""),
    ("active.regulation.in_force", "规章 × 现行有效件数", "regulations in force", "件", ("t2021",),
     "not comparable with the 2019 对外公开总数量"),
    ("active.regulation.published_new", "规章 × 本年新公开数量", "regulations newly published", "件", ("t2019",), ""),
    ("active.regulation.public_total", "规章 × 对外公开总数量", "regulations published in total", "件", ("t2019",),
     "cumulative; not the 2021 in-force count"),
    ("active.normative.issued", "行政规范性文件 × 本年制发件数 / 规范性文件 × 本年新制作数量",
     "normative documents issued this year", "件", NEW, ""),
    ("active.normative.repealed", "行政规范性文件 × 本年废止件数", "normative documents repealed", "件", ("t2021",), ""),
    ("active.normative.in_force", "行政规范性文件 × 现行有效件数", "normative documents in force", "件", ("t2021",), ""),
    ("active.normative.published_new", "规范性文件 × 本年新公开数量", "normative documents newly published", "件",
     ("t2019",), ""),
    ("active.normative.public_total", "规范性文件 × 对外公开总数量", "normative documents published in total", "件",
     ("t2019",), "cumulative"),
    ("active.permit.items_prev", "行政许可 × 上一年项目数量", "permit items last year", "项", ("t2019",), ""),
    ("active.permit.items_delta", "行政许可 × 本年增/减", "permit items change (signed)", "项", ("t2019",), ""),
    ("active.permit.decisions", "行政许可 × 本年处理决定数量", "permit decisions", "件", NEW, ""),
    ("active.other_service.items_prev", "其他对外管理服务事项 × 上一年项目数量", "other service items last year", "项",
     ("t2019",), ""),
    ("active.other_service.items_delta", "其他对外管理服务事项 × 本年增/减", "other service items change", "项",
     ("t2019",), ""),
    ("active.other_service.decisions", "其他对外管理服务事项 × 处理决定数量", "other service decisions", "件",
     ("t2019",), ""),
    ("active.penalty.items_prev", "行政处罚 × 上一年项目数量", "penalty items last year", "项", ("t2019",), ""),
    ("active.penalty.items_delta", "行政处罚 × 本年增/减", "penalty items change", "项", ("t2019",), ""),
    ("active.penalty.decisions", "行政处罚 × 本年处理决定数量", "penalty decisions", "件", NEW, ""),
    ("active.coercion.items_prev", "行政强制 × 上一年项目数量", "coercion items last year", "项", ("t2019",), ""),
    ("active.coercion.items_delta", "行政强制 × 本年增/减", "coercion items change", "项", ("t2019",), ""),
    ("active.coercion.decisions", "行政强制 × 本年处理决定数量", "coercion decisions", "件", NEW, ""),
    ("active.admin_fee.items_prev", "行政事业性收费 × 上一年项目数量", "fee items last year", "项", ("t2019",),
     "counts of fee items, not money"),
    ("active.admin_fee.items_delta", "行政事业性收费 × 本年增/减", "fee items change", "项", ("t2019",), ""),
    ("active.admin_fee.amount", "行政事业性收费 × 本年收费金额（单位：万元）", "administrative fees collected", "万元",
     ("t2021",), "money; not comparable with the 2019 item counts"),
    ("active.procurement.projects", "政府集中采购 × 采购项目数量", "central procurement projects", "个", ("t2019",), ""),
    ("active.procurement.amount", "政府集中采购 × 采购总金额", "central procurement amount", None, ("t2019",),
     "unit as printed (万元 or 元); the template prints none"),
    ("active.other_doc.issued", "其他主动公开文件 × 本年新制作数量", "other documents made (Hubei row)", "件",
     ("t2019",), "local Hubei row"),
    ("active.other_doc.published_new", "其他主动公开文件 × 本年新公开数量", "other documents newly published",
     "件", ("t2019",), "local Hubei row"),
    ("active.other_doc.public_total", "其他主动公开文件 × 对外公开总数量", "other documents published in total",
     "件", ("t2019",), "local Hubei row"),
    ("active.items_published_total", "政府信息公开发布总数量", "information items published (local line)", "条",
     ALL_ERAS, "local lines such as Jilin 2020; also prose totals"),
    # §2.3 headline litigation keys (printed in e2014, derived for t2019/t2021)
    ("litigation.total", "行政诉讼数量", "lawsuits", "件", ALL_ERAS,
     "e2014 printed; t2019/t2021 derived as direct.total + after_review.total"),
    ("litigation.upheld", "维持具体行政行为或者驳回原告诉讼请求数", "lawsuits: upheld", "件", ALL_ERAS,
     "t2019/t2021 derived"),
    ("litigation.corrected", "被依法纠错数", "lawsuits: corrected", "件", ALL_ERAS, "t2019/t2021 derived"),
    ("litigation.other", "其他情形数", "lawsuits: other result", "件", ("e2014",), ""),
    # §2.4 e2014 statistics table
    ("active.items_total", "主动公开政府信息数", "information items published proactively", "条", ALL_ERAS,
     "headline key; prose or e2014"),
    ("active.normative.published", "其中：主动公开规范性文件数", "normative documents published", "条", ("e2014",), ""),
    ("active.normative.issued_total", "制发规范性文件总数", "normative documents issued", "件", ("e2014",), ""),
    ("proposal.results_published", "人大代表建议和政协提案办理结果公开数", "proposal results published", "件",
     ("e2014", "t2021"), ""),
    ("active.channel.gazette", "政府公报公开政府信息数", "items via the government gazette", "条", ALL_ERAS,
     "prose may count issues (期)"),
    ("active.channel.website", "政府网站公开政府信息数", "items via the website", "条", ALL_ERAS, ""),
    ("active.channel.weibo", "政务微博公开政府信息数", "items via Weibo", "条", ALL_ERAS, ""),
    ("active.channel.wechat", "政务微信公开政府信息数", "items via WeChat", "条", ALL_ERAS, ""),
    ("active.channel.other", "其他方式公开政府信息数", "items via other channels", "条", ALL_ERAS, ""),
    ("active.channel.newmedia", "政务新媒体公开政府信息数", "items via new media", "条", ALL_ERAS, "prose"),
    ("response.hot_topics", "回应公众关注热点或重大舆情数", "responses to public concerns", "次", ("e2014",), ""),
    ("response.press_conf", "参加或举办新闻发布会总次数", "press conferences", "次", ("e2014",), ""),
    ("response.press_conf_by_head", "其中：主要负责同志参加新闻发布会次数", "press conferences with the head", "次",
     ("e2014",), ""),
    ("response.online_interviews", "政府网站在线访谈次数", "online interviews", "次", ("e2014",), ""),
    ("response.online_interviews_by_head", "其中：主要负责同志参加政府网站在线访谈次数",
     "online interviews with the head", "次", ("e2014",), ""),
    ("response.interpretations", "政策解读稿件发布数", "policy interpretations published", "篇", ALL_ERAS, ""),
    ("response.weibo_wechat_events", "微博微信回应事件数", "events answered on Weibo/WeChat", "次", ("e2014",), ""),
    ("response.other_events", "其他方式回应事件数", "events answered otherwise", "次", ("e2014",), ""),
    ("apply.received.total", "收到申请数", "requests received", "件", ALL_ERAS,
     "headline key; t2019/t2021 derived copy of apply.received_new.total"),
    ("apply.channel.in_person", "当面申请数", "requests in person", "件", ALL_ERAS, ""),
    ("apply.channel.fax", "传真申请数", "requests by fax", "件", ALL_ERAS, ""),
    ("apply.channel.online", "网络申请数", "requests online", "件", ALL_ERAS, ""),
    ("apply.channel.letter", "信函申请数", "requests by letter", "件", ALL_ERAS, ""),
    ("apply.channel.email", "电子邮件申请数", "requests by e-mail", "件", ("e2008", "e2014"), ""),
    ("apply.channel.phone", "电话申请数", "requests by phone", "件", ("e2008", "e2014"),
     "prose, or a local row of the statistics form"),
    ("apply.channel.other", "其他形式申请数", "requests by other means", "件", ("e2008",), ""),
    ("apply.closed.total", "申请办结数", "requests closed", "件", ("e2008", "e2014"), ""),
    ("apply.closed.on_time", "按时办结数", "closed on time", "件", ("e2008", "e2014"), ""),
    ("apply.closed.extended", "延期办结数", "closed after extension", "件", ("e2008", "e2014"), ""),
    ("apply.pending", "未办结数", "requests still open", "件", ("e2008", "e2014"), "prose"),
    ("apply.answer.total", "申请答复数", "requests answered", "件", ("e2008", "e2014"), ""),
    ("apply.answer.already_public", "属于已主动公开范围数", "answered: already public", "件", ("e2008", "e2014"), ""),
    ("apply.answer.granted", "同意公开答复数", "answered: granted", "件", ("e2008", "e2014"), ""),
    ("apply.answer.partial", "同意部分公开答复数", "answered: partly granted", "件", ("e2008", "e2014"), ""),
    ("apply.answer.denied", "不同意公开答复数", "answered: denied", "件", ("e2008", "e2014"), ""),
    ("apply.answer.denied.state_secret", "涉及国家秘密", "denied: state secret", "件", ("e2008", "e2014"), ""),
    ("apply.answer.denied.commercial_secret", "涉及商业秘密", "denied: commercial secret", "件", ("e2008", "e2014"),
     ""),
    ("apply.answer.denied.privacy", "涉及个人隐私", "denied: privacy", "件", ("e2008", "e2014"), ""),
    ("apply.answer.denied.security_stability", "危及国家安全、公共安全、经济安全和社会稳定",
     "denied: security or stability", "件", ("e2008", "e2014"), ""),
    ("apply.answer.denied.not_gov_info", "不是《条例》所指政府信息", "denied: not government information", "件",
     ("e2008", "e2014"), ""),
    ("apply.answer.denied.law_other", "法律法规规定的其他情形", "denied: other legal grounds", "件",
     ("e2008", "e2014"), ""),
    ("apply.answer.not_this_agency", "不属于本行政机关公开数", "answered: not this agency", "件", ("e2008", "e2014"),
     ""),
    ("apply.answer.not_exist", "申请信息不存在数", "answered: information does not exist", "件", ("e2008", "e2014"), ""),
    ("apply.answer.ask_correction", "告知作出更改补充数", "answered: asked to correct", "件", ("e2008", "e2014"), ""),
    ("apply.answer.other_channel", "告知通过其他途径办理数", "answered: referred elsewhere", "件", ("e2008", "e2014"),
     ""),
    ("apply.answer.withdrawn", "申请人撤回申请数", "requests withdrawn", "件", ALL_ERAS, "prose"),
    ("complaint.total", "举报投诉数量", "complaints", "件", ("e2008", "e2014"), "Anhui-style forms: 投诉数"),
    ("fee.request_fees", "依申请公开信息收取的费用", "fees charged for requests", "万元", ALL_ERAS,
     "headline key; unit as printed"),
    ("fee.none", "未收取费用", "no fees charged (stated)", None, ALL_ERAS, "prose; 0 with flag wu"),
    ("fee.info_processing", "信息处理费", "information processing fees", "元", ("t2021",), "prose of section 六"),
    ("org.dedicated_units", "政府信息公开工作专门机构数", "dedicated units", "个", ("e2014",), ""),
    ("org.reading_points", "设置政府信息公开查阅点数", "reading points", "个", ALL_ERAS, ""),
    ("org.staff_total", "从事政府信息公开工作人员数", "disclosure staff", "人", ALL_ERAS, ""),
    ("org.staff_fulltime", "专职人员数", "full-time staff", "人", ("e2014",), ""),
    ("org.staff_parttime", "兼职人员数", "part-time staff", "人", ("e2014",), ""),
    ("org.budget", "政府信息公开专项经费", "dedicated budget", "万元", ("e2014",), ""),
    ("training.meetings", "召开政府信息公开工作会议或专题会议数", "meetings", "次", ("e2014",), ""),
    ("training.courses", "举办各类培训班数", "training courses", "次", ("e2014",), ""),
    ("training.trainees", "接受培训人员数", "trainees", "人次", ("e2014",), ""),
    ("proposal.npc_published", "人大代表建议办理情况", "NPC deputies' suggestions published", "条", ALL_ERAS, "prose"),
    ("proposal.cppcc_published", "政协委员提案办理情况", "CPPCC members' proposals published", "条", ALL_ERAS, "prose"),
    ("active.items_fulltext_e_pct", "全文电子化率", "share of items in full electronic text", "%", ("e2008",),
     "prose"),
    # pre-2014 (Shanghai-style) extras
    ("active.items_fulltext_e", "其中：全文电子化的主动公开信息数", "items in full electronic text", "条", ("e2008",), ""),
    ("active.normative.new", "新增的行政规范性文件数", "new normative documents", "件", ("e2008",), ""),
    ("active.service_info", "提供服务类信息数", "service information items", "条", ("e2008",), ""),
    ("portal.column_pv", "网站专栏页面访问量", "disclosure column page views", "人次", ("e2008",), ""),
    ("consult.onsite", "现场接待人数", "on-site consultations", "人次", ("e2008",), ""),
    ("consult.online", "网上咨询数", "online consultations", "次", ("e2008",), ""),
    ("consult.phone", "咨询电话接听数", "phone consultations", "次", ("e2008",), ""),
    ("apply.catalog_items", "依申请公开信息目录数", "request catalogue entries", "条", ("e2008",), ""),
    ("apply.answer.unclear", "申请内容不明确", "answered: request unclear", "件", ("e2008",), ""),
    *(
        (f"apply.answer.exempt_{n}", f"免予公开范围{n}", f"answered: exemption {n}", "件", ("e2008",), "")
        for n in range(1, 7)
    ),
    ("apply.answer.other_reason", "其它原因", "answered: other reason", "件", ("e2008",), ""),
    ("appeal.total", "行政申诉数", "administrative appeals", "件", ("e2008",), ""),
    ("appeal.first_handling_unsatisfied", "其中：对本部门首次处理不满意的行政申诉数",
     "appeals after unsatisfying first handling", "件", ("e2008",), ""),
)

# Section 四 blocks (spec 2.3): block key → (Chinese, English); column suffix → (Chinese, English).
REVIEW_BLOCKS: dict[str, tuple[str, str]] = {
    "review": ("行政复议", "administrative reviews"),
    "litigation.direct": ("行政诉讼 › 未经复议直接起诉", "lawsuits without prior review"),
    "litigation.after_review": ("行政诉讼 › 复议后起诉", "lawsuits after review"),
}
REVIEW_COLUMNS: dict[str, tuple[str, str]] = {
    "upheld": ("结果维持", "upheld"),
    "corrected": ("结果纠正", "corrected"),
    "other": ("其他结果", "other result"),
    "pending": ("尚未审结", "pending"),
    "total": ("总计", "total"),
}


def _build() -> dict[str, KeyInfo]:
    vocabulary: dict[str, KeyInfo] = {}

    def add(key: str, zh: str, en: str, unit: str | None, templates: tuple[str, ...], description: str) -> None:
        vocabulary[key] = KeyInfo(key, zh, en, unit, key.split(".", 1)[0], templates, description)

    for key, zh, en, unit, templates, description in _PLAIN:
        add(key, zh, en, unit, templates, description)
    for row, (row_zh, row_en, templates) in APPLY_ROWS.items():
        for suffix, (col_zh, col_en) in APPLICANT_COLUMNS.items():
            derived = suffix == "legal_entity"
            add(f"{row}.{suffix}", f"{row_zh} × {col_zh}", f"{row_en} — {col_en}", "件", templates,
                "derived: sum of the five organisation columns" if derived else "section 三 cell")
    for block, (block_zh, block_en) in REVIEW_BLOCKS.items():
        for suffix, (col_zh, col_en) in REVIEW_COLUMNS.items():
            # review.* is also an e2014 row (四、行政复议数量 …) and a prose figure
            templates = ALL_ERAS if block == "review" else NEW
            add(f"{block}.{suffix}", f"{block_zh} × {col_zh}", f"{block_en}: {col_en}", "件", templates,
                "section 四 cell")
    return vocabulary


KEY_VOCABULARY: dict[str, KeyInfo] = _build()


def is_known_key(key: str) -> bool:
    return key in KEY_VOCABULARY
