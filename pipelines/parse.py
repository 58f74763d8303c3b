"""`parse_report`: the one function both the live crawl and the offline re-parse call (docs/architecture.md).

Fetched pages (in order) and attachments → one Report: decode, extract, join pages, metadata, table and text
facts, derived facts and checks. A failing stage becomes an entry in Report.errors; the report is still built.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TypeVar
from urllib.parse import unquote, urlsplit

from .attachment_links import file_name_of
from .attachments import AttachmentContent, extract_attachment, sniff
from .attachments.sniff import kind_from_magic
from .checks import derive_facts, run_checks
from .decode import decode_html
from .extract import (
    MIN_SEGMENT_CHARS,
    Extracted,
    extract_body,
    find_sections,
    first_year,
    interpretation_start,
    is_whole_report,
    join_pages,
    report_pieces,
    report_title_of,
    segment_reports,
    segment_tables,
    without_pasted_noise,
)
from .facts_table import facts_from_grids
from .facts_text import facts_from_text
from .keys import KEY_VOCABULARY
from .metadata import gambling_brand, is_gov_host, report_metadata, reporting_year, without_spam
from .records import Fact, Fetched, Grid, Report, Section
from .tables import grids_from_text, grids_of, is_cells_line
from .titles import (
    ABOUT_A_REPORT,
    INTERPRETATION,
    TitleInfo,
    about_a_report,
    body_lookalike,
    names_agency_and_year,
    parse_title,
)

T = TypeVar("T")

_TABLE_HEADING_E2014 = ("附表", "统计表")
_NEEDS_TABLES = ("t2019", "t2021")
# Reports whose own HTML body is shorter than this are a link to the real document: use its text too.
_SHORT_BODY = 300
_HTTP_ERROR = 400
_NOT_FOUND = re.compile(r"页面不存在|找不到(?:该|您要访问的)?页面|页面(?:已被)?删除|已被删除|404\s*(?:Not Found|错误|页面)|Not Found",
                        re.I)
# What a firewall, login wall, challenge, busy or redirect page says instead of the page asked for
_ACCESS_REFUSED = re.compile(r"拦截|防火墙|安全狗|云锁|访问受限|访问被拒绝|验证码|请稍后再试|系统繁忙|服务器繁忙|系统维护|正在跳转|页面跳转|"
                             r"请登录|用户登录|统一身份认证|忘记密码|正在验证您的浏览器|浏览器版本过低|开启JavaScript", re.I)
# …or that the page asked for is gone
_GONE = re.compile(f"{_NOT_FOUND.pattern}|{_ACCESS_REFUSED.pattern}|已删除|已过期|已撤销|已撤回|不存在|暂不提供", re.I)
_DOCUMENT_KINDS = frozenset(("pdf", "docx", "doc", "wps", "xls", "xlsx", "et", "rtf", "ofd", "image"))
# Bytes no text encoding of a web page uses (ESC is kept: ISO-2022 texts), nor UTF-8/GBK/Big5 multibyte characters
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16/32 text is full of NUL bytes
_BINARY_SAMPLE = 4096
_MAX_CONTROL_SHARE = 0.05  # random bytes have ~10%; a damaged page a few NULs
_TITLE_LINES = 12  # a page printed from a browser starts with the site's navigation and 索引号 block
_PAGE_PARAM = re.compile(r"[?&](?:page|pageno|pageindex|pagenum|curpage)=(\d{1,3})(?:&|$)", re.I)
_PAGE_SUFFIX = re.compile(r"^(.*)_(\d{1,3})(\.s?html?|\.jsp|\.php|\.aspx?)$")
# Copy-site chrome (on non-gov hosts only): wiki infobox and end-of-article lines, document-sharing file details.
_COPY_CHROME = re.compile(r"^[-•·*]?\s*(?:中文名|外文名|英文名|中文名稱|外文名稱|格式|大小|文档页数|文檔頁數|页数|頁數|"
                          r"下载次数|上传时间|上传者|贡献者)\s*[:：]")
_WIKI_END_LINES = frozenset(("相关词条", "热门词条", "词条标签", "相關詞條", "熱門詞條", "詞條標籤"))
_WIKI_CHROME_LINES = _WIKI_END_LINES | {"基本介绍", "联络我们", "联系我们", "目录", "基本介紹", "聯絡我們", "聯繫我們", "目錄"}
_MAX_CHROME_LINE = 200
_TOC_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
_TOC_ITEM = re.compile(rf"^{_TOC_NUMBER}")
_TOC_START = re.compile(rf"[\s,，]*{_TOC_NUMBER}")  # the line's first item, as item.strip() leaves it
_MIN_TOC_ITEMS = 3
_FIRST_HEADING = re.compile(r"(?:第一部分|一\s*[、.．])")
_MIN_SENTENCE_CHARS = 40
_SENTENCE_END = re.compile("[，。；]")
_NOT_MEANINGFUL = re.compile(r"[\s,，、_|:：.。;；!！?？\-]+")
_SPAM_PRECHECK = re.compile(r"博彩|赌场|賭場|彩票|体彩|體彩|体育直播|體育直播|亚洲精品|国产|欧美日韩|日韩|无码|成人视频")
_REPORT_ATTACHED = re.compile(r"\s*附件\s*\d*\s*[:：]?.{0,60}(?:报告|年报|報告)")
# What the Regulation asks every report to cover (spec 2): a notice or news about the reports covers none of it
_REPORT_TOPICS = tuple(re.compile(p) for p in (
    "主动公开", "申请公开|公开申请", "行政复议|行政诉讼", "收费|信息处理费", "存在的(?:主要)?问题|改进"))
_MIN_REPORT_TOPICS = 3
_OPENING_CHARS = 600  # where a report states its 统计期限: its first paragraphs
_OPENING_SHOWN = 40  # of a page that holds no report, in its error
_REPORT_WORDS = re.compile(r"报告|報告|年报|年報|信息公开|信息公開|政务公开|政務公開|统计期限|統計期限|"
                           r"annual report|information disclosure|government information", re.I)
_FILE_MENTION = re.compile(r"附件|下载|下載|\.(?:pdf|docx?|wps|xlsx?|et|ofd)\b", re.I)
_LISTED_DATE = re.compile(r"[\s\[【(（]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\]】)）]?\s*$")
_MIN_LISTED_REPORTS = 3
_NOTE_CHARS = 20  # the opening words that name a piece of a page without its year or agency
_DISPOSITION_NAME = re.compile(r"""filename\*?=(?:UTF-8'[^']*')?"?([^";]+)""", re.IGNORECASE)


