"""Black-box probe (pr_doc): reports published as office files attached to a link page.

Every case builds what a portal serves: an HTML link page with CMS chrome (breadcrumb, 索引号/发布机构/发布日期
block, footer) whose body says little more than "附件：…", plus the attached DOCX / DOC / WPS / XLSX / XLS / ET
files, and calls `parse_report([link_page], [files…])`. The table layouts and the sentence shapes follow real
published reports (the t2021 grid with vertical and horizontal merges, section 三 split in two by a page break,
grids where only 自然人 and 总计 are filled and the rest left blank, “现行有效件数（历史累计）”, “商业 企业” with a
space, “属于三类内容事务信息”, “只计这一情况”, “主动公开政府信息共800余条”, “未收到依申请公开事项”, e2014 统计表
spreadsheets); the words and numbers are our own.
"""

from __future__ import annotations

import functools
import html
import io
import re
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import attachment_factory as af  # noqa: E402

from pipelines.parse import parse_report  # noqa: E402
from pipelines.records import Fetched, Report  # noqa: E402

COLS = ("natural_person", "business", "research", "nonprofit", "legal_service", "other_org", "total")
ROW_KEYS = [
    "apply.received_new", "apply.carried_in", "apply.outcome.granted", "apply.outcome.partial",
    *[f"apply.outcome.withheld.{x}" for x in ("state_secret", "law_prohibited", "security_stability", "third_party",
                                              "internal_affairs", "process_info", "enforcement_file",
                                              "admin_query")],
    *[f"apply.outcome.unavailable.{x}" for x in ("not_held", "needs_creation", "unclear")],
    *[f"apply.outcome.not_processed.{x}" for x in ("petition", "duplicate", "publication", "mass_repeat",
                                                   "confirm_reissue")],
    *[f"apply.outcome.other.{x}" for x in ("no_correction", "fee_unpaid", "misc")],
    "apply.outcome.total", "apply.carried_out",
]
assert len(ROW_KEYS) == len(af.T2021_APPLY_ROWS)
REVIEW_KEYS = [f"{block}.{c}" for block in ("review", "litigation.direct", "litigation.after_review")
               for c in ("upheld", "corrected", "other", "pending", "total")]

HOST = "http://www.shimen.gov.cn"
PAGE_URL = HOST + "/zwgk/zfxxgknb/202201/t20220125_1893.html"


# ------------------------------------------------------------------------------------------ data
def consistent_apply(rows: dict[int, list[int]]) -> list[list[str]]:
    """25 rows × 7: given six-column values for some rows, zeros elsewhere; the outcome total and the carried-out
    row are computed so that R1/R2/R3 hold."""
    grid = [[0] * 6 for _ in ROW_KEYS]
    for index, values in rows.items():
        grid[index] = list(values)
    grid[23] = [sum(grid[r][c] for r in range(2, 23)) for c in range(6)]
    grid[24] = [grid[0][c] + grid[1][c] - grid[23][c] for c in range(6)]
    assert all(v >= 0 for v in grid[24])
    return [[str(v) for v in row] + [str(sum(row))] for row in grid]


# a county bureau: 12 new + 1 carried in; 9 answered for people, 2 for firms, 1 for a law firm; 1 carried out
APPLY = consistent_apply({0: [9, 2, 0, 0, 1, 0], 1: [1, 0, 0, 0, 0, 0], 2: [4, 1, 0, 0, 0, 0],
                          3: [1, 0, 0, 0, 0, 0], 9: [1, 0, 0, 0, 0, 0], 12: [2, 1, 0, 0, 1, 0],
                          16: [1, 0, 0, 0, 0, 0]})
REVIEW = ["1", "0", "0", "1", "2", "0", "1", "0", "0", "1", "1", "0", "0", "0", "1"]
ACTIVE = {"规章": ["0", "0", "0"], "行政规范性文件": ["3", "1", "17"], "行政许可": ["1286"], "行政处罚": ["74"],
          "行政强制": ["6"], "行政事业性收费": ["12.35"]}
PROSE = ["一、总体情况",
         "2021年，石门县自然资源局按照县政务公开办的统一部署，围绕自然资源管理重点工作推进政府信息公开。",
         "（一）主动公开",
         "全年通过县政府门户网站本局专栏主动公开政府信息326条，其中政策解读9篇。",
         "（二）依申请公开",
         "全年共受理政府信息公开申请12件，均在法定期限内答复。"]


def data(apply=None, review=None, active=None, prose=None) -> af.T2021Data:
    return af.T2021Data(active=active or ACTIVE, apply=apply or APPLY, review=review or REVIEW,
                        prose=PROSE if prose is None else prose)


def apply_expect(apply: list[list[str]]) -> dict[str, float]:
    return {f"{ROW_KEYS[r]}.{COLS[c]}": float(apply[r][c]) for r in range(25) for c in range(7)}


def review_expect(review: list[str]) -> dict[str, float]:
    return {key: float(v) for key, v in zip(REVIEW_KEYS, review, strict=True)}


# ------------------------------------------------------------------------------------------ files
def _fill(table, spec: af.Spec) -> None:
    for r, col, rs, cs, text in af.placements(spec):
        cell = table.cell(r, col)
        if rs > 1 or cs > 1:
            cell = cell.merge(table.cell(r + rs - 1, col + cs - 1))
        cell.text = text


def _add_table(container, spec: af.Spec):
    grid = af.expand(spec)
    table = container.add_table(rows=len(grid), cols=len(grid[0]))
    table.style = "Table Grid"
    _fill(table, spec)
    return table


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
VML_BOX = ('<w:pict><v:shape style="width:420pt;height:40pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}'
           '</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>')
