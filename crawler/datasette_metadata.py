"""Datasette metadata for the archive database: bilingual descriptions of every table, view and column,
default facets, full-text search settings, canned queries for researchers, and licence/source notes.

Fact keys are described row by row in the `key_vocabulary` table (built from pipelines.keys.KEY_VOCABULARY by
pipelines.views); the metadata points there and labels the views that join it."""

from __future__ import annotations

from typing import Any

from pipelines.keys import APPLY_ROWS, KEY_VOCABULARY

PLUGIN = "xxgk"

TITLE = "政府信息公开工作年度报告档案 · Government information disclosure annual reports archive"
DESCRIPTION_HTML = (
    "<p>中国各级政府及部门发布的《政府信息公开工作年度报告》（2008 年起），逐份存档于 WARC，并抽取统计数据。"
    "<br>Annual reports on government information disclosure published by Chinese governments and agencies since "
    "2008, archived as WARC and parsed into statistics with stable keys (see <code>key_vocabulary</code>).</p>"
    "<p>Start with <a href=\"/{db}/report_overview\">report_overview</a> (search, facets by province, year, "
    "template, failing checks), <a href=\"/{db}/applications_over_time#{chart}\">applications received over "
    "time</a> (chart) and <a href=\"/{db}/section3_grid\">the section-三 grid</a>. Every report links to its "
    "archived capture (捕获存档).</p>"
)
LICENSE = "Code: Apache-2.0. Report texts: public government information (政府信息公开条例); cite the original URL."
LICENSE_URL = "https://www.apache.org/licenses/LICENSE-2.0"
SOURCE = "政府信息公开专栏 of Chinese government portals, crawled by xxgk-archive"
SOURCE_URL = "https://github.com/xxgk-archive"
ABOUT = "Schema: docs/schema.md · Browsing: docs/datasette.md"

# Column meaning, Chinese first, then English. Views reuse the base tables' wording for shared columns.
_COMMON = {
    "report_id": "报告 · report id (reports.id)",
    "portal_id": "门户 · portal id from the seed file",
    "crawl_id": "抓取批次 · crawl run (crawls.id)",
    "capture_id": "捕获记录 · WARC-Record-ID of the archived capture: click for the page as archived",
    "url": "原始网址 · original URL",
    "title": "标题 · title as published (original script)",
    "agency": "发布机关 · publishing agency",
    "agency_type": "机关类型 · gov_region, gov_self, gov_office, department, township, zone, other",
    "year": "报告年度 · reporting year (统计期限), not the publication year",
    "template": "格式 · template era: e2008 (2008–13), e2014 (2014–18 统计表), t2019 (2019 format), t2021 (2021 format)",
    "region_code": "行政区划代码 · GB/T 2260 division code",
    "province": "省份 · province",
    "prefecture": "地市 · prefecture",
    "region_name": "行政区 · division name of region_code",
    "level": "层级 · portal level: province, prefecture, county, zone, department",
    "key": "指标键 · canonical fact key (see key_vocabulary)",
    "value": "数值 · number; money in the printed unit",
    "unit": "单位 · unit as printed (件, 条, 万元 …)",
    "raw_label": "原始标签 · row/column label as printed",
    "raw_value": "原始值 · cell or phrase as printed",
    "source": "来源 · table (statistics table), text (a sentence), derived (computed)",
    "value_flag": "取值标记 · blank, dash, slash, wu (read as 0); approx (余/多/约); derived; placed",
    "confidence": "置信度 · 1.0 unless the cell position was inferred",
    "origin": "文档 · which document of the report: html, pdf, docx, doc, xlsx, xls, ocr",
    "label_zh": "中文标签 · Chinese label",
    "label_en": "英文标签 · English label",
    "n_facts": "指标数 · number of facts",
    "n_checks_failed": "未通过校验数 · number of failing consistency checks",
    "detail": "详情 · details",
    "seq": "序号 · position",
    "kind": "类型 · kind",
    "text": "链接文字 · link text",
    "reason": "理由 · why",
    "status": "状态 · status",
    "name": "名称 · name",
}

_APPLICANT = {
    "natural_person": "自然人 · natural persons",
    "business": "商业企业 · businesses",
    "research": "科研机构 · research institutions",
    "nonprofit": "社会公益组织 · non-profit organisations",
    "legal_service": "法律服务机构 · legal service providers",
    "other_org": "其他 · other organisations",
    "total": "总计 · total",
    "legal_entity": "法人或其他组织 · legal persons and other organisations (sum of the five)",
}