def parse_report(pages: Sequence[Fetched], attachments: Sequence[Fetched] = (), *, ocr: bool = False,
                 link_title: str | None = None) -> Report:
    """Parse one report from its page captures (first page first) and its attachment captures.

    `link_title` is the text of the link that led to the report (kept in the WARC metadata record): the title of
    last resort for a report published only as a file, such as a scanned PDF.
    """
    report = Report(url=pages[0].url if pages else (attachments[0].url if attachments else ""))
    report.attachment_urls = [a.url for a in attachments]
    report.capture_ids = [f.capture_id for f in (*pages, *attachments) if f.capture_id]
    for bad in (p for p in pages if p.status >= _HTTP_ERROR):
        report.errors.append(f"page {bad.url}: HTTP {bad.status}, not joined")
    pages = [p for p in pages if p.status < _HTTP_ERROR]

    # a "page" that is really a document (the list linked straight to a PDF/DOC) is read as one
    is_doc = [is_document(p) for p in pages]  # sniffed once per page
    html_pages = in_page_order(_distinct([p for p, doc in zip(pages, is_doc, strict=True) if not doc]))
    if html_pages:  # the report is its first page's, whatever order a crawl fetched them in (part_urls keeps that)
        report.url = html_pages[0].url
    documents = [*(p for p, doc in zip(pages, is_doc, strict=True) if doc), *attachments]
    extracted: list[Extracted] = []
    for fetched in html_pages:
        if (e := _stage(report, f"extract {fetched.url}", _extract_page, fetched)) is None:
            continue
        if (why := _not_a_part(e, several=len(html_pages) > 1)) is not None:  # (served with status 200)
            report.errors.append(f"page {fetched.url}: {why}, not joined")
            pages = [p for p in pages if p is not fetched]
            continue
        extracted.append(e)
    report.part_urls = list(dict.fromkeys(p.url for p in pages))
    page = join_pages(extracted)

    read = [(a.url, c) for a in documents if (c := _stage(report, f"attachment {a.url}", _read_attachment, a, ocr))]
    contents = [content for _, content in read]
    own_body = page.body  # the pages' own text: table rows written as text are read from it, never from a file's
    with_files = len(page.body) < _SHORT_BODY and any(c.text for c in contents)
    if with_files:
        page.body = "\n".join([page.body, *(c.text for c in _report_files(contents))]).strip()
        page.title = page.title if page.title and parse_title(page.title).is_report else (
            _report_title_line(page.body) or page.title)
    if not (page.title and parse_title(page.title).is_report):
        fallbacks = (link_title, *(_file_title(d) for d in documents))
        page.title = next((t for t in fallbacks if t and parse_title(t).is_report), page.title)
    for url, content in read:
        if content.error:
            report.errors.append(f"attachment {content.kind} {url}: {content.error}")
        report.errors += [f"attachment {content.kind} {url}: {w}" for w in content.warnings]

    copied_lookalike = None
    gov = is_gov_host(urlsplit(report.url).hostname or "")
    cleaned = not gov and _stage(report, "mirror lines", _drop_mirror_lines, report, page)
    cleaned = _stage(report, "interpretation", _drop_interpretation, report, page) or cleaned
    if _stage(report, "segments", _keep_own_report if gov else _keep_own_segment, report, page) or cleaned:
        own_body = own_body if with_files else page.body  # (the files' text is never the page's own)
    if not gov:
        copied_lookalike = body_lookalike(page.body)
    html_grids = grids_of(page.tables)  # after segments: own tables
    body_lines = _lines_without_rows(page.body, page)  # (page.body and page.tables change no more)
    # …and the tables printed as text outside them (a flip-book's section 四 under an HTML section 三)
    text_grids = _stage(report, "tables", grids_from_text, "\n".join(
        body_lines if own_body == page.body else _lines_without_rows(own_body, page)) if html_grids else own_body)
    beside_html = bool(html_grids and text_grids)
    if not html_grids:
        html_grids = text_grids or []
    meta = _stage(report, "metadata", report_metadata, page, report.url)
    if meta is not None:
        for name in ("title", "agency", "agency_type", "region_code", "year", "year_source", "published",
                     "template", "edition", "script", "is_mirror", "mirror_reason", "body_hash"):
            setattr(report, name, getattr(meta, name))
    if lookalike := (parse_title(report.title).lookalike if report.title else None) or copied_lookalike:
        report.template = None  # the era of its date is no template
    report.body = page.body
    report.sections = _stage(report, "sections", find_sections, page.body) or []

    table_facts: list[Fact] = []
    grid_sets: list[tuple[list[Grid], str]] = [(html_grids, "html"), *((c.grids, c.origin) for c in contents)]
    for grids, origin in grid_sets:
        if not grids:
            continue
        found, detected = (_stage(report, f"table facts {origin}", facts_from_grids, grids, report.template)
                           or ([], None))
        if detected and not table_facts and (found or not lookalike):
            report.template = detected  # the table's own labels beat the era of the year (spec 0)
        if origin == "html" and beside_html:
            found += _text_table_facts(report, text_grids or [], {f.key for f in found})
        for fact in found:
            fact.origin = origin
            table_facts.append(fact)
    if not lookalike and not table_facts and report.title and about_a_report(report.title) \
            and not documents and not _carries_report(page, report.sections, report.title):
        lookalike, report.template = ABOUT_A_REPORT, None
    if lookalike and not (lookalike == INTERPRETATION and table_facts):  # (a 解读版 printing the tables is the report)
        report.errors.append(f"look-alike document, not an annual report: {lookalike}")  # the crawl skips these
    template = report.template
    # (the year a page date suggests is a guess: another year's count is told only against a stated year)
    stated_year = report.year if report.year_source in ("period", "title") else None
    text_facts = _stage(report, "text facts", facts_from_text, _prose(body_lines), template, stated_year) or []
    if with_files:
        _stage(report, "text origin", _give_files_origin, text_facts, own_body, contents, template)

    # a page that holds nothing of a report: a challenge or error page served as 200, a list, a notice, a shell
    no_report = (not lookalike and not table_facts and not text_facts and not documents
                 and not _holds_report(page, report.sections, report.title))
    if no_report:
        report.errors.append(_no_report_error(page, report.title))
        report.template = report.year = report.year_source = template = None
    elif page.frames and not page.body and not documents:
        report.errors.append(f"the report's text is in a frame, not fetched: {', '.join(page.frames)}")
    reason = None if no_report else tables_missing_reason(template, page, report.sections, table_facts,
                                                          [c.tables_missing_reason for c in contents])
    if reason:
        report.tables_missing, report.tables_missing_reason = True, reason
        table_facts = []  # no zeros for a table we never saw (spec 2.7)
    facts = table_facts + list(text_facts)
    facts += _stage(report, "derived facts", derive_facts, facts, template) or []
    report.facts = sorted(facts, key=lambda f: (f.key, f.source, f.origin, f.value if f.value is not None else -1))
    # no body: the text facts of this body are already in report.facts (run_checks would read them again)
    report.checks = sorted(_stage(report, "checks", run_checks, report.facts, template) or [],
                           key=lambda c: c.rule)
    return report