DML_BOX = ('<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" '
           'distR="0" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
           '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="5334000" cy="508000"/><wp:wrapTopAndBottom/><wp:docPr id="7" name="文本框 7"/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5334000" cy="508000"/>'
           '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr><wps:txbx><w:txbxContent><w:p><w:r>'
           '<w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData>'
           '</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>' + VML_BOX + '</mc:Fallback>'
           '</mc:AlternateContent>')


def _text_box(document, text: str, style: str = "vml") -> None:
    from docx.oxml import parse_xml

    inner = (VML_BOX if style == "vml" else DML_BOX).format(text=html.escape(text))
    xml = (f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">' + inner + '</w:r>')
    document.add_paragraph()._p.append(parse_xml(xml))


def docx_bytes(title: str, blocks: list, *, nested: bool = False) -> bytes:
    """blocks: str (paragraph), Spec (table), ("box", text) a text box, ("nested", [blocks]) tables in a 1×1 frame."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        elif isinstance(block, tuple) and block[0] in ("box", "dmlbox"):
            _text_box(document, block[1], "vml" if block[0] == "box" else "dml")
        elif isinstance(block, tuple) and block[0] == "nested":
            frame = document.add_table(rows=1, cols=1)
            cell = frame.cell(0, 0)
            for inner in block[1]:
                if isinstance(inner, str):
                    cell.add_paragraph(inner)
                else:
                    _add_table(cell, inner)
        else:
            _add_table(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def t2021_blocks(d: af.T2021Data, *, apply_spec=None, prose=True) -> list:
    return [*(d.prose if prose else []), "二、主动公开政府信息情况", af.t2021_active_spec(d),
            "三、收到和处理政府信息公开申请情况", apply_spec or af.t2021_apply_spec(d),
            "四、政府信息公开行政复议、行政诉讼情况", af.t2021_review_spec(d),
            "五、存在的主要问题及改进情况", "信息公开的及时性有待提高，下一步将加强培训。"]


def xlsx_bytes(sheets: dict[str, list[af.Spec]], *, as_text: bool = False, blank: set[str] = frozenset(),
               formula_totals: bool = False) -> bytes:
    """Like af.xlsx_file; as_text stores numbers as text; cells whose text is in `blank` are left empty;
    formula_totals writes each section-三 data row's 总计 as =SUM(...) of its six cells."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, specs in sheets.items():
        sheet = workbook.create_sheet(name)
        top = 1
        for spec in specs:
            grid = af.expand(spec)
            for r, col, rs, cs, text in af.placements(spec):
                if text in blank:
                    value = None
                else:
                    value = text if as_text else af._typed(text)
                if formula_totals and len(grid[0]) == 10 and r >= 3 and col == 9:
                    value = f"=SUM(D{top + r}:I{top + r})"
                sheet.cell(top + r, col + 1, value)
                if rs > 1 or cs > 1:
                    sheet.merge_cells(start_row=top + r, start_column=col + 1, end_row=top + r + rs - 1,
                                      end_column=col + cs)
            top += len(grid) + 1
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_cached_sums(body: bytes) -> bytes:
    """Write the value Excel caches next to every =SUM(D n:I n) formula (openpyxl leaves <v> empty)."""
    source = zipfile.ZipFile(io.BytesIO(body))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data_ = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = data_.decode()
                numbers = {m.group(1): m.group(2) for m in re.finditer(r'<c r="([A-Z]+\d+)" t="n"><v>([^<]*)</v>', text)}

                def cached(m: re.Match, numbers: dict[str, str] = numbers) -> str:
                    row = m.group(2)
                    total = sum(float(numbers.get(f"{col}{row}", 0) or 0) for col in "DEFGHI")
                    return f'{m.group(0)[:-len("<v></v></c>")]}<v>{total:g}</v></c>'

                text = re.sub(r'<c r="J(\d+)"><f>SUM\(D(\d+):I\d+\)</f><v></v></c>', cached, text)
                data_ = text.encode()
            target.writestr(item, data_)
    return out.getvalue()


@functools.cache
def converted(kind: str) -> bytes:
    """Slow LibreOffice conversions, done once."""
    if kind == "doc":
        return af.soffice_convert(docx_bytes("石门县自然资源局2021年政府信息公开工作年度报告", t2021_blocks(data())),
                                  "docx", "doc")
    if kind == "xls":
        return af.soffice_convert(t2021_sheets_bytes(), "xlsx", "xls")
    if kind == "xlsx-formula":
        return with_cached_sums(xlsx_bytes(t2021_sheet_dict(data()), formula_totals=True))
    if kind == "e2014-xls":
        return af.soffice_convert(af.e2014_xlsx(), "xlsx", "xls")
    raise KeyError(kind)


def t2021_sheet_dict(d: af.T2021Data) -> dict[str, list[af.Spec]]:
    return {"主动公开": [af.t2021_active_spec(d)], "依申请": [af.t2021_apply_spec(d)],
            "复议诉讼": [af.t2021_review_spec(d)]}


def t2021_sheets_bytes() -> bytes:
    return xlsx_bytes(t2021_sheet_dict(data()))


# ------------------------------------------------------------------------------------------ portal
def link_page(title: str, agency_meta: str, links: list[tuple[str, str]], prose: list[str] = (),
              date: str = "2022-01-25", encoding: str = "utf-8") -> bytes:
    items = "".join(f'<p>附件{i + 1}：<a href="{html.escape(href)}" target="_blank">{html.escape(text)}</a></p>'
                    for i, (href, text) in enumerate(links))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in prose)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={encoding}">
