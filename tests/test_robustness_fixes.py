"""Fixes from the robustness probe (tests/test_probe_robustness.py): a cell of a value column that prints no number
(a note, '不详', 'NaN') gives no fact and costs no other cell its fact (spec 2.7); a DOC/WPS/ET whose OLE header is
corrupt is an attachment error, not text."""

import pytest
import test_probe_accuracy as p1

from pipelines.attachments import extract_attachment
from pipelines.attachments.safety import OLE_MAGIC, check_ole
from pipelines.facts_table import facts_from_grids
from pipelines.records import Fetched
from pipelines.tables import grids_from_html

S4_KEYS = [f"{block}.{column}" for block in ("review", "litigation.direct", "litigation.after_review")
           for column in ("upheld", "corrected", "other", "pending", "total")]
S4_TRUTH = dict(zip(S4_KEYS, map(float, p1.BASE4), strict=True))
STRAYS = {"note": "不详", "see_remarks": "见备注", "nan": "NaN", "overflow": "1e400", "hex": "0x1F",
          "100k_digits": "7" * 100_000}  # (digits beyond any count: no inf)
with_strays = pytest.mark.parametrize("stray", list(STRAYS.values()), ids=list(STRAYS))


def _facts(html: str) -> dict[str, float | None]:
    facts, _ = facts_from_grids(grids_from_html(html), "t2021")
    return {f.key: f.value for f in facts}


@with_strays
@pytest.mark.parametrize("column", [1, 4, 9, 14])  # review.corrected, review.total, direct.total, after_review.total
def test_section4_stray_cell_costs_only_its_own_fact(stray: str, column: int) -> None:
    value_row = "".join(f"<td>{v}</td>" for v in p1.BASE4)
    cells = value_row.split("</td>")
    cells[column] = f"<td>{stray}"
    got = _facts(p1.sec4().replace(value_row, "</td>".join(cells)))
    # (never the 1 that parse_cell reads from '1e400')
    assert {k: got.get(k) for k in S4_KEYS} == {k: None if i == column else v
                                                for i, (k, v) in enumerate(S4_TRUTH.items())}


def test_section4_label_before_the_values_is_no_stray() -> None:
    """A value row that starts with a label and lost a cell, under a header without a label column: its cells are
    not read one column off (a label before every number is a label, not a stray)."""
    value_row = "".join(f"<td>{v}</td>" for v in p1.BASE4)
    shifted = "<td>数量</td>" + "".join(f"<td>{v}</td>" for v in p1.BASE4[1:])
    got = _facts(p1.sec4().replace(value_row, shifted))
    assert all(got[k] == S4_TRUTH[k] for k in S4_KEYS if k in got)


@with_strays
def test_section3_stray_cell_keeps_the_row(stray: str) -> None:
    """'一、本年新收…' prints 10 3 0 0 1 0 14: a stray in place of the 3 (商业企业) loses that cell only."""
    s3 = p1.sec3_2021().replace("<td>10</td><td>3</td>", f"<td>10</td><td>{stray}</td>", 1)
    facts, _ = facts_from_grids(grids_from_html(s3), "t2021")
    row = {f.key.rsplit(".", 1)[1]: f for f in facts if f.key.startswith("apply.received_new.")}
    assert {k: f.value for k, f in row.items()} == {"natural_person": 10.0, "research": 0.0, "nonprofit": 0.0,
                                                    "legal_service": 1.0, "other_org": 0.0, "total": 14.0}
    assert all(f.raw_label.startswith("一、本年新收政府信息公开申请数量 × ") for f in row.values())
    # the rows below keep their keys (the stray made no label of the numbers before it)
    assert {f.key: f.value for f in facts}["apply.carried_in.total"] == 2.0


@with_strays
def test_section2_stray_cell_keeps_the_row(stray: str) -> None:
    """'行政规范性文件 | 3 | 1 | 25' with the 1 (本年废止件数) replaced."""
    s2 = p1.sec2_2021().replace("<td>3</td><td>1</td>", f"<td>3</td><td>{stray}</td>", 1)
    facts, _ = facts_from_grids(grids_from_html(s2), "t2021")
    normative = {f.key: f for f in facts if f.key.startswith("active.normative.")}
    assert {k: f.value for k, f in normative.items()} == {"active.normative.issued": 3.0,
                                                          "active.normative.in_force": 25.0}
    assert all(f.raw_label.startswith("行政规范性文件 × ") for f in normative.values())


# ---------------------------------------------------------------- corrupt OLE files


def _ole_header(byte_order: int = 0xFFFE, sector_shift: int = 9, mini_sector_shift: int = 6) -> bytes:
    fields = (byte_order.to_bytes(2, "little") + sector_shift.to_bytes(2, "little")
              + mini_sector_shift.to_bytes(2, "little"))
    header = OLE_MAGIC + bytes(16) + (0x3E).to_bytes(2, "little") + (3).to_bytes(2, "little") + fields
    return header + bytes(512 - len(header))


def test_check_ole() -> None:
    assert check_ole(b"%PDF-1.7") is None  # not an OLE file: not this guard's business
    assert check_ole(_ole_header()) is None
    assert check_ole(_ole_header(sector_shift=12)) is None
    assert check_ole(OLE_MAGIC + bytes(100)).startswith("truncated OLE file")
    for broken in (_ole_header(byte_order=0xFEFF), _ole_header(sector_shift=7), _ole_header(mini_sector_shift=0)):
        assert check_ole(broken) == "corrupt OLE file (DOC/XLS/WPS/ET): its header is not valid"


@pytest.mark.parametrize("name", ["nb.doc", "nb.wps", "nb.et"])
def test_corrupt_ole_attachment_is_an_error_not_text(name: str) -> None:
    """LibreOffice would import the bytes as plain text: the guard reports the file before it is converted."""
    body = OLE_MAGIC + bytes(range(256)) * 20
    content = extract_attachment(Fetched(f"http://www.moumou.gov.cn/{name}", body, {}))
    assert content.error == "corrupt OLE file (DOC/XLS/WPS/ET): its header is not valid"
    assert content.text == "" and content.grids == []


@with_strays
def test_section4_text_grid_stray_cell_costs_only_its_own_fact(stray: str) -> None:
    """A text grid (non-empty cells in reading order, header positions unknown): the 15 printed cells in order."""
    values = [str(v) for v in p1.BASE4]
    values[4] = stray
    grid = [["行政复议", "行政诉讼"], ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3, values]
    facts, _ = facts_from_grids([grid], "t2021")
    assert {f.key: f.value for f in facts} == {k: v for k, v in S4_TRUTH.items() if k != "review.total"}