def _carries_report(page: Extracted, sections: list[Section], title: str) -> bool:
    """The page holds a report's text (a top-level section heading, or prose on the report's own topics: an e2008
    report has no headings), names its file ("附件：…年度报告.pdf"), or prints the pages of the report its title
    names as pictures: a notice that publishes a report is the report then, and a short notice without it is not
    (spec 3.3)."""
    body = page.body
    if any(not s.number.startswith("(") for s in sections):
        return True
    if sum(topic.search(body) is not None for topic in _REPORT_TOPICS) >= _MIN_REPORT_TOPICS:
        return True
    if page.images and len(body) < _SHORT_BODY and "信息公开工作" in title and names_agency_and_year(title):
        return True
    return "附件" in body and any(_REPORT_ATTACHED.match(line) for line in body.split("\n") if "附件" in line)


def _holds_report(page: Extracted, sections: list[Section], title: str | None) -> bool:
    """A report's text or its file (_carries_report); pictures under a title that speaks of a report; a file or a
    frame under a report's title that names its year. Short of these, unless the page lists reports (a column
    page): a report's title naming agency and year over a text that does not say the page is gone, or text that
    speaks of a report or of disclosure at all."""
    if _carries_report(page, sections, title or ""):
        return True
    titled = bool(title and _REPORT_WORDS.search(title))
    if titled and page.images:  # (the site's logo and badges are none)
        return True
    if titled and (page.frames or _FILE_MENTION.search(page.body)) and (info := parse_title(title)).is_report \
            and info.year is not None:
        return True
    if _lists_reports(page.body):
        return False
    # (a capture cut after the report's cover)
    cover = titled and bool(page.body) and names_agency_and_year(title) and not _GONE.search(page.body)
    return cover or bool(_REPORT_WORDS.search(page.body))


