"""Throughput of the whole report parser against a bare lxml parse of the same pages, in the same run.

    .venv/bin/python benchmarks/extract.py [--seconds 3] [--generated 100] [--profile]
    .venv/bin/python benchmarks/extract.py --archive archive/ [--pages DIR]   # your own pages instead

Three page sets, each measured on its own:
- corpus: the labelled corpus (tests/corpus/pages: five real reports, several CMS styles and encodings);
- generated: reports from tests/eval/generate.py (seed 1) with the full CMS chrome of TRS, Hanweb and old
  layout-table pages (navigation, 索引号 block, related links, footer; some split over two pages, some GBK,
  some traditional-script mirrors), the mix of eras and table variants the extraction evaluation uses;
- portal: the HTML report pages of the bundled demo portal (crawler/demo_portal), wrapped in the furniture real
  portals serve (mega-menu, sidebars, inline CSS/JS, footer: 35–50 KB a page), the closest to a real crawl.
Any other set can be measured instead: --archive reads the HTML reports of WARC files (a crawl's archive/, grouped
into reports as `xxgk reparse` groups them; reports without an HTML page are left out, attachments are not parsed)
and --pages takes a directory of saved .html/.htm pages, one report each (decoded by the pipeline like any page).
For each set: pages/s through lxml.html.fromstring (the bare-parse rate), through decode_html and through
decode + extract_body, reports/s through pipelines.parse.parse_report, and the ratio of reports/s to the bare
rate of the same reports (a two-page report costs two bare parses; target: parse_report at ≥ 20% of it).

Fairness: the bare parse reads the decoded text (str), the same characters parse_report reads. lxml handed the
raw bytes guesses the encoding itself and gets it wrong on several corpus pages (one parses to 7 characters,
three to mojibake), which would measure a different, partly empty document. Decoding is timed separately.
The rates alternate in short rounds and count process CPU time, so other load on the machine hits every rate
alike; the ratio printed is the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

from pipelines.decode import decode_html
from pipelines.extract import extract_body
from pipelines.parse import parse_report
from pipelines.records import Fetched

sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from eval.generate import generate  # noqa: E402 - tests/ is put on the path just above

CORPUS = Path(__file__).parents[1] / "tests" / "corpus"
TARGET = 0.20
ROUND_SECONDS = 0.25
GENERATED_SEED = 1


def corpus_reports() -> list[list[Fetched]]:
    """One single-page report per corpus page."""
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["pages"]
    return [[Fetched(spec["url"], (CORPUS / "pages" / name).read_bytes(), dict(spec["headers"]))]
            for name, spec in sorted(expected.items())]


def generated_reports(count: int) -> list[list[Fetched]]:
    return [case.pages for case in generate(count, seed=GENERATED_SEED)]


def portal_reports() -> list[list[Fetched]]:
    from crawler.demo_portal.site import build_site

    site = build_site()
    reports = []
    for report in site.reports:
        content_type, body = site.pages.get(report.path, ("", b""))
        if content_type.startswith("text/html"):
            reports.append([Fetched(f"http://127.0.0.1{report.path}", body, {"content-type": content_type})])
    return reports


def archive_reports(paths: list[Path]) -> list[list[Fetched]]:
    """The HTML pages of every report archived in the WARC files under `paths`, as re-parsing reads them."""
    from pipelines.reparse import group_reports, index_file, job_fetched, warc_files

    jobs = group_reports([index_file(str(path)) for path in warc_files(paths)])
    reports = [job_fetched(job)[0] for job in jobs]
    return [pages for pages in reports if pages and all(_is_html(page) for page in pages)]


def _is_html(page: Fetched) -> bool:
    return "html" in page.headers.get("content-type", "").lower()


def directory_reports(directory: Path) -> list[list[Fetched]]:
    """One report per saved page; the URL is the file's, the charset is left to the pipeline to find."""
    files = sorted(f for f in directory.rglob("*") if f.suffix.lower() in (".html", ".htm") and f.is_file())
    return [[Fetched(f.resolve().as_uri(), f.read_bytes(), {"content-type": "text/html"})] for f in files]


