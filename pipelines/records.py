"""Records that cross every boundary: crawl → pipelines → store, and WARC → reparse → store.

Everything here is plain data (dataclasses). `pipelines/` builds these from bytes; `crawler/` yields
them as Scrapy items; `pipelines/store.py` writes them to SQLite. Field names match the column names
of the public schema (docs/schema.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# One expanded table: rows of cell texts after rowspan/colspan expansion (a spanned cell's text is
# repeated in every position it covers). Text is the original script, stripped of outer whitespace.
Grid = list[list[str]]

TEMPLATES = ("e2008", "e2014", "t2019", "t2021")
FACT_SOURCES = ("table", "text", "derived")
# blank|dash|slash|wu (无/空) read as 0; approx for 余/多/约/近/逾; derived for computed values
VALUE_FLAGS = ("blank", "dash", "slash", "wu", "approx", "derived", "placed")


@dataclass(slots=True)
class Fetched:
    """One archived HTTP exchange as the parsers see it: the exact payload and its context."""

    url: str
    body: bytes  # the HTTP payload after de-chunking and content-decoding
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    status: int = 200
    capture_id: str | None = None  # WARC-Record-ID of the response record, when archived


@dataclass(slots=True)
class Fact:
    key: str  # canonical key, spec section 2 (e.g. "apply.received_new.total")
    value: float | None
    unit: str | None = None  # as printed: 件, 条, 万元 …
    raw_label: str | None = None
    raw_value: str | None = None
    source: str = "table"  # table | text | derived
    value_flag: str | None = None  # see VALUE_FLAGS
    confidence: float = 1.0
    origin: str = "html"  # html or the attachment's detected format (pdf, docx, doc, wps …), ocr: see docs/schema.md


@dataclass(slots=True)
class Check:
    rule: str  # R1..R12, O1..O7 (spec 1(d)); suffixed for the column/block, e.g. "R1.total"
    passed: bool
    detail: str


@dataclass(slots=True)
class Section:
    number: str  # 一, 二, … (一) … as printed; '' for a form's section title printed without a number
    title: str
    start: int  # character offset in Report.body


@dataclass(slots=True)
class Report:
    """A parsed annual report (one edition of one agency's report for one year)."""

    url: str
    title: str | None = None
    agency: str | None = None
    agency_type: str | None = None  # gov_region|gov_self|gov_office|department|township|zone|other
    region_code: str | None = None  # GB/T 2260 six digits
    year: int | None = None  # reporting year (统计期限), not the publication year
    year_source: str | None = None  # period|title|page_date
    published: str | None = None  # ISO date as shown on the page
    template: str | None = None  # e2008|e2014|t2019|t2021
    edition: str | None = None  # 图片版, 超链版, … as printed
    script: str = "simplified"  # simplified|traditional
    is_mirror: bool = False
    mirror_reason: str | None = None
    body: str = ""  # the report's own text, original script
    sections: list[Section] = field(default_factory=list)
    tables_missing: bool = False
    tables_missing_reason: str | None = None
    body_hash: str | None = None  # sha1 of t2s-normalised, whitespace-free body (duplicate detection)
    facts: list[Fact] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    part_urls: list[str] = field(default_factory=list)  # every page joined into this report, in order
    attachment_urls: list[str] = field(default_factory=list)
    capture_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # clear, non-fatal problems met while parsing


@dataclass(slots=True)
class Candidate:
    """A link the discovery step looked at, with its decision and why."""

    url: str
    text: str
    kind: str  # report|listing|column|attachment|other
    decision: str  # take|skip
    reason: str
    score: float = 0.0
    year: int | None = None
    via: str | None = None