def _lists_reports(body: str) -> bool:
    """A column page: most of its lines are report titles (each maybe with its date)."""
    lines = body.split("\n")
    titles = sum(parse_title(_LISTED_DATE.sub("", line)).is_report for line in lines)
    return titles >= _MIN_LISTED_REPORTS and titles * 2 >= len(lines)


def _no_report_error(page: Extracted, title: str | None) -> str:
    opening = page.body.split("\n", 1)[0][:_OPENING_SHOWN]
    frames = f"; it frames {', '.join(page.frames)}" if page.frames else ""  # (a pdf.js viewer, another page)
    return (f"no report on this page: no report section, statistics, report topics or pictures of its pages "
            f"(title {title!r}, {f'text opens {opening!r}' if opening else 'no text'}){frames}")


def _distinct(pages: list[Fetched]) -> list[Fetched]:
    """Each page once: a pager's "1" link and the article's own URL capture the same first page."""
    seen: set[bytes] = set()
    distinct = []
    for page in pages:
        if page.body not in seen:
            seen.add(page.body)
            distinct.append(page)
    return distinct


def in_page_order(pages: list[Fetched]) -> list[Fetched]:
    """The pages of one report by the page number their URLs carry (?page=3; a_2.html after a.html): a crawl may
    fetch them out of order. Pages without a number keep their place before the numbered ones."""
    urls = {p.url for p in pages}

    def number(url: str) -> int:
        if m := _PAGE_PARAM.search(url):
            return int(m.group(1))
        m = _PAGE_SUFFIX.search(url)
        return int(m.group(2)) if m and m.group(1) + m.group(3) in urls else 0  # only next to its first page

    return sorted(pages, key=lambda p: number(p.url))