_REVIEW_BLOCKS = {"review": "行政复议 · administrative review",
                  "litigation_direct": "行政诉讼·未经复议直接起诉 · lawsuit without prior review",
                  "litigation_after_review": "行政诉讼·复议后起诉 · lawsuit after review"}
_REVIEW_COLUMNS = {"upheld": "结果维持 · upheld", "corrected": "结果纠正 · corrected", "other": "其他结果 · other",
                   "pending": "尚未审结 · pending", "total": "总计 · total"}

# table → (description, own columns; shared columns come from _COMMON)
_TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "portals": ("门户 · one row per seed portal", {
        "homepage": "首页 · homepage the crawl starts from",
        "start_urls": "起始网址 · extra start URLs (space-separated)"}),
    "crawls": ("抓取批次 · one row per crawl run or worker", {
        "id": "批次号 · crawl number", "started": "开始 · start time (UTC)", "finished": "结束 · end time (UTC)",
        "seeds": "种子文件 · seed file", "worker": "工作进程 · worker name", "settings": "设置 · settings (JSON)",
        "pages": "页面数 · pages", "reports": "报告数 · reports", "failures": "失败数 · failures",
        "warc_bytes": "WARC 字节数 · bytes of WARC written", "revisits": "重访记录 · revisit records"}),
    "captures": ("捕获记录 · every archived WARC record; the id opens the page as archived", {
        "id": "记录号 · WARC-Record-ID: click for the page as archived", "method": "请求方法 · HTTP method",
        "mime": "类型 · Content-Type without parameters",
        "record_type": "记录类型 · response, revisit, resource or metadata", "warc_file": "WARC 文件 · file name",
        "warc_offset": "偏移 · byte offset of the record in the file",
        "warc_length": "长度 · byte length of the (gzipped) record", "payload_digest": "摘要 · WARC-Payload-Digest",
        "refers_to": "指向 · revisit: record id of the original capture", "etag": "ETag",
        "last_modified": "Last-Modified", "ip": "IP 地址 · WARC-IP-Address",
        "render_mode": "抓取方式 · http or browser", "fetched_at": "抓取时间 · WARC-Date"}),
    "reports": ("年度报告 · one row per report (one edition of one agency's report for one year)", {
        "id": "报告号 · stable id (sha1 of the first page URL)", "year_source": "年度来源 · period, title, page_date",
        "published": "发布日期 · publication date on the page", "edition": "版本 · edition (图片版, 超链版 …)",
        "script": "字形 · simplified or traditional", "is_mirror": "镜像 · 1 for a copy on a non-government host",
        "mirror_reason": "镜像原因 · why it is a mirror", "body": "正文 · the report's own text",
        "tables_missing": "缺表 · 1 when the statistics tables are absent (images …)",
        "tables_missing_reason": "缺表原因 · why", "body_hash": "正文哈希 · equal hashes are the same report",
        "parser_version": "解析器版本 · parser version", "errors": "解析问题 · non-fatal parsing problems",
        "first_seen_crawl": "首次发现 · first crawl that found it", "last_seen_crawl": "最近发现 · last crawl"}),
    "report_parts": ("报告组成 · pages and attachments of a report, in order", {}),
    "report_captures": ("报告捕获历史 · every capture of a report's pages over all crawls", {}),
    "sections": ("章节 · top-level sections of the body", {
        "number": "序号 · 一, 二 … as printed", "start": "起点 · character offset in the body"}),
    "facts": ("统计指标 · one statistic of one report (keys: key_vocabulary)", {}),
    "checks": ("校验 · consistency checks (勾稽关系, spec 1(d))", {
        "rule": "规则 · R1–R10, O1–O7, suffixed with the column or block", "passed": "通过 · 1 passed, 0 failed"}),
    "candidates": ("候选链接 · every link the discovery step judged", {
        "decision": "决定 · take or skip", "score": "得分 · score", "via": "来源页 · page it was found on"}),
    "failures": ("失败 · fetches that failed", {"at": "时间 · time (UTC)"}),
    "problems": ("问题 · bad inputs met while parsing", {
        "stage": "阶段 · stage", "error": "错误 · error"}),
    "_meta": ("元数据 · schema version and view definitions digest", {"value": "值 · value"}),
    "key_vocabulary": ("指标键词表 · every fact key: labels, unit, templates, meaning (spec section 2)", {
        "section": "部分 · first key segment (active, apply, review …)",
        "templates": "适用格式 · templates that print or state it", "description": "说明 · meaning and caveats"}),
    "regions": ("行政区 · names of the division codes in use", {"code": "代码 · GB/T 2260 code"}),
    "facts_preferred": ("首选指标 · one fact per report and key: table beats derived beats text", {}),
    "section3_grid": ("第三部分表格 · section 三 (收到和处理政府信息公开申请情况): one row per report × row", {
        "row_seq": "行序 · row order in the template", "row_key": "行键 · row part of the fact key",
        **_APPLICANT}),
    "section4_row": ("第四部分 · section 四 (行政复议、行政诉讼): the 15 cells of a report on one row", {
        f"{block}_{col}": f"{block_zh} × {col_zh}" for block, block_zh in _REVIEW_BLOCKS.items()
        for col, col_zh in _REVIEW_COLUMNS.items()}),
    "report_overview": ("报告总览 · reports with province, region, level and failing checks", {
        "report_rowid": "行号 · reports.rowid (full-text search key)", "id": "报告号 · report id",
        "portal_name": "门户名称 · portal name", "published": "发布日期 · publication date",
        "edition": "版本 · edition", "is_mirror": "镜像 · mirror copy",
        "tables_missing": "缺表 · statistics tables absent",
        "failing_checks": "未通过校验 · failing rule families (JSON array)"}),
    "fact_sources": ("指标溯源 · every fact with its labels, report and archived capture", {}),
}

