"""Report PDFs made as portals make them (tests/realistic_pdfs.py): Word documents exported by LibreOffice
(merged header cells, section 三 over a page break with its header repeated, section 四 on a landscape page,
subset-embedded CJK fonts, right-aligned numbers, wrapped labels and titles) and report pages printed by
headless Chromium (site navigation, narrow margins, tables cut by page breaks without a rule at the cut).
Every table fact must be read exactly, with no extras, and the report's year, template and title."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
import realistic_pdfs
from realistic_pdfs import CASES, KINDS

from pipelines.attachments import extract_attachment
from pipelines.facts_table import facts_from_grids
from pipelines.parse import parse_report
from pipelines.records import Fetched
from pipelines.titles import normalize_title

EDITIONS = [(name, kind) for name in CASES for kind in KINDS]


@pytest.fixture(scope="session")
def realistic_pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every edition generated once per session (LibreOffice and Chromium take a second or two each)."""
    directory = tmp_path_factory.mktemp("realistic-pdfs")
    for name, kind in EDITIONS:
        pdf = realistic_pdfs.make(name, kind, directory / f"work-{name}-{kind}")
        (directory / f"{name}-{kind}.pdf").write_bytes(pdf)
    return directory


def _fetched(directory: Path, name: str, kind: str) -> Fetched:
    return Fetched(f"http://www.example.gov.cn/xxgk/P0{name}{kind}.pdf", (directory / f"{name}-{kind}.pdf").read_bytes(),
                   {"content-type": "application/pdf"})


def test_editions_have_the_layout_of_real_exports(realistic_pdf_dir: Path) -> None:
    """Word exports: a landscape page among portrait ones, section 三 spread over two pages (a row broken by the
    page break), a subset CJK font; browser prints: all landscape, the site navigation printed."""
    for name in ("t2021", "t2019"):
        with pdfplumber.open(realistic_pdf_dir / f"{name}-word.pdf") as pdf:
            orientations = [page.width > page.height for page in pdf.pages]
            assert any(orientations) and not all(orientations)
            apply_pages = [i for i, page in enumerate(pdf.pages) if "商业企业" in (page.extract_text() or "")]
            assert len(apply_pages) == 2  # the header row printed again on the continuation page
            fonts = {char["fontname"] for page in pdf.pages for char in page.chars}
            assert any("+" in font for font in fonts)  # subset prefix, e.g. "BAAAAA+WenQuanYiMicroHei"
    with pdfplumber.open(realistic_pdf_dir / "t2019-word.pdf") as pdf:
        texts = [(page.extract_text() or "").replace("\n", "") for page in pdf.pages]
    # Word lets a row break across pages: the label "2.其他法律行政法规禁止公开" is finished on the next page
    assert any("2.其他法" in before and "规禁止公" in after and "2.其他法" not in after
               for before, after in zip(texts, texts[1:], strict=False))
    with pdfplumber.open(realistic_pdf_dir / "t2021-browser-landscape.pdf") as pdf:
        assert all(page.width > page.height for page in pdf.pages)
        assert "首页" in (pdf.pages[0].extract_text() or "")  # the site's navigation is printed too


@pytest.mark.parametrize(("name", "kind"), EDITIONS)
def test_every_table_fact_is_read_exactly(realistic_pdf_dir: Path, name: str, kind: str) -> None:
    content = extract_attachment(_fetched(realistic_pdf_dir, name, kind))
    assert content.error is None and not content.scanned_pages
    facts, template = facts_from_grids(content.grids)
    truth = realistic_pdfs.document(name).truth
    assert template == truth.template
    found = {fact.key: fact.value for fact in facts}
    assert found == truth.table_facts


@pytest.mark.parametrize(("name", "kind"), EDITIONS)
def test_report_metadata_from_the_pdf_alone(realistic_pdf_dir: Path, name: str, kind: str) -> None:
    report = parse_report([_fetched(realistic_pdf_dir, name, kind)])
    truth = realistic_pdfs.document(name).truth
    assert (report.year, report.template) == (truth.year, truth.template)
    assert report.title and normalize_title(report.title) == normalize_title(truth.title)
    table_facts = {fact.key: fact.value for fact in report.facts if fact.source == "table"}
    assert table_facts == truth.table_facts