def is_document(fetched: Fetched) -> bool:
    """True when the bytes are a document format (PDF, Office, image …) rather than an HTML page."""
    if kind_from_magic(fetched.body) == "html":  # the bytes decide (sniff): no need to read the URL and headers
        return False
    return sniff(fetched.body, fetched.headers.get("content-type"), fetched.url).kind in _DOCUMENT_KINDS


def _text_table_facts(report: Report, grids: list[Grid], html_keys: set[str]) -> list[Fact]:
    """Facts of the tables printed as text beside the HTML ones: only keys the HTML tables leave out, and only keys
    of the form they print (a last year's table in the 2019 form under a 2021 report's tables is no part of it)."""
    found, _ = _stage(report, "table facts text", facts_from_grids, grids, report.template) or ([], None)
    return [f for f in found if f.key not in html_keys and (report.template is None or (
        info := KEY_VOCABULARY.get(f.key)) is None or report.template in info.templates)]


def _lines_without_rows(body: str, page: Extracted) -> list[str]:
    """The body's lines but those of the page's HTML tables' rows."""
    rows = {line for table in page.tables for line in table.lines}
    return [line for line in body.split("\n") if line not in rows]


def _prose(body_lines: list[str]) -> str:
    """The body without the rows of its tables (`body_lines`: _lines_without_rows of it): a one-cell row
    ("…发布总数量:356", a note) reads like a paragraph, and a table's numbers are table facts, not statements to
    check the table against (R10). Nor the lines of a table pasted as text (is_cells_line): the text reader joins
    lines, and "件 无" or "结果纠正 无" before the next label ("告诉讼请求数" of a wrapped 驳回原告诉讼请求数,
    "行政复议 其他结果 无") would read as "no cases"."""
    return "\n".join(line for line in body_lines if not is_cells_line(line))


def _file_title(fetched: Fetched) -> str | None:
    """A document's file name without its extension (Content-Disposition first), often the report's title."""
    m = _DISPOSITION_NAME.search(fetched.headers.get("content-disposition", ""))
    name = unquote(m.group(1).strip()) if m else file_name_of(fetched.url)
    return PurePosixPath(name).stem or None


def _report_files(contents: list[AttachmentContent]) -> list[AttachmentContent]:
    """The files with text that are the report, when some of them print a report's title at their top: not the
    blank application form (政府信息公开申请表) a link page offers beside it. All of them when none does (a report
    whose file has no title line)."""
    texts = [c for c in contents if c.text]
    return [c for c in texts if _report_title_line(c.text)] or texts


def _give_files_origin(text_facts: list[Fact], own_body: str, contents: list[AttachmentContent],
                       template: str | None) -> None:
    """A link page's statements are its files' (docs/schema.md: origin is the document a fact is in): text facts
    take the files' origin when the joined files share one, except those the page's own short text states."""
    origins = {c.origin for c in _report_files(contents)}
    if len(origins) != 1:
        return
    origin = origins.pop()
    own = {(f.key, f.value) for f in facts_from_text(own_body, template)} if own_body.strip() else set()
    for fact in text_facts:
        if (fact.key, fact.value) not in own:
            fact.origin = origin


def _report_title_line(text: str) -> str | None:
    """The document's own title: one of its first lines that reads as a report title."""
    return next((line.strip() for line in text.split("\n")[:_TITLE_LINES]
                 if not any(mark in line for mark in "，。；,;：:") and parse_title(line).is_report), None)  # not a sentence


def _read_attachment(fetched: Fetched, ocr: bool) -> AttachmentContent:
    return extract_attachment(fetched, ocr=ocr)


