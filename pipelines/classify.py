"""Decide what a link is (spec 3.1–3.3): the disclosure section, an annual-report column, a department or year
sub-catalogue, a report, a look-alike, or something else — always with a reason. Pure: text + URL + context in.

Titles decide first (pipelines.titles); the column a link was listed in, its row text and its URL slug decide when
the title alone is not enough (truncated titles, bare "2020年度报告" rows, attachments).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import lxml.html

from .records import Candidate
from .titles import lookalike_reason, normalize_title, parse_title

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".ofd", ".et", ".zip", ".rar")

_ANNUAL_TEXT = re.compile(r"(?:信息公开|政务公开|公开).{0,6}(?:年报|年度报告|工作报告)|^(?:年度报告|年报|公开年报)$|年报$|年度报告$")
_ANNUAL_SLUG = re.compile(r"(?:zfxxgkndbg|zfxxgknb|xxgknb|gknb|ndbg|bmxxgknb|xxgkAnnualReport|OpennessAnnualReport"
                          r"|(?:^|/)(?:(?:19|20)\d{2})?nb(?:/|$))", re.I)
_DISCLOSURE_TEXT = re.compile(r"政府信息公开|政务公开|信息公开|公开目录|政务信息|法定主动公开")
_DISCLOSURE_SLUG = re.compile(r"(?:^|/|\.)(?:xxgk|zwgk|zfxxgk|gkml|gkmlpt|openness|zfgk|govinfo|public)(?:/|$|\.|_|\?)",
                              re.I)
_DEPARTMENT_TEXT = re.compile(r"^.{2,16}(?:局|委员会|委|办公室|办|院|中心|所|队|站|乡|镇|街道|管委会|馆|厅|署|联合会|部|公司|政府|集团)$")
_DEPARTMENT_GROUP = re.compile(r"部门|乡镇|街道|镇街|单位|区县|县区|县\(市、区\)|县市区")
_YEAR_COLUMN = re.compile(r"^(?:(?:19|20)\d{2})年?度?(?:(?:政府|政务)?信息公开(?:工作)?(?:年度报告|年报)|年报|年度报告)?$")
# The report word ends a report's title (spec 3.2), edition aside; "…年度报告编制说明会召开" is news about one.
_REPORT_ENDING = re.compile(r"(?:年度报告|年报|工作报告)(?:[（(][^）)]{1,8}[）)])?$")
_BARE_REPORT = re.compile(r"(?:19|20)\d{2}年?度?(?:年度报告|年报)(?:\([^)]{1,8}\))?$")
_BARE_YEAR = re.compile(r"^(?:19|20)\d{2}年?度?$")
_REPORT_WORDS = re.compile(r"年度报告|年报|工作报告")
_TRUNCATED = re.compile(r"(?:\.{2,}|…+)$")
_YEAR = re.compile(r"((?:19|20)\d{2})")
_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|wps|xlsx?|ofd|et|zip|rar)$", re.I)
_GENERIC_TEXT = re.compile(r"^(?:查看|详情|详细|阅读全文|全文|查看全文|查看详情|下载|点击查看|点击下载|more|更多|>>|》+)?$", re.I)
_DATE = re.compile(r"[\[(（]?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\])）]?")
_SECTION_MARKERS = re.compile(r"总体情况|概述|主动公开(?:政府)?信息|依申请公开|行政复议|行政诉讼|收费|存在的主要问题|其他需要报告")
_COLUMN_PAGE = re.compile(r"(?:/|/(?:index|list|default|more)[\w-]*\.\w+)$", re.I)


@dataclass(slots=True)
class LinkContext:
    """Where a link was found: the page's column kind (disclosure|annual|other), its title, and the row text."""

    column_kind: str = "other"
    column_title: str = ""
    row_text: str = ""


def _slug(url: str) -> str:
    return unquote(urlsplit(url).path)


def is_column_url(url: str) -> bool:
    """A column/list address (…/, …/index.html, …/list_2.html) rather than an article."""
    return bool(_COLUMN_PAGE.search(urlsplit(url).path or "/"))


def is_attachment_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path.lower().endswith(ATTACHMENT_EXTENSIONS) or "downfile" in parts.path.lower()


def column_kind(url: str, text: str) -> tuple[str, float, str]:
    """Score a navigation link as the disclosure section or an annual-report column. Returns (kind, score, reason)."""
    norm = normalize_title(text)
    slug = _slug(url)
    look = lookalike_reason(norm) if norm else None
    if look:
        return "other", 0.0, f"look-alike column: {look}"
    if _ANNUAL_TEXT.search(norm) and (is_column_url(url) or not _YEAR.search(norm)):
        return "annual", 2.0 + (1.0 if _ANNUAL_SLUG.search(slug) else 0.0), f"annual-report column text {norm!r}"
    if _ANNUAL_SLUG.search(slug) and len(norm) <= 12 and not _YEAR.search(norm):
        return "annual", 1.5, f"annual-report URL slug in {slug!r}"
    if _DISCLOSURE_TEXT.search(norm) and len(norm) <= 16:
        return "disclosure", 1.0 + (0.5 if _DISCLOSURE_SLUG.search(slug) else 0.0), f"disclosure section {norm!r}"
    if _DISCLOSURE_SLUG.search(slug) and len(norm) <= 8:
        return "disclosure", 0.5, f"disclosure URL slug in {slug!r}"
    return "other", 0.0, "not a disclosure or annual-report link"