_FACETS = {
    "report_overview": ["province", "region_name", "level", "year", "template", "agency_type",
                        {"array": "failing_checks"}],
    "reports": ["year", "template", "agency_type", "portal_id"],
    "facts": ["source", "value_flag", "template"],
    "checks": ["rule", "passed"],
    "fact_sources": ["template", "source", "year"],
    "section3_grid": ["row_key", "template", "year"],
    "captures": ["record_type", "mime", "status"],
    "candidates": ["decision", "kind"],
    "failures": ["kind"],
}

APPLICATIONS_CHART = "g.mark=line&g.x_column=year&g.x_type=ordinal&g.y_column=applications_received&g.y_type=quantitative"
OUTCOMES_CHART = "g.mark=bar&g.x_column=year&g.x_type=ordinal&g.y_column=granted_pct&g.y_type=quantitative"

_OUTCOME_CATEGORIES = ("withheld", "unavailable", "not_processed", "other")

def _outcomes_mix_sql() -> str:
    outcome_cells = ", ".join(f"'{row}.total'" for row in APPLY_ROWS if row.startswith("apply.outcome."))
    categories = ",\n".join(
        f"    coalesce(sum(case when key like 'apply.outcome.{c}.%.total' then value end), "
        f"sum(case when key = 'apply.outcome.{c}.total' then value end)) as {c}" for c in _OUTCOME_CATEGORIES)
    return f"""with per_report as (
  select p.report_id, r.year,
    sum(case when key = 'apply.outcome.granted.total' then value end) as granted,
    sum(case when key = 'apply.outcome.partial.total' then value end) as partial,
{categories},
    sum(case when key = 'apply.outcome.total.total' then value end) as total
  from facts_preferred p join reports r on r.id = p.report_id
  where p.key in ({outcome_cells}) and r.year is not null
  group by p.report_id
)
select year, count(*) as reports, sum(granted) as granted, sum(partial) as partial, sum(withheld) as withheld,
  sum(unavailable) as unavailable, sum(not_processed) as not_processed, sum(other) as other, sum(total) as total,
  round(100.0 * sum(granted) / nullif(sum(total), 0), 1) as granted_pct
from per_report group by year order by year"""


