"""Report titles (spec 3.2): the agency/year/edition skeleton, and the look-alikes of spec 3.3."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .normalize import by_first_character, nfkc, strip_pinyin_glosses, to_simplified

# 信息公开工作年度报告, …年度工作报告, …情况(的)报告 ("关于2022年度政府信息公开情况的报告"), …工作的报告
# …or the situation of the disclosure work itself ("某局2011年政府信息公开工作情况": an e2008 report's title)
_REPORT_WORDS = (r"(?:(?:(?:政府|政务)?信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?(?:情况)?(?:的?报告|年报)"
                 r"|(?:政府|政务)?信息公开(?:年度)?工作情况)")
# a bracket after the report words: an edition (图片版), or the scope of a consolidated report (全县: not an edition)
_TAIL = _REPORT_WORDS + r"(?:[(](?:(?P<scope>全(?:省|市|县|区|旗|州)|汇总)|(?P<ed>[^)]{1,8}))[)])?"
_AGENCY_FIRST = re.compile(r"^(?P<agency>.{0,40}?)(?P<year>(?:19|20)\d{2})年?度?" + _TAIL + "$")
_YEAR_FIRST = re.compile(r"^(?P<year>(?:19|20)\d{2})年?度?(?P<agency>.{0,40}?)" + _TAIL + "$")
# The year in brackets after the report word ("某局政府信息公开工作年度报告（2021年度）"): no edition.
_YEAR_LAST = re.compile(r"^(?P<agency>.{2,40}?)" + _REPORT_WORDS + r"[(](?P<year>(?:19|20)\d{2})年?度?[)]$")
# The year inside the report words ("东关街道办事处政府信息公开工作2017年度报告")
_YEAR_INSIDE = re.compile(r"^(?P<agency>.{2,40}?)(?:政府|政务)?信息公开(?:工作)?(?P<year>(?:19|20)\d{2})年?度?(?:工作)?"
                          r"(?:报告|年报)$")
# The agency's own field before 信息公开 ("海关总署2010年海关信息公开工作年度报告"): read without it, when the
# agency's name printed before the year holds the word
_FIELD_WORD = re.compile(r"(?<=\d)年?度?(?P<field>[^\d年度]{2,4}?)(?=信息公开)")
# No year at all ("某区统计局政府信息公开工作年度报告"): not enough for a report title, but it names the agency.
_NO_YEAR = re.compile(r"^(?P<agency>.{2,40}?)(?:年度)?" + _TAIL + "$")  # (某县环保局年度信息公开工作报告)
_TITLE_ENDINGS = ("报告", "年报", "工作情况", ")")
_NAME_BREAK = re.compile(r"[:@]")  # (NFKC: the full-width colon is ":")
_LEADING_VERB = re.compile(r"^(?:公布|印发|发布)")  # "公布X镇人民政府2009年…年度报告": the verb names no agency
# The report words after 公开 with their characters transposed by a CMS ("…信息公开工作告年度报"): the same
# characters in the order of the words (keyed by the sorted characters)
_REORDERED_REPORT_WORDS = {"".join(sorted(words)): words
                           for words in ("工作年度报告", "年度报告", "工作报告", "报告", "年报", "工作年报", "情况报告")}
_SELF_REFERENCES = frozenset(("本机关", "本部门", "本单位", "本级", "我局", "我委", "我办", "我市", "我区", "我县"))
_REPORT_WORDS_ONLY = re.compile(_REPORT_WORDS)
_NAMED_YEAR = re.compile(r"(?P<agency>.{0,40}?)(?:19|20)\d{2}年?度?")  # a title's agency and year, up to the year
_LOOSE = re.compile(r"(?P<year>(?:19|20)\d{2})年?度?.{0,40}?信息公开.{0,6}?(?:年度报告|年报|(?:工作|情况)的?报告)")

INTERPRETATION = "interpretation of a report, not the report"
OTHER_RULES = "annual report under other rules"
# Look-alikes (spec 3.3): (pattern on the normalised title, reason). First match wins.
LOOKALIKES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), reason)
    for p, reason in (
        (r"工作要点|分工方案|落实情况|任务分工", "plan (工作要点/分工方案), not a report"),
        (r"(?:年度报告|年报).{0,10}(?:公布情况|发布情况|编制情况|检查情况|部署会|推进会|培训会|座谈会|会议|新闻发布会)|通报$",
         "news or status about the reports, not a report"),
        (r"依申请公开.{0,6}(?:办理|处理|受理)情况的?报告", "a report on handling requests, not the annual report"),
        (r"工作总结|总结报告", "work summary (工作总结), not the statutory report"),
        (r"(?:关于|做好).{0,30}(?:年度报告|年报).{0,12}(?:编制|发布|报送|通知)|通知$|的通知", "notice about compiling reports"),
        (r"年度报告格式|报告格式", "format notice"),
        (r"(?:信息公开|年度报告)制度|统计制度|统计报表|办法(?:\([^)]{1,4}\))?$|规定$|指南(?:\([^)]{1,12}\))?$|条例$",
         "rules or guide document"),
        (r"自查|季度|上半年", "self-inspection or quarterly report, not the annual report"),
        (r"法治政府|依法行政.{0,6}报告", "法治政府建设 report"),
        (r"政府工作报告", "政府工作报告 (work report to the congress)"),
        (r"统计公报|统计年鉴|国民经济和社会发展", "statistics bulletin"),
        (r"预算|决算|三公经费", "budget or final accounts"),
        (r"审计", "audit report"),
        (r"网站.{0,8}(?:工作)?年度报表|网站年报|政务新媒体", "website annual report form"),
        (r"行政执法.{0,8}(?:年度报告|年报|统计|数据)", "administrative enforcement statistics"),
        (r"行政复议(?:和|与|及|、)?(?:行政)?应诉", "administrative review and litigation statistics"),
        (r"第三方评估|评估报告|透明度指数", "third-party assessment"),
        (r"高校|大学|学院|医院|企业年报|市场主体|社会组织.{0,12}(?:年报|年度报告)|环境信息", OTHER_RULES),
        (r"解读|图解|一图读懂", INTERPRETATION),
        (r"怎么写|怎样写|如何写|是什么|范文|范本|模板|[?？]$", "a page about these reports (Q&A, encyclopedia, writing guide)"),
    )
)
# Publishers whose "信息公开年度报告" follow other rules (spec 3.3: universities, hospitals, public enterprises,
# social organisations), named by what their name ends with (a 医院管理局 is a government department)
_NON_GOVERNMENT = re.compile(r"(?:高校|大学|学院|学校|医院|企业|公司|集团|社会组织)$")
# A report under the Regulation names the government's disclosure (政府信息公开), whoever publishes it (spec 3.2, 3.3)
_UNDER_REGULATION = re.compile(r"(?:政府|政务)信息公开")
# "一图读懂/图解 XX市2021年…年度报告" puts the interpretation word where the agency goes; no agency is named so.
_INTERPRETATION = re.compile(r"解读|图解|一图读懂|图说|读懂")


# Flip-book tools title each page "Page 9 - <the book's name>"; a book is named "2020年报_审计局" by its uploader
_FLIPBOOK_PAGE = re.compile(r"^page\d+[-_:|]", re.I)
_BOOK_NAME_SEPARATOR = re.compile(r"[-_|]+")
_YEAR_REPORT_BOOK = re.compile(r"(?P<year>(?:19|20)\d{2})年?度?(?:年度报告|年报)")
_PUBLISHER = re.compile(r".{0,30}(?:局|委|办|厅|署|中心|政府|办事处|管委会)")

PLACEHOLDER = "template with placeholder names (XX局), not a report"
# "XX局2023年…" / "××县…": the name left blank for the reader to fill in (范文 and 模板 pages)
_PLACEHOLDER = re.compile(r"(?:XX|xx|××|\*\*|○○)(?:省|市|县|区|局|委|办|镇|乡|街道|单位|部门)")
# Lines only a 范文 page ("小编为大家整理") or an academic paper (摘要, 关键词, 中图分类号) prints near its top
_NOT_A_REPORT_LINE = (
    (re.compile(r"小编|为大家整理|供大家参考|范文"), "a page about these reports (Q&A, encyclopedia, writing guide)"),
    (re.compile(r"^(?:摘要|关键词|中图分类号)[:：]|文献标识码"), "academic paper about these reports"),
)
_BODY_HEAD_LINES = 6
# "(一)2021年…政务公开工作要点贯彻落实情况": a numbered heading is a part of the document, never its title
_NUMBERED_HEADING = re.compile(r"(?:\(?[一二三四五六七八九十]{1,3}[)、.]|\d{1,2}[、.)])")
_DOCUMENT_TITLE = re.compile(r"(?:19|20)\d{2}|(?:通知|意见|办法|规定|决定|通报|公告|条例)$")
# a line ending in a count is a statement (编印2012年全市统计年鉴80本), never a document's title
_ENDS_IN_COUNT = re.compile(r"\d\s*(?:本|册|份|件|条|个|次|期|篇|套|项)$")
_SENTENCE = re.compile(r"[，。；：,;:]")
_TITLE_LINE_CHARS = 80


@dataclass(slots=True)
class TitleInfo:
    title: str  # normalised (simplified, NFKC, no whitespace)
    agency: str | None
    year: int | None
    edition: str | None
    is_report: bool  # looks like an annual disclosure report title
    is_column: bool  # a bare column title such as "2020年信息公开年报" (no agency)
    lookalike: str | None  # reason, when the title is a look-alike
    consolidated: bool = False  # the title's bracket says the report covers the whole region (（全县）)


# Years written in Chinese digits, "二〇二一年" / "二O二一年度" (O and 0 typed for 〇): read as 2021.
_CN_YEAR_AFTER_FIRST = r"[〇○零O0Oо][一二三四五六七八九〇○零O0][〇○零O0一二三四五六七八九](?=年)"
_CN_YEAR = re.compile(f"[一二]{_CN_YEAR_AFTER_FIRST}")
_CN_YEAR_BY_FIRST = by_first_character("一二", _CN_YEAR_AFTER_FIRST)  # (whether there is one: a fast scan)
_CN_YEAR_DIGITS = str.maketrans("〇○零O0一二三四五六七八九", "00000123456789")


def normalize_title(title: str) -> str:
    text = "".join(nfkc(to_simplified(title)).split())  # split() is re's \s, and cheaper
    # (【】 around a year or a column name are no part of the agency: "【2021年】某县…"; str.replace, not a
    # translate table: ~20× cheaper on Chinese text)
    text = arabic_years(text).replace("（", "(").replace("）", ")").replace("【", "").replace("】", "")
    return strip_pinyin_glosses(text)


def arabic_years(text: str) -> str:
    """'2021年' for '二〇二一年' (and 二O二一年, 二零二一年): the rest of the text unchanged."""
    if "年" not in text or not any(pattern.search(text) for pattern in _CN_YEAR_BY_FIRST):
        return text
    return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_YEAR_DIGITS), text)


def lookalike_reason(title: str) -> str | None:
    norm = normalize_title(title)
    for pattern, reason in LOOKALIKES:
        if pattern.search(norm):
            return reason
    return None


# A notice that publishes the report ("X办公室关于公布X市2009年度政府信息公开工作年度报告的通知"): the report's title
# or announces it ("教育部办公厅关于2018年教育部政府信息公开工作年度报告的公告", "某局2022年…年度报告的公告": a 公告
# needs no verb, nor 关于); a cover letter
# that submits it ("X委关于报送《2020年政府信息公开工作年度报告》的函"): its sender is the reporting agency
_PUBLISHING_NOTICE = re.compile(r"^(?:(?P<sender>.{0,40}?)关于(?P<verb>公布|印发|发布|公开|报送|上报|呈报)?)?《?"
                                r"(?P<report>.{2,60}?" + _REPORT_WORDS + r")》?的(?P<kind>通知|公告|函)$")
# A document number after the title ("(川发改函〔2021〕6号)"): no part of the title's words
_DOCUMENT_NUMBER = re.compile(r"\([^()]{0,20}[〔\[](?:19|20)\d{2}[〕\]]\d{1,5}号\)$")


@lru_cache(maxsize=256)  # one report asks about its title from several stages; callers only read the result
def parse_title(title: str) -> TitleInfo:
    norm = normalize_title(title)
    if norm.endswith("号)"):
        norm = _DOCUMENT_NUMBER.sub("", norm)
    if "暨" in norm and (joined := _statutory_report_of_joined(norm)):
        return replace(parse_title(joined), title=norm)
    if (notice := _PUBLISHING_NOTICE.match(norm)) and (notice.group("verb") or notice.group("kind") == "公告"):
        inner = parse_title(notice.group("report"))
        if inner.is_report:
            return inner
        if notice.group("kind") == "函" and inner.is_column and inner.lookalike is None \
                and (sender := _agency(notice.group("sender"))):
            return replace(inner, title=norm, agency=sender, is_report=True, is_column=False)
        if inner.year is not None and inner.lookalike is None:  # it publishes a report that names no agency: the
            return replace(inner, title=norm, is_column=False)  # report's year, the agency left to the page
    if book := _flipbook_report(norm):
        return book
    # every title pattern ends with the report words or a bracket (norm holds no whitespace: $ is its end)
    titled = norm.endswith(_TITLE_ENDINGS)
    if not titled and "公开" in norm and (reordered := _with_report_words_reordered(norm)):
        return parse_title(reordered)
    lookalike = lookalike_reason(norm)
    if m := (_with_year(norm) if titled else None):
        agency = _agency(m.group("agency"))
        year = int(m.group("year"))
        if agency and _PLACEHOLDER.search(agency):
            lookalike = PLACEHOLDER
        elif lookalike and agency and not _INTERPRETATION.search(agency) \
                and lookalike_reason(norm.replace(agency, "", 1)) is None:
            lookalike = None  # only the agency's own name holds the word: 审计局 and 统计局 publish real reports
        if lookalike is None and agency and _NON_GOVERNMENT.search(agency) and not _UNDER_REGULATION.search(norm):
            lookalike = OTHER_RULES  # a hospital's or a company's 信息公开 report under its own sector's rules
        return TitleInfo(norm, agency, year, m.groupdict().get("ed"), lookalike is None and agency is not None,
                         agency is None, lookalike, bool(m.groupdict().get("scope")))
    loose = _LOOSE.search(norm)
    if loose and lookalike is None:
        return TitleInfo(norm, None, int(loose.group("year")), None, True, False, None)
    m = _NO_YEAR.match(norm) if titled else None
    agency = _agency(m.group("agency")) if m else None
    if agency and (len(agency.removesuffix("政府")) < 2 or agency in _SELF_REFERENCES):  # a column's title
        agency = None
    return TitleInfo(norm, agency, None, m.group("ed") if m else None, False, False, lookalike)


def _statutory_report_of_joined(norm: str) -> str | None:
    """A title joining another document and the statutory report with 暨 ("某县2021年政务公开工作总结暨政府信息公开
    工作年度报告") is the report: its agency and year (printed before the first document) with the report words."""
    head, _, tail = norm.partition("暨")
    if not _REPORT_WORDS_ONLY.fullmatch(tail) or not (named := _NAMED_YEAR.match(head)):
        return None
    return named.group(0) + tail


def _flipbook_report(norm: str) -> TitleInfo | None:
    """A flip-book page whose book is named by its year's report and its publisher ("Page9-2020年报_审计局"): that
    publisher's report, even when the publisher's name holds a look-alike word (审计局 publishes real reports)."""
    page = _FLIPBOOK_PAGE.match(norm)
    parts = _BOOK_NAME_SEPARATOR.split(norm[page.end():]) if page else ()
    if len(parts) != 2:
        return None
    for book, publisher in (parts, parts[::-1]):
        if (m := _YEAR_REPORT_BOOK.fullmatch(book)) and _PUBLISHER.fullmatch(publisher) \
                and not _NON_GOVERNMENT.search(publisher) and not _PLACEHOLDER.search(publisher):
            return TitleInfo(norm, publisher, int(m.group("year")), None, True, False, None)
    return None


def _with_report_words_reordered(norm: str) -> str | None:
    """The title with the transposed characters after its last 公开 put back in the order of the report words, when
    they are exactly those characters."""
    head, _, tail = norm.rpartition("公开")
    words = _REORDERED_REPORT_WORDS.get("".join(sorted(tail)))
    return f"{head}公开{words}" if words else None


def _with_year(norm: str) -> re.Match[str] | None:
    """The first title pattern with a year that the title matches (the agency-first one only with an agency)."""
    m = _AGENCY_FIRST.match(norm)
    if m and not m.group("agency"):
        m = None
    if m := m or _YEAR_FIRST.match(norm) or _YEAR_LAST.match(norm) or _YEAR_INSIDE.match(norm):
        return m
    if "信息公开" in norm and (field := _FIELD_WORD.search(norm)) and field.group("field") in norm[:field.start()]:
        return _AGENCY_FIRST.match(norm[:field.start("field")] + norm[field.end("field"):])
    return None


def _agency(printed: str) -> str | None:
    """The agency part of a title: without the 关于 of a cover note ("关于X…年度报告", "X局关于2021年…"), and without
    what a colon or an @ ends (a label, or a spam mirror's brand words: "uedbet官网@:X镇…"; no name holds one)."""
    agency = next((part for part in reversed(_NAME_BREAK.split(printed)) if part), "")
    agency = agency.removeprefix("关于").removesuffix("关于")
    agency = _LEADING_VERB.sub("", agency)
    if agency.endswith("人民"):  # "2019年X区人民政府信息公开…": 政府 belongs to the agency
        agency += "政府"
    return agency or None


ABOUT_A_REPORT = "a notice or news about the reports, without a report's text"
# A report's own title ends with its report words, brackets (an edition, the year, the scope) aside (spec 3.2)
_ENDS_AS_REPORT = re.compile(r"(?:报告|年报|信息公开(?:年度)?工作情况)(?:\([^)]{1,12}\)){0,2}$")


def about_a_report(title: str) -> bool:
    """A title on disclosure that is not a report's own (spec 3.3): a notice that publishes one ("关于发布…年度报告
    的公告"), news about them ("…优秀年度报告出炉", "研究部署…政务公开工作"). Its page is the report only when it
    carries the report (pipelines.parse)."""
    norm = normalize_title(title)
    return "公开" in norm and not _ENDS_AS_REPORT.search(norm) and not _with_report_words_reordered(norm)


def names_agency_and_year(title: str) -> bool:
    """The title prints an agency's name and then a year ("某局2020年度…年度报告发布"), whatever follows."""
    named = _NAMED_YEAR.search(normalize_title(title))
    return named is not None and _agency(named.group("agency")) is not None


def body_lookalike(body: str) -> str | None:
    """Why a copy site's page is a look-alike by its first lines (spec 3.3), or None: a 范文 page's or a paper's own
    lines, or the title line of the document it really holds (a doc-sharing page filed under a report's name)."""
    for line in body.split("\n", _BODY_HEAD_LINES)[:_BODY_HEAD_LINES]:
        norm = normalize_title(line)
        if reason := next((r for pattern, r in _NOT_A_REPORT_LINE if pattern.search(norm)), None):
            return reason
        # a document's title (it names its year or its kind), not a section heading or a table caption
        if norm and len(norm) <= _TITLE_LINE_CHARS and not _SENTENCE.search(norm) \
                and not _NUMBERED_HEADING.match(norm) and not _ENDS_IN_COUNT.search(norm) \
                and (info := parse_title(norm)).lookalike and _DOCUMENT_TITLE.search(norm):
            return info.lookalike
    return None
