"""Real headless Chromium against a running `xxgk serve`: Chinese search, a facet, a canned query, a chart and
the provenance link to a hostile archived page. Screenshots go to test-artifacts/ (git-ignored)."""

import urllib.parse
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright
from serve_archive import (
    HOSTILE,
    HOSTILE_MARKER,
    PORTALS,
    R1_FAILS,
    REPO,
    YEARS,
    build_archive,
    running_server,
)

pytestmark = [pytest.mark.browser, pytest.mark.timeout(120)]

CHROMIUM = next((p for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium") if Path(p).exists()), None)
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--no-first-run", "--disable-sync", "--disable-component-update"]
ARTIFACTS = REPO / "test-artifacts"
DB = "xxgk"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("browse"))


@pytest.fixture(scope="module")
def page(archive):
    assert CHROMIUM, "Debian chromium is required"
    ARTIFACTS.mkdir(exist_ok=True)
    with running_server(archive) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900}, base_url=base)
        tab.set_default_timeout(15000)
        yield tab
        browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"browse-{name}.png"), full_page=True)


def test_search_in_chinese_with_two_characters(page, archive):
    page.goto(f"/{DB}/report_overview")
    page.fill("input[name=_search]", "教育")
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**_search=*")
    expected = [r for r in archive.reports if r.portal_id == "fuyang"]  # only Fuyang reports mention 教育
    assert f"{len(expected)} rows" in page.inner_text(".extra-wrapper, h3")
    assert set(page.locator("td.col-title").all_inner_texts()) == {r.title for r in expected}
    shot(page, "search")


def test_province_facet(page, archive):
    page.goto(f"/{DB}/report_overview")
    page.locator("[data-column=province] a", has_text="吉林省").first.click()
    page.wait_for_url("**province=*")
    assert urllib.parse.unquote(page.url).endswith("province=吉林省")
    titles = page.locator("td.col-title").all_inner_texts()
    jilin = [p["portal_id"] for p in PORTALS if p["province"] == "吉林省"]
    assert len(titles) == sum(len(YEARS[p]) for p in jilin) and all("二道区" in t for t in titles)
    shot(page, "facet")


def test_canned_query_lists_failing_reports(page, archive):
    page.goto(f"/{DB}/failing_checks")
    assert "未通过校验的报告" in page.inner_text("h1")
    titles = set(page.locator("td.col-title").all_inner_texts())
    assert {archive.report(*k).title for k in R1_FAILS} <= titles
    shot(page, "canned-query")


def test_applications_chart_renders(page):
    page.goto(f"/{DB}/applications_over_time")
    page.wait_for_selector("canvas.marks, svg.marks", state="visible")
    assert "g.mark=line" in page.url  # the chart settings were put in the fragment for datasette-vega
    shot(page, "chart")


def test_provenance_link_opens_the_archived_page_without_running_its_scripts(page, archive):
    report = archive.report(*HOSTILE)
    page.goto(f"/{DB}/reports/{report.report_id}")
    page.click("a.xxgk-capture")
    page.wait_for_url("**/-/capture/**")
    assert HOSTILE_MARKER in page.inner_text("body")  # GBK page decoded with its archived charset
    page.wait_for_timeout(300)  # time for a script (if one could run) to change the page
    assert page.title() == report.title
    assert page.evaluate("document.body.getAttribute('data-pwned')") is None
    shot(page, "provenance")