QUERIES: dict[str, dict[str, Any]] = {
    "reports_per_region_year": {
        "title": "各地区逐年报告数 · Reports per region per year (coverage gaps)",
        "description": "One row per region and year between from_year and to_year (blank: the years in the "
                       "archive); reports = 0 is a gap in coverage.",
        "sql": """with recursive years(year) as (
  select coalesce(nullif(:from_year, '') + 0, (select min(year) from reports))
  union all
  select year + 1 from years where year < coalesce(nullif(:to_year, '') + 0, (select max(year) from reports))
),
seen as (select distinct region_code, province, region_name from report_overview where region_code is not null)
select s.province, s.region_code, s.region_name, y.year,
  (select count(*) from report_overview o where o.region_code = s.region_code and o.year = y.year) as reports
from seen s, years y
order by s.province, s.region_code, y.year""",
    },
    "applications_over_time": {
        "title": "依申请公开数量变化 · Applications received over time",
        "description": "Requests received per reporting year (apply.received.total, all template eras; "
                       "apply.received_new.total where a 2019/2021 report lacks it), summed over the reports of "
                       "that year; province filters by name (blank: all).",
        "sql": """with per_report as (
  -- the headline key of every era; a 2019/2021 report without its derived copy falls back to the grid cell
  select report_id, coalesce(max(case when key = 'apply.received.total' then value end),
                             max(case when key = 'apply.received_new.total' then value end)) as received
  from facts_preferred where key in ('apply.received.total', 'apply.received_new.total')
  group by report_id
)
select o.year, count(*) as reports, sum(p.received) as applications_received,
  round(avg(p.received), 1) as mean_per_report
from per_report p join report_overview o on o.id = p.report_id
where o.year is not null and (:province = '' or o.province = :province)
group by o.year
order by o.year""",
    },
    "outcomes_mix": {
        "title": "办理结果构成 · Outcomes mix (2019 and 2021 formats)",
        "description": "Section-三 outcomes per reporting year, total column; category values are the sum of "
                       "their rows, or the printed subtotal when a report has no rows for it.",
        "sql": _outcomes_mix_sql(),
    },
    "failing_checks": {
        "title": "未通过校验的报告 · Reports failing consistency checks",
        "description": "Every failing check with the numbers compared; rule filters by prefix (R1, O5 …).",
        "sql": """select o.province, o.region_name, o.year, o.template, o.title, c.rule, c.detail, o.id as report_id,
  o.capture_id
from checks c join report_overview o on o.id = c.report_id
where not c.passed and (:rule = '' or c.rule like :rule || '%')
order by o.year desc, o.province, o.title, c.rule""",
    },
    "portals_missing_year": {
        "title": "缺少年报的门户 · Portals with no report found for a year",
        "description": "Portal × year pairs with no report (year blank: every year in the archive).",
        "sql": """with recursive years(year) as (
  select min(year) from reports
  union all
  select year + 1 from years where year < (select max(year) from reports)
)
select p.portal_id, p.name, p.province, p.level, y.year
from portals p, years y
where not exists (select 1 from reports r where r.portal_id = p.portal_id and r.year = y.year)
  and (:year = '' or y.year = :year + 0)
order by p.portal_id, y.year""",
    },
}

# Charts that open by default on a canned query page (datasette-vega reads them from the URL fragment).
CHARTS = {"applications_over_time": APPLICATIONS_CHART, "outcomes_mix": OUTCOMES_CHART}


def _table_metadata(name: str, columns: list[str]) -> dict[str, Any]:
    description, own = _TABLES[name]
    known = {**_COMMON, **own}
    entry: dict[str, Any] = {"description": description,
                             "columns": {c: known[c] for c in columns if c in known}}
    if name in _FACETS:
        entry["facets"] = _FACETS[name]
    return entry


def undescribed_columns(columns: dict[str, list[str]]) -> list[str]:
    """`table.column` names that the metadata does not describe (tables unknown here count as a whole)."""
    return [f"{table}.{c}" for table, cols in columns.items() if not table.startswith("reports_fts")
            for c in cols if table not in _TABLES or c not in {**_COMMON, **_TABLES[table][1]}]


def build_metadata(db_name: str, replay_url: str, columns: dict[str, list[str]]) -> dict[str, Any]:
    """Metadata for one archive database named `db_name` in Datasette (the file stem); `columns` maps every
    table and view of the database to its columns."""
    tables = {name: _table_metadata(name, cols) for name, cols in columns.items() if name in _TABLES}
    # Search on the overview goes through the reports index: its report_rowid is the reports rowid.
    if "report_overview" in tables:
        tables["report_overview"].update({"fts_table": "reports_fts", "fts_pk": "report_rowid",
                                          "sort_desc": "year"})
    if "key_vocabulary" in tables:
        tables["key_vocabulary"]["description"] += f" ({len(KEY_VOCABULARY)} keys)"
    tables["reports"].update({"sort_desc": "year", "label_column": "title"})
    tables["portals"]["label_column"] = "name"
    return {
        "title": TITLE,
        "description_html": DESCRIPTION_HTML.format(db=db_name, chart=APPLICATIONS_CHART),
        "license": LICENSE, "license_url": LICENSE_URL, "source": SOURCE, "source_url": SOURCE_URL,
        "about": ABOUT,
        "databases": {db_name: {"tables": tables, "queries": QUERIES}},
        "plugins": {PLUGIN: {"replay_url": replay_url, "charts": CHARTS}},
    }