def _keep_own_segment(report: Report, page: Extracted) -> bool:
    """Aggregator copies paste several reports into one page (spec 3.3): keep the one the title names, with its
    own tables. True when the page was cut."""
    segments = _one_per_report(_with_opening_paragraph(segment_reports(page.body, min_chars=1)))  # (excerpts too)
    reports = [i for i, s in enumerate(segments) if len(s) >= MIN_SEGMENT_CHARS]
    if not reports and (len(segments) == 1 or all(_FIRST_HEADING.match(s) for s in segments[1:])):
        reports = list(range(len(segments)))  # short reports, each restarting at 一、: pieces all the same
    if not reports:
        return False
    title = parse_title(page.title) if page.title else None
    year, agency = (title.year, title.agency) if title else (None, None)
    same_year = [i for i in reports if year and first_year(segments[i]) == year] or reports
    kept = next((i for i in same_year if agency and agency in segments[i]), same_year[0])
    if len(segments) == 1:  # one report: only the pasted noise lines (Q&A snippets) go
        # (the one segment is the body's lines less the noise ones: equal to the body, there is none to drop)
        if segments[0] == page.body or (cleaned := without_pasted_noise(page.body)) == page.body:
            return False
        page.body = cleaned
        report.errors.append("question-and-answer lines pasted around the report removed")
        return True
    page.tables = segment_tables(page.tables, segments, kept)
    page.body = segments[kept]
    pieces = [_Piece(s, *_own_identity(s, first_year(s))) for s in segments]
    report.errors.append(f"aggregator page: {len(segments)} pieces pasted together, {_cut_note(pieces, kept)}")
    return True


@dataclass
class _Piece:
    """One report of a page holding several, with the year and agency it names itself."""

    text: str
    year: int | None
    agency: str | None


def _keep_own_report(report: Report, page: Extracted) -> bool:
    """A government page that prints two or more reports (two years', a department's under the government's): keep
    the one the title names, with its own tables (spec 3.3). Cut only between distinct reports: each piece opens
    with a report's title or an 一、总体情况 restart, is long enough, and names another year or agency than the
    piece before it (a report mentions other years, and may print its title twice). True when the page was cut."""
    pieces = report_pieces(page.body)
    if len(pieces) < 2:
        return False
    title = parse_title(page.title) if page.title else None
    reports: list[_Piece] = []
    for text in pieces:
        piece = _Piece(text, *_own_identity(text, None))
        if reports and (not is_whole_report(text) or not _two_reports(reports[-1], piece)):
            reports[-1].text += "\n" + text
            continue
        if reports and not is_whole_report(reports[-1].text):  # a short opening belongs to the report after it
            piece.text = reports.pop().text + "\n" + text
        elif not reports and title:  # the page's own report: what it does not name itself, its page title names
            piece.year, piece.agency = piece.year or title.year, piece.agency or title.agency
        reports.append(piece)
    if len(reports) < 2:
        return False
    kept = _titled(reports, title)
    page.tables = segment_tables(page.tables, [r.text for r in reports], kept)
    page.body = reports[kept].text
    report.errors.append(f"aggregator page: {len(reports)} reports on one page, {_cut_note(reports, kept)}")
    return True


def _own_identity(text: str, fallback_year: int | None) -> tuple[int | None, str | None]:
    """The year and agency a piece names itself: its opening title line, else the year of the 统计期限 its opening
    paragraphs state."""
    end = text.find("\n")
    if (title := report_title_of(text if end < 0 else text[:end])) and title.is_report:
        return title.year, title.agency
    year, source = reporting_year(text[:_OPENING_CHARS], None, None)
    return (year if source == "period" else fallback_year), None


def _two_reports(earlier: _Piece, later: _Piece) -> bool:
    """Two reports: another reporting year, or another agency (not one name inside the other: 临川县 and
    临川县人民政府 are one)."""
    if earlier.year and later.year and earlier.year != later.year:
        return True
    if not (earlier.agency and later.agency):
        return False
    first, second = earlier.agency.replace("人民", ""), later.agency.replace("人民", "")
    return first not in second and second not in first


def _titled(reports: list[_Piece], title: TitleInfo | None) -> int:
    """The report the page title names: its year first, then its agency; else the first."""
    if title is None:
        return 0
    same_year = [i for i, r in enumerate(reports) if title.year and r.year == title.year] or range(len(reports))
    named = _Piece("", title.year, title.agency)
    return next((i for i in same_year if reports[i].agency and not _two_reports(named, reports[i])), same_year[0])