<title>{html.escape(title)}_政府信息公开年报_石门县人民政府</title></head>
<body><div class="top"><a href="/">石门县人民政府</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt;
<a href="/zwgk/zfxxgknb/">政府信息公开年报</a></div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>431137/2022-0118</td><td>分类：</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构：</td><td>{html.escape(agency_meta)}</td><td>发布日期：</td><td>{date}</td></tr>
<tr><td>名称：</td><td colspan="3">{html.escape(title)}</td></tr></table>
<div class="article"><h1 class="title">{html.escape(title)}</h1>{body}{items}
<div class="share">【打印本页】【关闭窗口】</div></div>
<div class="footer">主办：石门县人民政府办公室 网站标识码：4307260001 湘ICP备05002361号</div></body></html>"""
    return page.encode(encoding)


def run(title: str, files: list[tuple[str, str, bytes]], *, agency_meta: str = "石门县自然资源局",
        prose: list[str] = (), date: str = "2022-01-25") -> Report:
    """files: (file name on the server, link text, bytes)."""
    links = [(f"/uploadfiles/{date[:4]}{date[5:7]}/{name}", text) for name, text, _ in files]
    page = Fetched(PAGE_URL, link_page(title, agency_meta, links, prose, date),
                   {"content-type": "text/html; charset=utf-8"})
    attachments = [Fetched(HOST + href, body, {"content-type": _ctype(name)})
                   for (href, _), (name, _, body) in zip(links, files, strict=True)]
    return parse_report([page], attachments)


def _ctype(name: str) -> str:
    ext = name.rsplit(".", 1)[-1]
    return {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "doc": "application/msword", "wps": "application/octet-stream",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xls": "application/vnd.ms-excel", "et": "application/octet-stream"}.get(ext, "application/octet-stream")


def facts(report: Report, source: str | None = "table") -> dict[str, object]:
    return {f.key: f for f in report.facts if source is None or f.source == source}


def values(report: Report, source: str | None = "table") -> dict[str, float]:
    return {k: f.value for k, f in facts(report, source).items()}


def assert_values(report: Report, expected: dict[str, float], source: str | None = "table") -> None:
    got = values(report, source)
    wrong = {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) is None or abs(got[k] - v) > 1e-9}
    assert not wrong, f"{len(wrong)} wrong of {len(expected)}: {dict(list(wrong.items())[:8])}"


def failed_checks(report: Report) -> list[str]:
    return sorted(c.rule for c in report.checks if not c.passed)


def failed_rules(report: Report, *rules: str) -> list[str]:
    """Failed checks whose rule (before the suffix) is one of `rules` ("R1" does not match "R10")."""
    return [c for c in failed_checks(report) if c.split(".")[0] in rules]


TITLE = "石门县自然资源局2021年政府信息公开工作年度报告"
AGENCY = "石门县自然资源局"
FULL = {**apply_expect(APPLY), **review_expect(REVIEW),
        "active.regulation.issued": 0, "active.normative.issued": 3, "active.normative.repealed": 1,
        "active.normative.in_force": 17, "active.permit.decisions": 1286, "active.penalty.decisions": 74,
        "active.coercion.decisions": 6, "active.admin_fee.amount": 12.35}


# ------------------------------------------------------------------------------------------ DOCX t2021
def test_docx_full_grid_values_metadata_and_no_false_alarms():
    r = run(TITLE, [("P020220125381.docx", TITLE + ".docx", docx_bytes(TITLE, t2021_blocks(data())))])
    assert (r.year, r.template, r.agency, r.tables_missing) == (2021, "t2021", AGENCY, False)
    assert_values(r, FULL)
    assert failed_checks(r) == []
    assert any(c.rule.startswith("R1") for c in r.checks) and any(c.rule.startswith("R6") for c in r.checks)
    assert {f.origin for f in r.facts if f.source == "table"} == {"docx"}


@pytest.mark.parametrize("key,value", [
    pytest.param("apply.received_new.legal_service", 1, id="docx-hmerge-header-legal-service-column"),
    pytest.param("apply.outcome.withheld.process_info.natural_person", 1, id="docx-vmerge-label-withheld-row"),
    pytest.param("apply.outcome.unavailable.not_held.business", 1, id="docx-vmerge-label-unavailable-row"),
    pytest.param("apply.outcome.not_processed.duplicate.total", 1, id="docx-vmerge-label-not-processed"),
    pytest.param("apply.outcome.total.total", 12, id="docx-outcome-total-row"),
    pytest.param("apply.carried_out.natural_person", 1, id="docx-carried-out"),
    pytest.param("litigation.after_review.total", 1, id="docx-review-block-three"),
    pytest.param("review.pending", 1, id="docx-review-pending"),
])
def test_docx_merged_cells_land_in_the_right_key(key, value):
    r = run(TITLE, [("P020220125381.docx", TITLE, docx_bytes(TITLE, t2021_blocks(data())))])
    assert values(r)[key] == value


def test_docx_derived_headline_keys():
    r = run(TITLE, [("a.docx", TITLE, docx_bytes(TITLE, t2021_blocks(data())))])
    derived = values(r, "derived")
    assert derived.get("apply.received.total") == 12
    assert derived.get("litigation.total") == 2


def _split_apply(d: af.T2021Data, at: int, repeat_header: bool) -> list:
    first = af.t2021_apply_header() + af.t2021_apply_body(d, 0, at)
    second = (af.t2021_apply_header() if repeat_header else []) + af.t2021_apply_body(d, at)
    return [first, second]


@pytest.mark.parametrize("at,repeat", [
    pytest.param(12, False, id="docx-split-inside-merged-withheld-no-header"),
    pytest.param(12, True, id="docx-split-inside-merged-withheld-header-repeated"),
    pytest.param(15, False, id="docx-split-at-unavailable-boundary"),
    pytest.param(22, True, id="docx-split-before-outcome-total-header-repeated"),
])
def test_docx_section_three_split_in_two_tables(at, repeat):
    d = data()
    first, second = _split_apply(d, at, repeat)
    blocks = [*d.prose, "二、主动公开政府信息情况", af.t2021_active_spec(d), "三、收到和处理政府信息公开申请情况",
              first, second, "四、政府信息公开行政复议、行政诉讼情况", af.t2021_review_spec(d)]
    r = run(TITLE, [("b.docx", TITLE, docx_bytes(TITLE, blocks))])
    assert_values(r, apply_expect(APPLY))
    assert not failed_rules(r, "R1", "R2", "R3")


def test_docx_tables_nested_in_layout_frame():
    d = data()
    inner = ["二、主动公开政府信息情况", af.t2021_active_spec(d), "三、收到和处理政府信息公开申请情况",
             af.t2021_apply_spec(d), "四、政府信息公开行政复议、行政诉讼情况", af.t2021_review_spec(d)]
    r = run(TITLE, [("c.docx", TITLE, docx_bytes(TITLE, [*d.prose, ("nested", inner)]))])
    assert_values(r, FULL)
    assert r.tables_missing is False


@pytest.mark.parametrize("kind", [pytest.param("box", id="textbox-vml-word2003-wps"),
                                  pytest.param("dmlbox", id="textbox-drawingml-word2010")])
def test_docx_prose_in_text_box_is_read(kind):
    d = data(prose=["一、总体情况", (kind, "全年通过本局网站专栏主动公开政府信息418条。")])
    blocks = [*d.prose, *t2021_blocks(d, prose=False)]
    r = run(TITLE, [("d.docx", TITLE, docx_bytes(TITLE, blocks))])
    assert values(r, "text").get("active.items_total") == 418
    assert_values(r, apply_expect(APPLY))


def test_docx_in_content_controls():
    body = af.in_content_controls(docx_bytes(TITLE, t2021_blocks(data())))
    r = run(TITLE, [("e.docx", TITLE, body)])
    assert_values(r, FULL)


def _blank_apply_spec(apply: list[list[str]]) -> af.Spec:
    """As some clerks fill it: only non-zero cells typed, every other cell left empty."""
    d = data(apply=[[v if v != "0" else "" for v in row] for row in apply])
    return af.t2021_apply_spec(d)


def test_docx_blank_cells_read_as_zero_with_blank_flag():
    apply = consistent_apply({0: [56, 0, 0, 0, 0, 0], 2: [18, 0, 0, 0, 0, 0], 12: [30, 0, 0, 0, 0, 0],
                              17: [8, 0, 0, 0, 0, 0]})
    d = data(apply=apply)
    r = run(TITLE, [("f.docx", TITLE, docx_bytes(TITLE, t2021_blocks(d, apply_spec=_blank_apply_spec(apply))))])
    f = facts(r)
    assert f["apply.received_new.natural_person"].value == 56
    assert f["apply.received_new.total"].value == 56
    assert (f["apply.received_new.business"].value, f["apply.received_new.business"].value_flag) == (0, "blank")
    assert (f["apply.outcome.partial.total"].value, f["apply.outcome.partial.total"].value_flag) == (0, "blank")
    assert f["apply.outcome.not_processed.publication.natural_person"].value == 8
    assert not failed_rules(r, "R1", "R2", "R3")


def _variant_apply_spec(d: af.T2021Data, replace: dict[str, str]) -> af.Spec:
    spec = af.t2021_apply_spec(d)
    return [[(replace.get(text, text), rs, cs) for text, rs, cs in row] for row in spec]


@pytest.mark.parametrize("old,new,key", [
    pytest.param("商业企业", "商业 企业", "apply.received_new.business", id="label-space-商业-企业"),
    pytest.param("自然人", "自 然 人", "apply.received_new.natural_person", id="label-spaced-自然人"),
    pytest.param("5.属于三类内部事务信息", "5.属于三类内容事务信息", "apply.outcome.withheld.internal_affairs.total",
                 id="label-typo-三类内容事务"),
    pytest.param("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                 "（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "apply.outcome.partial.natural_person",
                 id="label-只计这一情况"),
    pytest.param("3.危及“三安全一稳定”", '3.危及"三安全一稳定"', "apply.outcome.withheld.security_stability.total",
                 id="label-ascii-quotes-三安全"),
    pytest.param("（三）不予公开", "(三) 不予公开", "apply.outcome.withheld.state_secret.total",
                 id="label-halfwidth-parens-不予公开"),
])
def test_docx_label_variants(old, new, key):
    apply = consistent_apply({0: [5, 2, 1, 0, 0, 0], 3: [1, 0, 0, 0, 0, 0], 4: [1, 0, 0, 0, 0, 0],
                              6: [1, 1, 0, 0, 0, 0], 8: [1, 0, 1, 0, 0, 0], 12: [1, 1, 0, 0, 0, 0]})
    d = data(apply=apply)
    spec = _variant_apply_spec(d, {old: new})
    r = run(TITLE, [("g.docx", TITLE, docx_bytes(TITLE, t2021_blocks(d, apply_spec=spec)))])
    assert_values(r, apply_expect(apply))
    assert values(r)[key] == float(apply[ROW_KEYS.index(key.rsplit(".", 1)[0])][COLS.index(key.rsplit(".", 1)[1])])


def test_docx_in_force_header_with_history_note_and_blank_regulation_cell():
    d = data(active={**ACTIVE, "规章": ["0", "0", ""]})
    active = [[(("现行有效件数（历史累计）" if t == "现行有效件数" else t), rs, cs) for t, rs, cs in row]
              for row in af.t2021_active_spec(d)]
    blocks = t2021_blocks(d)
    blocks[blocks.index(af.t2021_active_spec(d))] = active
    r = run(TITLE, [("h.docx", TITLE, docx_bytes(TITLE, blocks))])
    f = facts(r)
    assert f["active.normative.in_force"].value == 17
    assert (f["active.regulation.in_force"].value, f["active.regulation.in_force"].value_flag) == (0, "blank")


def test_docx_all_zero_township_grid_is_reported_not_missing():
    d = data(apply=consistent_apply({}), review=["0"] * 15,
             prose=["一、总体情况", "2021年，我镇未收到依申请公开事项，全年无行政复议和行政诉讼。"])
    title = "石门县新关镇人民政府2021年政府信息公开工作年度报告"
    r = run(title, [("i.docx", title, docx_bytes(title, t2021_blocks(d)))], agency_meta="新关镇人民政府")
    assert r.tables_missing is False
    assert values(r)["apply.received_new.total"] == 0
    assert values(r)["review.total"] == 0
    assert failed_checks(r) == []


def test_docx_text_matches_table_r10_passes():
    r = run(TITLE, [("j.docx", TITLE, docx_bytes(TITLE, t2021_blocks(data())))])
    r10 = [c for c in r.checks if c.rule.startswith("R10")]
    assert r10 and all(c.passed for c in r10)


def test_docx_text_disagrees_with_table_r10_fails():
    prose = [*PROSE[:-1], "全年共受理政府信息公开申请15件，均在法定期限内答复。"]
    r = run(TITLE, [("k.docx", TITLE, docx_bytes(TITLE, t2021_blocks(data(prose=prose))))])
    assert any(c.rule.startswith("R10") and not c.passed for c in r.checks)


def test_docx_approx_prose_count_flagged():
    prose = ["一、总体情况", "（一）主动公开", "2021年，我局主动公开政府信息共800余条，其中通过门户网站公开信息共471条。"]
    r = run(TITLE, [("l.docx", TITLE, docx_bytes(TITLE, t2021_blocks(data(prose=prose))))])
    f = facts(r, "text")["active.items_total"]
    assert (f.value, f.value_flag) == (800, "approx")


def test_docx_violation_is_reported_not_fixed():
    apply = [row[:] for row in APPLY]
    apply[0] = ["9", "2", "0", "0", "1", "0", "13"]  # 总计 typed wrong (row sums to 12)
    r = run(TITLE, [("m.docx", TITLE, docx_bytes(TITLE, t2021_blocks(data(apply=apply))))])
    assert values(r)["apply.received_new.total"] == 13
    assert "R3" in {c.rule.split(".")[0] for c in r.checks if not c.passed}


def test_docx_2022_report_year_and_template():
    title = "石门县自然资源局2022年政府信息公开工作年度报告"
    d = data(prose=["本报告中所列数据统计期限为2022年1月1日至2022年12月31日。", *PROSE])
    r = run(title, [("n.docx", title, docx_bytes(title, t2021_blocks(d)))], date="2023-01-18")
    assert (r.year, r.template) == (2022, "t2021")
    assert_values(r, apply_expect(APPLY))


def test_docx_prose_only_tables_missing():
    r = run(TITLE, [("o.docx", TITLE, docx_bytes(TITLE, [*PROSE, "二、主动公开政府信息情况", "（表格略）",
                                                         "三、收到和处理政府信息公开申请情况",
                                                         "四、政府信息公开行政复议、行政诉讼情况"]))])
    assert r.tables_missing is True
    assert not [k for k in values(r) if k.startswith("apply.received_new")]


# ------------------------------------------------------------------------------------------ e2014 DOCX
def test_docx_e2014_statistics_table_and_seed_violation():
    title = "二道区人民政府2017年度政府信息公开工作报告"
    r = run(title, [("p.docx", title, af.e2014_docx())], agency_meta="二道区政府办", date="2018-03-20")
    assert (r.year, r.template) == (2017, "e2014")
    assert_values(r, {"apply.received.total": 23, "apply.channel.in_person": 19, "apply.channel.online": 3,
                      "apply.answer.granted": 10, "apply.answer.denied.commercial_secret": 2, "review.total": 22,
                      "litigation.corrected": 1, "org.reading_points": 44, "training.trainees": 70,
                      "active.items_total": 4156})
    bad = {c.rule.split(".")[0] for c in r.checks if not c.passed}
    assert "O5" in bad
    assert not bad & {"O1", "O2", "O3", "O4", "O6"}


# ------------------------------------------------------------------------------------------ DOC / WPS
def test_doc_binary_word_file():
    r = run(TITLE, [("P0202201.doc", TITLE + ".doc", converted("doc"))])
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert_values(r, FULL)
    assert {f.origin for f in r.facts if f.source == "table"} == {"doc"}


def test_wps_name_on_binary_word_file():
    r = run(TITLE, [("P0202201.wps", TITLE + ".wps", converted("doc"))])
    assert_values(r, apply_expect(APPLY))
    assert r.errors == [] or all("wps" not in e.lower() for e in r.errors)


def test_doc_that_is_word_saved_web_page_gbk():
    d = data()
    body = af.word_web_page(TITLE, t2021_blocks(d))
    r = run(TITLE, [("P0202202.doc", TITLE + ".doc", body)])
    assert_values(r, FULL)


# ------------------------------------------------------------------------------------------ XLSX / XLS / ET
def test_xlsx_three_sheets():
    r = run(TITLE, [("tjb.xlsx", "政府信息公开工作年度报告统计表.xlsx", t2021_sheets_bytes())], prose=PROSE)
    assert (r.year, r.template, r.tables_missing) == (2021, "t2021", False)
    assert_values(r, FULL)
    assert not failed_rules(r, "R1", "R2", "R3", "R6")


def test_xlsx_one_sheet_three_tables_stacked():
    d = data()
    body = xlsx_bytes({"Sheet1": [af.t2021_active_spec(d), af.t2021_apply_spec(d), af.t2021_review_spec(d)]})
    r = run(TITLE, [("tjb.xlsx", "统计表.xlsx", body)], prose=PROSE)
    assert_values(r, FULL)


def test_xlsx_numbers_stored_as_text():
    r = run(TITLE, [("tjb.xlsx", "统计表.xlsx", xlsx_bytes(t2021_sheet_dict(data()), as_text=True))], prose=PROSE)
    assert_values(r, FULL)


def test_xlsx_formula_totals_with_cached_values():
    r = run(TITLE, [("tjb.xlsx", "统计表.xlsx", converted("xlsx-formula"))], prose=PROSE)
    assert_values(r, apply_expect(APPLY))
    assert failed_checks(r) == []


def test_xlsx_blank_cells_zero_flag():
    apply = consistent_apply({0: [7, 0, 0, 0, 0, 0], 2: [5, 0, 0, 0, 0, 0], 14: [2, 0, 0, 0, 0, 0]})
    d = data(apply=[[v if v != "0" else "" for v in row] for row in apply])
    body = xlsx_bytes(t2021_sheet_dict(d), blank={""})
    r = run(TITLE, [("tjb.xlsx", "统计表.xlsx", body)], prose=PROSE[:4])
    f = facts(r)
    assert f["apply.received_new.natural_person"].value == 7
    assert (f["apply.received_new.research"].value, f["apply.received_new.research"].value_flag) == (0, "blank")
    assert f["apply.outcome.unavailable.unclear.total"].value == 2
    assert not failed_rules(r, "R1", "R2", "R3")


def test_xlsx_dash_cells_zero_flag():
    apply = consistent_apply({0: [3, 1, 0, 0, 0, 0], 2: [3, 1, 0, 0, 0, 0]})
    d = data(apply=[[v if v != "0" else "—" for v in row] for row in apply])
    r = run(TITLE, [("tjb.xlsx", "统计表.xlsx", xlsx_bytes(t2021_sheet_dict(d)))], prose=PROSE[:4])
    f = facts(r)
    assert (f["apply.received_new.nonprofit"].value, f["apply.received_new.nonprofit"].value_flag) == (0, "dash")
    assert f["apply.received_new.total"].value == 4


def test_xlsx_with_instructions_sheet_first():
    d = data()
    notes = [[af.c("填报说明")], [af.c("1.本表数据统计期限为2021年1月1日至12月31日。")],
             [af.c("2.金额单位为万元，保留两位小数。")]]
    body = xlsx_bytes({"填报说明": [notes], **t2021_sheet_dict(d)})
    r = run(TITLE, [("tjb.xlsx", "统计表.xlsx", body)], prose=PROSE)
    assert_values(r, FULL)


def test_xls_binary_sheets():
    r = run(TITLE, [("tjb.xls", "统计表.xls", converted("xls"))], prose=PROSE)
    assert_values(r, FULL)
    assert {f.origin for f in r.facts if f.source == "table"} == {"xls"}


def test_et_name_on_binary_sheets():
    r = run(TITLE, [("tjb.et", "统计表.et", converted("xls"))], prose=PROSE)
    assert_values(r, apply_expect(APPLY))


def test_xlsx_e2014_statistics_table():
    title = "二道区人民政府2017年度政府信息公开工作报告"
    r = run(title, [("tjb.xlsx", "政府信息公开情况统计表.xlsx", af.e2014_xlsx())], agency_meta="二道区政府办",
            prose=af.E2014_PROSE[1:], date="2018-03-20")
    assert (r.year, r.template) == (2017, "e2014")
    assert_values(r, {"apply.received.total": 23, "apply.closed.total": 22, "apply.closed.on_time": 21,
                      "apply.answer.not_this_agency": 5, "org.staff_total": 2, "org.budget": 2,
                      "response.online_interviews": 12, "active.channel.website": 2841})


def test_xls_e2014_statistics_table():
    title = "二道区人民政府2017年度政府信息公开工作报告"
    r = run(title, [("tjb.xls", "政府信息公开情况统计表.xls", converted("e2014-xls"))], agency_meta="二道区政府办",
            prose=af.E2014_PROSE[1:], date="2018-03-20")
    assert_values(r, {"apply.received.total": 23, "review.total": 22, "review.upheld": 15, "review.other": 6})
    assert "O5" in {c.rule.split(".")[0] for c in r.checks if not c.passed}


def test_xlsx_e2014_slash_cells():
    rows = [(label, unit, "／" if value == "0" else value) for label, unit, value in af.E2014_ROWS]
    title = "二道区人民政府2017年度政府信息公开工作报告"
    r = run(title, [("tjb.xlsx", "统计表.xlsx", af.e2014_xlsx(rows))], agency_meta="二道区政府办",
            prose=af.E2014_PROSE[1:], date="2018-03-20")
    f = facts(r)
    assert (f["apply.channel.fax"].value, f["apply.channel.fax"].value_flag) == (0, "slash")
    assert f["apply.received.total"].value == 23


# ------------------------------------------------------------------------------------------ link pages
def _form_docx() -> bytes:
    spec = [[af.c("政府信息公开申请表", 1, 4)],
            [af.c("申请人信息"), af.c("公民"), af.c("姓名"), af.c("")],
            [af.c(""), af.c("法人或者其他组织"), af.c("名称"), af.c("")],
            [af.c("所需信息情况"), af.c("所需信息的内容描述", 1, 3)],
            [af.c("获取信息的方式"), af.c("□邮寄 □电子邮件 □当面领取", 1, 3)]]
    return docx_bytes("政府信息公开申请表", ["（2021年修订）", spec])


def _guide_docx() -> bytes:
    return docx_bytes("石门县自然资源局政府信息公开指南", [
        "一、主动公开", "本局主动公开的政府信息，在信息形成或变更之日起20个工作日内公开。",
        "二、依申请公开", "申请人可以通过当面、信函、网络等方式提出申请，本局自收到申请之日起20个工作日内答复。"])


def test_link_page_report_among_unrelated_files():
    files = [("guide.docx", "石门县自然资源局政府信息公开指南.docx", _guide_docx()),
             ("report.docx", TITLE + ".docx", docx_bytes(TITLE, t2021_blocks(data()))),
             ("form.docx", "政府信息公开申请表.docx", _form_docx())]
    r = run(TITLE, files)
    assert (r.year, r.template, r.agency) == (2021, "t2021", AGENCY)
    assert_values(r, FULL)
    assert failed_checks(r) == []


def test_link_page_docx_report_plus_xlsx_tables():
    prose_doc = docx_bytes(TITLE, [*PROSE, "二、主动公开政府信息情况", "详见附件2。",
                                   "三、收到和处理政府信息公开申请情况", "详见附件2。",
                                   "四、政府信息公开行政复议、行政诉讼情况", "详见附件2。"])
    files = [("report.docx", TITLE + ".docx", prose_doc), ("tjb.xlsx", "附表.xlsx", t2021_sheets_bytes())]
    r = run(TITLE, files)
    assert r.tables_missing is False
    assert_values(r, FULL)
    assert values(r, "text").get("active.items_total") == 326


def test_link_page_prose_in_html_tables_in_docx():
    r = run(TITLE, [("tables.docx", "附表.docx", docx_bytes("附表", t2021_blocks(data(), prose=False)))],
            prose=PROSE)
    assert (r.year, r.template, r.agency) == (2021, "t2021", AGENCY)
    assert_values(r, FULL)
    assert values(r, "text").get("active.items_total") == 326


def _corrupt(body: bytes) -> bytes:
    return body[: len(body) // 3]


@pytest.mark.parametrize("name,body", [
    pytest.param("bad.docx", b"PK\x03\x04" + b"\x00" * 200, id="unreadable-docx-bad-zip"),
    pytest.param("bad.xlsx", b"<html><body>403 Forbidden</body></html>", id="unreadable-xlsx-is-html-error"),
    pytest.param("bad.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 300, id="unreadable-doc-truncated-ole"),
])
def test_unreadable_attachment_is_reported(name, body):
    r = run(TITLE, [(name, TITLE, body)], prose=["一、总体情况", "详见附件。"])
    assert r.errors, "an unreadable file must be reported in errors"
    assert r.tables_missing is True


def test_truncated_docx_next_to_good_xlsx():
    files = [("report.docx", TITLE + ".docx", _corrupt(docx_bytes(TITLE, t2021_blocks(data())))),
             ("tjb.xlsx", "附表.xlsx", t2021_sheets_bytes())]
    r = run(TITLE, files, prose=PROSE)
    assert any("docx" in e.lower() for e in r.errors)
    assert_values(r, apply_expect(APPLY))


def test_zip_bomb_like_docx_without_document_part():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    r = run(TITLE, [("x.docx", TITLE, buffer.getvalue())], prose=["详见附件。"])
    assert r.errors
    assert not [f for f in r.facts if f.source == "table"]


# ------------------------------------------------------------------------------------------ more layouts
T2019_ROWS = [*af.T2021_APPLY_ROWS[:20], ("三、本年度办理结果", "（六）其他处理", ""), *af.T2021_APPLY_ROWS[23:]]
T2019_KEYS = [*ROW_KEYS[:20], "apply.outcome.other", *ROW_KEYS[23:]]


def t2019_docx(apply: list[list[str]]) -> bytes:
    """A 2020 report in the 2019 format: section 二 with 本年新制作/本年新公开/对外公开总数量 and 上一年项目数量 columns;
    section 三 with one （六）其他处理 row (23 rows)."""
    active = [[af.c("第二十条第（一）项", 1, 4)],
              [af.c("信息内容"), af.c("本年新制作数量"), af.c("本年新公开数量"), af.c("对外公开总数量")],
              [af.c("规章"), af.c("0"), af.c("0"), af.c("0")],
              [af.c("规范性文件"), af.c("2"), af.c("2"), af.c("31")],
              [af.c("第二十条第（五）项", 1, 4)],
              [af.c("信息内容"), af.c("上一年项目数量"), af.c("本年增/减"), af.c("处理决定数量")],
              [af.c("行政许可"), af.c("46"), af.c("-3"), af.c("912")]]
    spec = af.t2021_apply_header()
    for index, (l1, l2, l3) in enumerate(T2019_ROWS):
        vals = [af.c(v) for v in apply[index]]
        if not l2:
            spec.append([af.c(l1, 1, 3), *vals])
        elif l3:
            first = index == 0 or T2019_ROWS[index - 1][1] != l2
            span = sum(1 for x in T2019_ROWS if x[1] == l2)
            lead = [af.c(l2, span)] if first else []
            top = [af.c(l1, 20)] if index == 2 else []
            spec.append([*top, *lead, af.c(l3), *vals])
        else:
            top = [af.c(l1, 20)] if index == 2 else []
            spec.append([*top, af.c(l2, 1, 2), *vals])
    title = "石门县自然资源局2020年政府信息公开工作年度报告"
    return docx_bytes(title, ["一、总体情况", "2020年，我局共收到政府信息公开申请6件。", "二、主动公开政府信息情况",
                              active, "三、收到和处理政府信息公开申请情况", spec,
                              "四、政府信息公开行政复议、行政诉讼情况", af.t2021_review_spec(data())])


def t2019_apply() -> list[list[str]]:
    grid = [[0] * 6 for _ in T2019_ROWS]
    grid[0] = [5, 1, 0, 0, 0, 0]
    grid[2] = [3, 0, 0, 0, 0, 0]
    grid[20] = [1, 1, 0, 0, 0, 0]  # （六）其他处理
    grid[12] = [1, 0, 0, 0, 0, 0]
    grid[21] = [sum(grid[r][c] for r in range(2, 21)) for c in range(6)]
    grid[22] = [grid[0][c] + grid[1][c] - grid[21][c] for c in range(6)]
    return [[str(v) for v in row] + [str(sum(row))] for row in grid]


def test_docx_t2019_report_for_2020():
    apply = t2019_apply()
    title = "石门县自然资源局2020年政府信息公开工作年度报告"
    r = run(title, [("q.docx", title, t2019_docx(apply))], date="2021-01-22")
    assert (r.year, r.template) == (2020, "t2019")
    expected = {f"{T2019_KEYS[i]}.{COLS[c]}": float(apply[i][c]) for i in range(23) for c in range(7)}
    expected.update({"active.normative.issued": 2, "active.normative.published_new": 2,
                     "active.normative.public_total": 31, "active.permit.items_prev": 46,
                     "active.permit.items_delta": -3, "active.permit.decisions": 912})
    assert_values(r, expected)
    assert not failed_rules(r, "R1", "R2", "R3")
    assert "active.normative.in_force" not in values(r)


def test_xlsx_title_row_unit_line_and_offset_columns():
    d = data()
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "附表"
    sheet.cell(1, 2, "石门县自然资源局2021年政府信息公开工作年度报告附表")
    sheet.merge_cells(start_row=1, start_column=2, end_row=1, end_column=11)
    sheet.cell(2, 10, "单位：件")
    top = 4
    for spec in (af.t2021_active_spec(d), af.t2021_apply_spec(d), af.t2021_review_spec(d)):
        for r, col, rs, cs, text in af.placements(spec):
            sheet.cell(top + r, col + 2, af._typed(text))
            if rs > 1 or cs > 1:
                sheet.merge_cells(start_row=top + r, start_column=col + 2, end_row=top + r + rs - 1,
                                  end_column=col + cs + 1)
        top += len(af.expand(spec)) + 2
    buffer = io.BytesIO()
    workbook.save(buffer)
    r = run(TITLE, [("fb.xlsx", "附表.xlsx", buffer.getvalue())], prose=PROSE)
    assert_values(r, FULL)


def test_gbk_link_page_with_percent_encoded_gbk_file_name():
    from urllib.parse import quote

    name = quote((TITLE + ".docx").encode("gbk"))
    page = link_page(TITLE, AGENCY, [(f"/uploadfiles/202201/{name}", TITLE + ".docx")], encoding="gbk")
    r = parse_report([Fetched(PAGE_URL, page, {"content-type": "text/html"})],
                     [Fetched(f"{HOST}/uploadfiles/202201/{name}", docx_bytes(TITLE, t2021_blocks(data())),
                              {"content-type": "application/octet-stream",
                               "content-disposition": f"attachment; filename={name}"})])
    assert (r.year, r.template, r.agency) == (2021, "t2021", AGENCY)
    assert_values(r, FULL)


def test_agency_from_title_not_from_publishing_office():
    r = run(TITLE, [("r.docx", TITLE, docx_bytes(TITLE, t2021_blocks(data())))], agency_meta="石门县人民政府办公室")
    assert r.agency == AGENCY


def test_generic_link_page_title_agency_in_document():
    generic = "2021年政府信息公开工作年度报告"
    r = run(generic, [("s.docx", "点击下载", docx_bytes(TITLE, t2021_blocks(data())))], agency_meta="石门县自然资源局")
    assert (r.year, r.template) == (2021, "t2021")
    assert r.agency == AGENCY
    assert_values(r, apply_expect(APPLY))


def test_e2014_doc_saved_as_web_page_gbk():
    title = "二道区人民政府2017年度政府信息公开工作报告"
    body = af.word_web_page(title, [*af.E2014_PROSE[1:], af.e2014_spec()])
    r = run(title, [("tjb.doc", title + ".doc", body)], agency_meta="二道区政府办", date="2018-03-20")
    assert (r.year, r.template) == (2017, "e2014")
    assert_values(r, {"apply.received.total": 23, "apply.answer.total": 22, "apply.answer.not_exist": 4,
                      "response.press_conf": 0, "active.channel.wechat": 751, "proposal.results_published": 15})


@pytest.mark.parametrize("kind", [pytest.param("docx", id="text-origin-docx"), pytest.param("doc", id="text-origin-doc")])
def test_text_facts_from_attachment_prose_carry_its_origin(kind):
    body = docx_bytes(TITLE, t2021_blocks(data())) if kind == "docx" else converted("doc")
    r = run(TITLE, [(f"t.{kind}", TITLE, body)])
    f = facts(r, "text")["active.items_total"]
    assert (f.value, f.origin) == (326, kind)


# ------------------------------------------------------------------------------------------ prose shapes in DOCX
def _prose_report(sentences: list[str]) -> Report:
    d = data(prose=["一、总体情况", *sentences])
    return run(TITLE, [("u.docx", TITLE, docx_bytes(TITLE, t2021_blocks(d)))])


@pytest.mark.parametrize("sentences,expected", [
    pytest.param(["2021年，我局接收网络方式提交的政府信息公开12件，未收取任何费用。"],
                 {"apply.received.total": 12}, id="prose-接收网络方式提交-N件"),
    pytest.param(["2021年，我局收到政府信息公开申请12件（其中：网上申请9件，现场申请0件，邮寄3件），上年度结转1件。"],
                 # (lead) "邮寄3件" leaves 申请 out: not read (邮寄答复3件 counts replies), so no letter count here
                 {"apply.received.total": 12, "apply.channel.online": 9, "apply.channel.in_person": 0},
                 id="prose-现场申请-邮寄-channels"),
    pytest.param(["2021年，全局共受理政府信息公开申请总数12件。"], {"apply.received.total": 12},
                 id="prose-受理申请总数-N件"),
    pytest.param(["2021年，本局共收到12份政府信息公开申请，均为自然人申请。"], {"apply.received.total": 12},
                 id="prose-收到N份申请"),
])
def test_docx_prose_statement_shapes(sentences, expected):
    r = _prose_report(sentences)
    got = values(r, "text")
    assert {k: got.get(k) for k in expected} == expected