def one_pass(work: Callable[[int], object], count: int) -> float:
    """CPU seconds for one pass over the reports."""
    start = time.process_time()
    for i in range(count):
        work(i)
    return time.process_time() - start


def measure(works: dict[str, Callable[[int], object]], count: int, seconds: float) -> dict[str, list[float]]:
    """Reports per CPU second of each work, per round; the works alternate within every round."""
    rates: dict[str, list[float]] = {name: [] for name in works}
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or not rates[next(iter(works))]:
        for name, work in works.items():
            spent, done = 0.0, 0
            while spent < ROUND_SECONDS / len(works) or done == 0:
                spent += one_pass(work, count)
                done += count
            rates[name].append(done / spent)
    return rates


def report_set(name: str, reports: list[list[Fetched]], seconds: float) -> float:
    """Measure one set, print its figures and return the ratio of parse_report to the bare-parse rate."""
    texts = [[decode_html(p.body, p.headers).text for p in pages] for pages in reports]
    for pages in reports:  # warm caches (OpenCC, label lookups) so every rate is steady-state
        parse_report(pages)
    rates = measure({
        "bare": lambda i: [lxml.html.fromstring(text) for text in texts[i]],
        "decode": lambda i: [decode_html(p.body, p.headers) for p in reports[i]],
        "extract": lambda i: [extract_body(decode_html(p.body, p.headers).text, p.url) for p in reports[i]],
        "full": lambda i: parse_report(reports[i]),
    }, len(reports), seconds)
    pages_per_report = sum(map(len, reports)) / len(reports)
    median = {work: statistics.median(values) for work, values in rates.items()}
    page_rate = {work: rate * pages_per_report for work, rate in median.items()}  # the page-level works
    ratio = statistics.median(f / b for f, b in zip(rates["full"], rates["bare"], strict=True))
    size = sum(len(p.body) for pages in reports for p in pages) / sum(map(len, reports))
    print(f"[{name}] {len(reports)} reports, {sum(map(len, reports))} pages (mean {size / 1024:.1f} KiB), "
          f"{len(rates['full'])} rounds, rates per CPU second")
    print(f"  lxml.html.fromstring (decoded text): {page_rate['bare']:8.1f} pages/s   <- the bare-parse rate")
    print(f"  decode_html alone:                   {page_rate['decode']:8.1f} pages/s")
    print(f"  decode + extract_body:               {page_rate['extract']:8.1f} pages/s "
          f"({median['extract'] / median['bare']:.1%} of bare)")
    print(f"  parse_report:                        {median['full']:8.1f} reports/s "
          f"({1000 / median['full']:.2f} ms per report, {1000 / page_rate['bare']:.2f} ms bare parse per page)")
    verdict = "meets" if ratio >= TARGET else "below"
    print(f"  ratio: parse_report at {ratio:.1%} of the bare-parse rate of the same reports "
          f"({verdict} the {TARGET:.0%} target)")
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=3.0, help="measuring time per page set")
    parser.add_argument("--generated", type=int, default=100, help="generated reports in the second set")
    parser.add_argument("--profile", action="store_true", help="print the top functions of parse_report")
    parser.add_argument("--archive", type=Path, action="append", default=[],
                        help="measure the HTML reports in these WARC files or directories instead")
    parser.add_argument("--pages", type=Path, help="measure the .html pages under this directory instead")
    args = parser.parse_args()
    sets = {}
    if args.archive:
        sets["archive"] = archive_reports(args.archive)
    if args.pages:
        sets["pages"] = directory_reports(args.pages)
    if not sets:
        sets = {"corpus": corpus_reports(), "generated": generated_reports(args.generated), "portal": portal_reports()}
    for name, reports in sets.items():
        if not reports:
            sys.exit(f"{name}: no HTML report found")
        report_set(name, reports, args.seconds)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for reports in sets.values():
            for pages in reports:
                parse_report(pages)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