def _cut_note(pieces: list[_Piece], kept: int) -> str:
    """Which piece was kept and which were cut, each by its year and agency (its opening words without one)."""
    def name(piece: _Piece) -> str:
        words = piece.agency or piece.text.split("\n", 1)[0][:_NOTE_CHARS]
        return f"{piece.year} {words}" if piece.year else words
    cut = "; ".join(name(p) for i, p in enumerate(pieces) if i != kept)
    return f"kept {name(pieces[kept])}; cut {cut}"


def _drop_interpretation(report: Report, page: Extracted) -> bool:
    """A report followed on its page by its interpretation's text (解读, 一图读懂) ends there: the interpretation's
    figures are not the report's. True when the body was cut."""
    if page.title and parse_title(page.title).lookalike == INTERPRETATION:
        return False  # the page is the interpretation
    start = interpretation_start(page.body)
    if start is None:
        return False
    kept, dropped = page.body[:start].rstrip("\n"), page.body[start:]
    page.tables = segment_tables(page.tables, [kept, dropped], 0)
    page.body = kept
    report.errors.append(f"interpretation printed after the report removed: {dropped.split(chr(10), 1)[0]}")
    return True


def _one_per_report(segments: list[str]) -> list[str]:
    """Adjacent pieces of a copy that name the same year and no two agencies are one report's (a cover block, a
    preface or a table of contents before its 一、, a title printed again): joined."""
    if len(segments) < 2:  # (no year or agency to read: nothing to join)
        return segments
    joined: list[_Piece] = []
    for text in segments:
        piece = _Piece(text, *_own_identity(text, first_year(text)))
        if joined and piece.year is not None and joined[-1].year == piece.year and not _two_reports(joined[-1], piece):
            joined[-1].text += "\n" + text
            joined[-1].agency = joined[-1].agency or piece.agency
        else:
            joined.append(piece)
    return [piece.text for piece in joined]


def _with_opening_paragraph(segments: list[str]) -> list[str]:
    """A long opening paragraph that names the report (its title, its period, a contact address) before 一、 is the
    report's start, not a report of its own (segment_reports restarts at 一、 after 200 characters)."""
    if len(segments) > 1 and "\n" not in segments[0] and _FIRST_HEADING.match(segments[1]) \
            and any(word in segments[0] for word in ("报告", "報告")):
        return [f"{segments[0]}\n{segments[1]}", *segments[2:]]
    return segments


def _drop_mirror_lines(report: Report, page: Extracted) -> bool:
    """Mirrors paste advertisements between the paragraphs and inject gambling names into the report's sentences
    (spec 3.8); wiki and document-sharing copies add their own chrome (infobox, 相关词条, 文档页数). None of it is
    the report's text: injected words go, a line that is mostly advertisement or chrome goes whole, and a wiki's
    end-of-article list ends the report. True when the body changed."""
    lines = page.body.split("\n")
    spam = _SPAM_PRECHECK.search(page.body) is not None or gambling_brand(page.body) is not None
    kept: list[str] = []
    ads = injected = 0
    for line in lines:
        if _is_copy_chrome(line):
            if line.strip() in _WIKI_END_LINES:
                break
            continue
        clean = without_spam(line) if spam else line
        if clean != line or (spam and gambling_brand(line)):
            if not _is_report_sentence(clean, line):
                ads += 1
                continue
            injected += 1
        kept.append(clean)
    if kept == lines:
        return False
    if ads:
        report.errors.append(f"mirror page: {ads} advertisement lines removed from the report")
    if injected:
        report.errors.append(f"mirror page: injected spam words removed from {injected} lines")
    if len(kept) + ads != len(lines):
        report.errors.append(f"copy site: {len(lines) - len(kept) - ads} lines of the site's chrome removed")
    page.body = "\n".join(kept)
    return True


def _is_report_sentence(clean: str, line: str) -> bool:
    """A report's sentence that spam words were injected into (kept without them), not an advertisement line: long
    prose, mostly not spam."""
    kept = len(_NOT_MEANINGFUL.sub("", clean))
    return (kept >= _MIN_SENTENCE_CHARS and kept * 3 >= len(_NOT_MEANINGFUL.sub("", line)) * 2
            and _SENTENCE_END.search(clean) is not None and not gambling_brand(clean))