def _year_of(title: str, row_text: str) -> int | None:
    """The reporting year: from the title, else the year before the row's publication date (reports come out in
    the first months of the following year)."""
    match = _YEAR.search(title)
    if match:
        return int(match.group(1))
    date = _DATE.search(row_text)
    return int(_YEAR.search(date.group(0)).group(1)) - 1 if date else None


def looks_like_report_page(html: str) -> bool:
    """A report's own page (not a list): at least three of the statutory section headings are in its text."""
    try:
        text = lxml.html.fromstring(html).text_content() if html.strip() else ""
    except (lxml.etree.ParserError, ValueError):
        return False
    return len(set(_SECTION_MARKERS.findall(normalize_title(text)))) >= 3


def foreign_attachment_reason(text: str, report_title: str) -> str | None:
    """Why a file linked from a report page is not part of that report (a sidebar's guide, plan, or another year's
    report), or None. Files named only by their type ("附件1.pdf", "下载") belong to the report."""
    info = parse_title(_FILE_EXTENSION.sub("", normalize_title(text)))
    if info.lookalike:
        return f"look-alike attachment: {info.lookalike}"
    own_year = parse_title(report_title).year
    if info.year and own_year and info.year != own_year and _REPORT_WORDS.search(info.title):
        return f"another year's report ({info.year}, this report is {own_year})"
    return None


def _is_report_like(norm: str) -> bool:
    """A loose report title: ends as a report and is about disclosure (信息公开…报告), or is a bare "2020年度报告" /
    "教育局2020年年报". Another topic's annual report (社会信用体系建设年度报告, 人大常委会工作报告) is not."""
    return bool(_REPORT_ENDING.search(norm)) and ("公开" in norm or bool(_BARE_REPORT.search(norm)))


def classify_link(url: str, text: str, where: LinkContext, via: str | None = None) -> Candidate:
    """Report, look-alike, sub-column or other — with the reason. `where` is the page the link was listed on."""
    if _GENERIC_TEXT.match(normalize_title(text)) and where.row_text:
        # "查看" links: the row (less its date and the "查看" itself) carries the title
        text = _DATE.sub("", where.row_text).replace(text.strip(), "").strip()
    norm = _FILE_EXTENSION.sub("", normalize_title(text))
    info = parse_title(norm)
    # Listed in an annual-report column, or filed under an annual-report URL slug (…/xxgknb/…, …/ndbg/…).
    in_annual = where.column_kind == "annual" or bool(_ANNUAL_SLUG.search(_slug(url).rsplit("/", 1)[0] + "/"))
    attachment = is_attachment_url(url)
    year = info.year or _year_of(norm, where.row_text)

    def candidate(kind: str, decision: str, reason: str, score: float) -> Candidate:
        kind = "attachment" if kind == "report" and attachment and decision == "take" else kind
        return Candidate(url=url, text=text, kind=kind, decision=decision, reason=reason, score=score, year=year,
                         via=via)

    if in_annual and not attachment and (_DEPARTMENT_TEXT.match(norm) or _DEPARTMENT_GROUP.search(norm)) \
            and not _REPORT_WORDS.search(norm) and not _YEAR.search(norm):
        return candidate("listing", "take", f"department sub-catalogue {norm!r} in an annual-report column", 1.5)
    if where.column_kind == "disclosure" and not attachment and _DEPARTMENT_TEXT.match(norm) \
            and not _REPORT_WORDS.search(norm) and not _YEAR.search(norm):
        return candidate("column", "take", f"department catalogue {norm!r} in a disclosure section", 1.0)
    if info.lookalike:
        return candidate("report", "skip", f"look-alike: {info.lookalike}", -1.0)
    if info.agency and info.year and (info.is_report or info.lookalike):
        return candidate("report", "take", f"report title (agency {info.agency}, year {info.year})", 3.0)
    # A bare "2021年" in an annual-report column is a per-year sub-column whatever its address looks like
    # (…/column/6602?year=2021); if it leads to a report after all, the spider reads it as one.
    if (info.is_column or (in_annual and _YEAR_COLUMN.match(norm))) and (is_column_url(url) or (
            in_annual and not attachment and _BARE_YEAR.match(norm))):
        return candidate("listing", "take", f"year sub-column {norm!r}", 2.0)
    if info.is_column and not is_column_url(url):
        return candidate("report", "take", f"report title without the agency {norm!r} on an article address", 2.5)
    if year and in_annual and (_is_report_like(norm) or _YEAR_COLUMN.match(norm)) and not is_column_url(url):
        return candidate("report", "take", f"report-like title {norm!r} in annual-report column "
                                           f"{where.column_title!r}", 2.5)
    if in_annual and (_TRUNCATED.search(text.strip()) or attachment) and year and "信息公开" in norm + where.row_text:
        return candidate("report", "take", f"truncated/attachment title {norm!r} with year {year} in annual-report "
                                       f"column", 2.0)
    kind, score, reason = column_kind(url, text)
    if kind == "annual":
        return candidate("column", "take", reason, score)
    if kind == "disclosure":
        return candidate("column", "take", reason, score)
    if info.year and _REPORT_WORDS.search(norm):
        return candidate("report", "skip", f"has a year and 报告 but not the statutory title pattern: {norm!r}", 0.5)
    return candidate("other", "skip", reason, 0.0)