def _is_copy_chrome(line: str) -> bool:
    """A line of a wiki's or a document-sharing site's own furniture, or a wiki's comma-joined table of contents."""
    if len(line) > _MAX_CHROME_LINE:
        return False
    if line.strip() in _WIKI_CHROME_LINES or _COPY_CHROME.match(line):
        return True
    if "，" not in line and "," not in line or not _TOC_START.match(line):  # (most lines: no table of contents)
        return False
    items = [item.strip() for item in re.split("[,，]", line) if item.strip()]
    return len(items) >= _MIN_TOC_ITEMS and all(_TOC_ITEM.match(item) for item in items)


def _extract_page(fetched: Fetched) -> Extracted:
    if reason := _binary_reason(fetched.body):
        raise ValueError(f"not a text page: {reason}")
    text = decode_html(fetched.body, fetched.headers).text
    if fetched.headers.get("content-type", "").startswith("text/plain"):  # its lines are the lines
        text = f"<html><body><pre>{html.escape(text)}</pre></body></html>"
    return extract_body(text, fetched.url)


def _not_a_part(page: Extracted, several: bool) -> str | None:
    """Why a page served with status 200 is no part of the report, or None: a soft 404 (a short page that says the
    page does not exist); among several pages, an empty page, or a short one without tables that says access was
    refused or the site is busy (a firewall, a login, a challenge or a redirect answered for one of the parts)."""
    if len(page.body) >= _SHORT_BODY:
        return None
    said = f"{page.page_title or ''}\n{page.body}"
    if _NOT_FOUND.search(said):
        return "a 'page not found' page (soft 404)"
    if not several or page.tables:
        return None
    if not page.body and not page.images and not page.frames:  # (a frame shell holds the title of the framed part)
        return "an empty page"
    return f"an access or error page ({m.group()})" if (m := _ACCESS_REFUSED.search(said)) else None


def _binary_reason(body: bytes) -> str | None:
    """Why the bytes served as a page are no text at all (an archive, a program, compressed bytes without their
    Content-Encoding), or None."""
    if body.startswith(_WIDE_BOMS):
        return None
    sample = body[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        kind = "gzip-compressed bytes" if body.startswith(b"\x1f\x8b") else "binary content"
        return f"{kind} ({controls} control bytes in the first {len(sample)})"
    return None


def tables_missing_reason(template: str | None, page: Extracted, sections: list[Section], table_facts: list[Fact],
                          attachment_reasons: list[str | None]) -> str | None:
    """Why the statistics tables this report's era requires are absent, or None when present or not required."""
    needs = (template in _NEEDS_TABLES
             or (template in ("e2008", "e2014") and any(h in page.body for h in _TABLE_HEADING_E2014))
             or (not page.tables and any(attachment_reasons))  # a scan: nothing of it could be read
             or (page.images and len(page.body) < _SHORT_BODY))  # a report published as pictures of its pages
    if not needs or any(f.value is not None for f in table_facts):
        return None
    if reason := next((r for r in attachment_reasons if r), None):
        return reason
    if page.images:
        return f"statistics tables are images ({len(page.images)} in the body): queued for OCR"
    empty = empty_table_sections(page.body, sections)
    if empty:
        return f"section headings {'/'.join(empty)} have nothing under them"
    return f"no statistics table found for a {template} report"


def empty_table_sections(body: str, sections: list[Section]) -> list[str]:
    """Numbers of the table sections (二/三/四) whose heading (`sections`: find_sections of `body`) is followed
    directly by the next heading."""
    tops = [s for s in sections if not s.number.startswith("(")]
    empty = []
    for current, following in zip(tops, tops[1:], strict=False):
        if current.number in ("二", "三", "四"):
            between = body[current.start:following.start].split("\n", 1)
            if len(between) < 2 or not between[1].strip():
                empty.append(current.number)
    return empty


def _stage(report: Report, stage: str, fn: Callable[..., T], *args) -> T | None:
    """Run one stage; a failure is recorded in report.errors instead of aborting the report."""
    try:
        return fn(*args)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a crawl
        report.errors.append(f"{stage}: {type(exc).__name__}: {exc}")
        return None
